import { describe, expect, it } from 'vitest';
import { foldForSearch, searchPattern } from './search-text';

// What PostgreSQL makes of these patterns is checked against the database in
// tests/integration/project-explorer.test.ts.

describe('foldForSearch', () => {
  it('ignores case and accents, spacing, and reads a decomposed é as the composed one', () => {
    expect(foldForSearch(' Économie  CIRCULAIRE à Nîmes ')).toBe('economie circulaire a nimes');
    expect(foldForSearch('Cafe\u0301 l’Épicerie')).toBe("cafe l'epicerie");
  });
});

describe('searchPattern', () => {
  it('lets each letter stand for its accented forms in either case, and a space for any spacing', () => {
    expect(searchPattern('Épi cé')).toBe('[eèéêëEÈÉÊË]p[iìíîïIÌÍÎÏ][[:space:]\u00a0\u202f]+[cçCÇ][eèéêëEÈÉÊË]');
    expect(searchPattern('l’été')).toBe("l['’][eèéêëEÈÉÊË]t[eèéêëEÈÉÊË]");
  });

  it('escapes every character that is neither a letter nor a digit, so the query is taken literally', () => {
    expect(searchPattern('b.*(d)|[x]\\2')).toBe('b\\.\\*\\(d\\)\\|\\[x\\]\\\\2');
    expect(searchPattern('100 %')).toBe('100[[:space:]\u00a0\u202f]+\\%');
  });
});
