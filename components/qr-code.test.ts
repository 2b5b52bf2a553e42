import QRCode from 'qrcode';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { QrCode } from './qr-code';

const URI = 'otpauth://totp/Observatoire%20ESS:jeanne%40exemple.test?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Observatoire%20ESS';

describe('QrCode', () => {
  const markup = renderToStaticMarkup(createElement(QrCode, { value: URI, label: 'QR code à scanner' }));

  it('draws exactly the dark modules of the symbol, inside a 4-module quiet zone', () => {
    const { modules } = QRCode.create(URI, { errorCorrectionLevel: 'M' });
    const dark = new Set<string>();
    for (const [, x, y, width] of markup.matchAll(/<rect x="(\d+)" y="(\d+)" width="(\d+)" height="1"/g)) {
      for (let offset = 0; offset < Number(width); offset++) dark.add(`${Number(y) - 4},${Number(x) + offset - 4}`);
    }
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) expected.add(`${row},${col}`);
    }
    expect(dark).toEqual(expected);
    expect(markup).toContain(`viewBox="0 0 ${modules.size + 8} ${modules.size + 8}"`);
  });

  it('is an accessible image with no inline style or script (strict CSP)', () => {
    expect(markup).toMatch(/^<svg[^>]* role="img" aria-label="QR code à scanner"/);
    expect(markup).not.toMatch(/style=|<script|<foreignObject/i);
  });
});
