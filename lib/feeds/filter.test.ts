import { describe, expect, it } from 'vitest';
import { escapeXml, renderAtom, tagUri } from './atom';
import { feedPath, parseFeedQuery } from './filter';

describe('parseFeedQuery', () => {
  it('accepts the two filters and nothing else', () => {
    expect(parseFeedQuery(new URLSearchParams(''))).toEqual({ ok: true, filter: {} });
    expect(parseFeedQuery(new URLSearchParams('metropole=nantes-metropole&theme=ess'))).toEqual({ ok: true, filter: { metropole: 'nantes-metropole', theme: 'ess' } });
    expect(parseFeedQuery(new URLSearchParams('page=2')).ok).toBe(false);
    expect(parseFeedQuery(new URLSearchParams('metropole=a&metropole=b')).ok).toBe(false);
    expect(parseFeedQuery(new URLSearchParams('metropole=Nantes%20M')).ok).toBe(false);
    expect(parseFeedQuery(new URLSearchParams('theme=')).ok).toBe(false);
  });

  it('writes the feed path with its parameters in a fixed order', () => {
    expect(feedPath()).toBe('/flux.xml');
    expect(feedPath({ theme: 'ess', metropole: 'lyon' })).toBe('/flux.xml?metropole=lyon&theme=ess');
  });
});

describe('renderAtom', () => {
  it('escapes text and attributes and mints tag: ids from the host', () => {
    expect(escapeXml('a < b & "c" \u0001')).toBe('a &lt; b &amp; &quot;c&quot; ');
    expect(tagUri('http://localhost:3000', 'publication/abc')).toBe('tag:localhost,2026:publication/abc');
    const xml = renderAtom({
      id: 'tag:x,2026:flux',
      title: 'Flux <test>',
      self: 'http://x/flux.xml?metropole=a&theme=b',
      alternate: 'http://x/',
      updated: new Date('2026-12-01T00:00:00Z'),
      authors: [{ name: 'RTES & Avise' }],
      entries: [],
    });
    expect(xml).toContain('<title type="text">Flux &lt;test&gt;</title>');
    expect(xml).toContain('href="http://x/flux.xml?metropole=a&amp;theme=b"');
    expect(xml).toContain('<updated>2026-12-01T00:00:00.000Z</updated>');
  });
});
