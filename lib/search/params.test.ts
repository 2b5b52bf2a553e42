import { describe, expect, it } from 'vitest';
import { findUndecodableParams, parseSearchParams, searchHref, splitMarked } from './params';

describe('search parameters', () => {
  it('normalises the text and reads type, métropole and page', () => {
    const parsed = parseSearchParams(new URLSearchParams('q=%20%20économie%20%20sociale%20&type=projets&metropole=metropole-de-lyon&page=2&utm_source=x'));
    expect(parsed).toEqual({ success: true, query: { text: 'économie sociale', type: 'projets', metropolis: 'metropole-de-lyon', page: 2 } });
  });

  it('refuses, in French, what it cannot read', () => {
    for (const search of [`q=${'a'.repeat(1000)}`, 'q=%00', 'q=x&type=inconnu', 'q=x&page=0', 'q=x&page=51', 'q=x&metropole=../etc']) {
      const parsed = parseSearchParams(new URLSearchParams(search));
      expect(parsed.success, search).toBe(false);
      if (!parsed.success) expect(parsed.issues[0]).toMatch(/[a-zé]/);
    }
  });

  it('finds percent-escapes that are not UTF-8', () => {
    expect(findUndecodableParams('?q=%C3%28')).toEqual(['q']);
    expect(findUndecodableParams('?q=%FF&type=projets')).toEqual(['q']);
    expect(findUndecodableParams('?q=%C3%A9conomie+sociale')).toEqual([]);
  });

  it('writes canonical addresses', () => {
    expect(searchHref({ text: 'coop', page: 1 })).toBe('/recherche?q=coop');
    expect(searchHref({ text: 'coop', type: 'glossaire', page: 3 })).toBe('/recherche?q=coop&type=glossaire&page=3');
  });

  it('splits highlights into text parts, whatever the text holds', () => {
    expect(splitMarked('L’\uE000économie\uE001 <b>sociale</b>')).toEqual([
      { text: 'L’', isMatch: false },
      { text: 'économie', isMatch: true },
      { text: ' <b>sociale</b>', isMatch: false },
    ]);
    expect(splitMarked('\uE000ouvert')).toEqual([{ text: 'ouvert', isMatch: true }]);
  });
});
