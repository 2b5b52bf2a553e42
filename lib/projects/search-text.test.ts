import { describe, expect, it } from 'vitest';
import { containsPattern, FOLD_FROM, FOLD_TO, foldForSearch } from './search-text';

// That PostgreSQL's trigger folds stored text the same way is checked against
// the database in tests/integration/project-explorer.test.ts.

describe('foldForSearch', () => {
  it('maps one character to one, as translate() needs', () => {
    expect([...FOLD_FROM]).toHaveLength([...FOLD_TO].length);
  });

  it('ignores case and accents, spacing, and reads a decomposed é as the composed one', () => {
    expect(foldForSearch(' Économie  CIRCULAIRE à Nîmes ')).toBe('economie circulaire a nimes');
    expect(foldForSearch('Cafe\u0301 l’ŒUVRE')).toBe("cafe l'œuvre");
    expect(foldForSearch('ØRESUND')).toBe('Øresund');
    expect(foldForSearch('n°\u00a012\u202f%')).toBe('n° 12 %');
  });
});

describe('containsPattern', () => {
  it('looks anywhere and takes the LIKE wildcards literally', () => {
    expect(containsPattern('Épicerie')).toBe('%epicerie%');
    expect(containsPattern('100 %_\\')).toBe('%100 \\%\\_\\\\%');
  });
});
