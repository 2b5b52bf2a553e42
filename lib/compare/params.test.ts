import { describe, expect, it } from 'vitest';
import {
  canonicalComparisonSearch,
  COMPARISON_REFUSALS,
  comparisonRefusalMessages,
  hasUnknownSlug,
  isComparisonRefusal,
  namedSlugs,
  parseComparisonQuery,
  toComparisonParams,
} from './params';

const parse = (search: string) => parseComparisonQuery(toComparisonParams(new URLSearchParams(search)));

describe('parseComparisonQuery', () => {
  it('reads two to four métropoles, in the order given', () => {
    expect(parse('m=nantes-metropole,metropole-de-lyon')).toEqual({ kind: 'compare', slugs: ['nantes-metropole', 'metropole-de-lyon'] });
    expect(parse('m=a,b,c,d')).toEqual({ kind: 'compare', slugs: ['a', 'b', 'c', 'd'] });
  });

  it('takes what a form of checkboxes sends (m repeated) as the same selection, ignoring empty pieces and spaces', () => {
    expect(parse('m=a&m=b&m=c')).toEqual({ kind: 'compare', slugs: ['a', 'b', 'c'] });
    expect(parse('m=a,,b,')).toEqual({ kind: 'compare', slugs: ['a', 'b'] });
    expect(parse('m=%20a%20,b')).toEqual({ kind: 'compare', slugs: ['a', 'b'] });
  });

  it('refuses more than four, keeping four ticked', () => {
    expect(parse('m=a,b,c,d,e')).toEqual({ kind: 'invalid', reason: 'trop-de-metropoles', preselected: ['a', 'b', 'c', 'd'] });
  });

  it('refuses fewer than two', () => {
    expect(parse('m=a')).toEqual({ kind: 'invalid', reason: 'pas-assez-de-metropoles', preselected: ['a'] });
    expect(parse('m=')).toEqual({ kind: 'invalid', reason: 'pas-assez-de-metropoles', preselected: [] });
  });

  it('refuses a métropole chosen twice', () => {
    expect(parse('m=a,b,a')).toEqual({ kind: 'invalid', reason: 'metropole-en-double', preselected: ['a', 'b'] });
    expect(parse('m=a,a,a,a,a')).toMatchObject({ reason: 'metropole-en-double' });
  });

  it('refuses what cannot be a slug, or a parameter too long to be a selection, before counting', () => {
    expect(parse('m=Lyon,b')).toEqual({ kind: 'invalid', reason: 'identifiant-non-reconnu', preselected: ['b'] });
    expect(parse('m=<script>,b,c,d,e')).toMatchObject({ reason: 'identifiant-non-reconnu' });
    expect(parse(`m=${'abcdefghij,'.repeat(40)}`)).toMatchObject({ reason: 'identifiant-non-reconnu' });
  });

  it('without a selection, shows the form with the métropole of `avec` ticked', () => {
    expect(parse('')).toEqual({ kind: 'choose', preselected: [] });
    expect(parse('avec=nantes-metropole')).toEqual({ kind: 'choose', preselected: ['nantes-metropole'] });
    expect(parse('avec=Nantes')).toEqual({ kind: 'invalid', reason: 'identifiant-non-reconnu', preselected: [] });
    expect(parse('avec=a,b')).toEqual({ kind: 'invalid', reason: 'identifiant-non-reconnu', preselected: [] });
    expect(parse('m=a,b&avec=Nantes')).toEqual({ kind: 'compare', slugs: ['a', 'b'] });
  });

  it('reads Next’s searchParams objects as well as URLSearchParams', () => {
    expect(toComparisonParams({ m: ['a', 'b'], avec: undefined })).toEqual({ m: ['a', 'b'], avec: [] });
    expect(toComparisonParams({ m: 'a,b' })).toEqual({ m: ['a,b'], avec: [] });
  });
});

describe('refusals', () => {
  it('has a French message for every reason, and knows its own reasons only', () => {
    for (const reason of COMPARISON_REFUSALS) expect(comparisonRefusalMessages[reason]).toMatch(/^[A-ZÀ-Ý].+\.$/);
    expect(isComparisonRefusal('trop-de-metropoles')).toBe(true);
    expect(isComparisonRefusal('aucun')).toBe(false);
  });

  it('finds slugs no published métropole has', () => {
    const published = new Set(['a', 'b', 'c']);
    expect(hasUnknownSlug(['a', 'inconnue'], published)).toBe(true);
    expect(hasUnknownSlug(namedSlugs(parse('m=a,b')), published)).toBe(false);
  });
});

describe('canonicalComparisonSearch', () => {
  it('rewrites a form’s repeated m into one list, and leaves a canonical query alone', () => {
    expect(canonicalComparisonSearch(new URLSearchParams('m=a&m=b&m=c'))).toBe('?m=a,b,c');
    expect(canonicalComparisonSearch(new URLSearchParams('avec=a&m=a&m=b'))).toBe('?m=a,b');
    expect(canonicalComparisonSearch(new URLSearchParams('m=a,b'))).toBeNull();
    expect(canonicalComparisonSearch(new URLSearchParams('avec=a'))).toBeNull();
  });
});
