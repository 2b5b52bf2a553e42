import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FlashMessage } from './flash-message';

const render = (message?: string | string[], count?: string | string[]) => renderToStaticMarkup(createElement(FlashMessage, { message, count }));

describe('FlashMessage', () => {
  it('shows the confirmation named in the address, with its count', () => {
    expect(render('publie')).toContain('Fiche publiée : elle est visible sur le site public.');
    expect(render('corbeille', '3')).toContain('Mis à la corbeille (3 éléments).');
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', '\u0000', 'inconnu'])('shows nothing for %j, even with a count', (message) => {
    expect(render(message, '2')).toBe('<div role="status"></div>');
    expect(render(message)).toBe('<div role="status"></div>');
  });
});
