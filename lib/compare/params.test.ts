import { describe, expect, it } from 'vitest';
import { canonicalComparisonSearch, namedSlugs, parseComparisonQuery, toComparisonParams, unknownSlugMessage } from './params';

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

  it('refuses more than four, saying how many were chosen, and keeps four ticked', () => {
    const query = parse('m=a,b,c,d,e');
    expect(query).toEqual({ kind: 'invalid', message: 'Vous pouvez comparer au plus quatre métropoles à la fois ; vous en avez choisi 5.', preselected: ['a', 'b', 'c', 'd'] });
  });

  it('refuses fewer than two', () => {
    expect(parse('m=a')).toMatchObject({ kind: 'invalid', message: 'Choisissez au moins deux métropoles à comparer : une seule est choisie.', preselected: ['a'] });
    expect(parse('m=')).toMatchObject({ kind: 'invalid', message: 'Choisissez au moins deux métropoles à comparer.', preselected: [] });
  });

  it('refuses a métropole chosen twice, naming it', () => {
    expect(parse('m=a,b,a')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('« a » est choisie plusieurs fois'), preselected: ['a', 'b'] });
  });

  it('refuses what cannot be a slug, echoing it shortened, before counting', () => {
    expect(parse('m=Lyon,b')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('« Lyon » n’est pas l’identifiant d’une métropole'), preselected: ['b'] });
    const long = 'x'.repeat(80);
    const query = parse(`m=${long}!,b`);
    expect(query.kind).toBe('invalid');
    if (query.kind === 'invalid') expect(query.message).toContain(`« ${'x'.repeat(59)}… »`);
    expect(parse(`m=${'a,'.repeat(300)}`)).toMatchObject({ kind: 'invalid', message: expect.stringContaining('trop longue') });
    expect(parse('m=<script>,b')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('« <script> »') });
  });

  it('without a selection, shows the form with the métropole of `avec` ticked', () => {
    expect(parse('')).toEqual({ kind: 'choose', preselected: [] });
    expect(parse('avec=nantes-metropole')).toEqual({ kind: 'choose', preselected: ['nantes-metropole'] });
    expect(parse('avec=Nantes')).toMatchObject({ kind: 'invalid', preselected: [] });
  });

  it('reads Next’s searchParams objects as well as URLSearchParams', () => {
    expect(toComparisonParams({ m: ['a', 'b'], avec: undefined })).toEqual({ m: ['a', 'b'], avec: [] });
    expect(toComparisonParams({ m: 'a,b' })).toEqual({ m: ['a,b'], avec: [] });
  });
});

describe('unknownSlugMessage', () => {
  const published = new Set(['a', 'b', 'c']);

  it('names the slugs no published métropole has', () => {
    expect(unknownSlugMessage(['a', 'inconnue'], published)).toBe(
      'Aucune métropole publiée ne correspond à « inconnue » : choisissez les métropoles dans la liste.',
    );
    expect(unknownSlugMessage(['x', 'y'], published)).toContain('« x », « y »');
    expect(unknownSlugMessage(namedSlugs(parse('m=a,b')), published)).toBeNull();
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
