import 'server-only';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImageResponse } from 'next/og';
import { SHARE_IMAGE_SIZE, SITE_NAME } from './site';

// The share cards (Open Graph, Twitter) drawn by next/og: one layout for the
// site, a recap and a métropole. Fonts are Inter (SIL OFL 1.1) from
// @fontsource/inter 5.3.0, shipped in lib/seo/fonts/ (docs/decisions/015):
// satori reads WOFF, not WOFF2; the latin and latin-ext subsets together cover
// French (é, œ, «  », the narrow no-break space, ᵉ).

const FONT_DIR = join(process.cwd(), 'lib', 'seo', 'fonts');
const FONT_FILES = [
  { file: 'inter-latin-400-normal.woff', weight: 400 },
  { file: 'inter-latin-ext-400-normal.woff', weight: 400 },
  { file: 'inter-latin-700-normal.woff', weight: 700 },
  { file: 'inter-latin-ext-700-normal.woff', weight: 700 },
] as const;

type FontWeight = (typeof FONT_FILES)[number]['weight'];

let fonts: Promise<Array<{ name: string; data: Buffer; weight: FontWeight; style: 'normal' }>> | undefined;

function loadFonts() {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ file, weight }) => ({ name: 'Inter', data: await readFile(join(FONT_DIR, file)), weight, style: 'normal' as const })),
  );
  return fonts;
}

export const shareImageContentType = 'image/png';

export interface ShareCard {
  /** Small line above the title ("2e groupe de travail"). */
  kicker?: string;
  title: string;
  /** Lines under the title (a date, a status, a key figure). */
  lines?: string[];
}

const BRAND_700 = '#175646';
const BRAND_50 = '#eef6f3';

/** Titles longer than this are cut at a word with an ellipsis, so that the card never overflows (four lines at most). */
const TITLE_MAX = 150;

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.·–-]+$/, '')}…`;
}

/** Inter has no narrow no-break space (U+202F, which fr-FR number formats use): the no-break space looks the same. */
function drawable(text: string): string {
  return text.replace(/\u202f/g, '\u00a0');
}

function titleSize(length: number): number {
  if (length <= 50) return 68;
  return length <= 90 ? 56 : 48;
}

export async function renderShareImage(card: ShareCard): Promise<ImageResponse> {
  const kicker = card.kicker && drawable(card.kicker);
  const clipped = drawable(clip(card.title, TITLE_MAX));
  const lines = (card.lines ?? []).map(drawable);
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', backgroundColor: '#ffffff', fontFamily: 'Inter' }}>
        <div style={{ display: 'flex', height: 24, backgroundColor: BRAND_700 }} />
        <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 40px', justifyContent: 'space-between' }}>
          <div style={{ display: 'flex', flexDirection: 'column' }}>
            {kicker && <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: BRAND_700, marginBottom: 20 }}>{kicker}</div>}
            <div style={{ display: 'flex', fontSize: titleSize(clipped.length), fontWeight: 700, color: '#111827', lineHeight: 1.15 }}>{clipped}</div>
            {lines.map((line) => (
              <div key={line} style={{ display: 'flex', fontSize: 32, color: '#374151', marginTop: 22 }}>
                {line}
              </div>
            ))}
          </div>
          <div style={{ display: 'flex', alignItems: 'center', borderTop: `3px solid ${BRAND_50}`, paddingTop: 24 }}>
            <div style={{ display: 'flex', width: 48, height: 48, borderRadius: 10, backgroundColor: BRAND_700, alignItems: 'center', justifyContent: 'center', marginRight: 20 }}>
              <div style={{ display: 'flex', width: 24, height: 24, borderRadius: 12, border: '5px solid #ffffff' }} />
            </div>
            <div style={{ display: 'flex', flexDirection: 'column' }}>
              <div style={{ display: 'flex', fontSize: 26, fontWeight: 700, color: '#111827' }}>{SITE_NAME}</div>
              <div style={{ display: 'flex', fontSize: 22, color: '#4b5563' }}>Publié par RTES et Avise</div>
            </div>
          </div>
        </div>
      </div>
    ),
    { ...SHARE_IMAGE_SIZE, fonts: await loadFonts() },
  );
}
