import { describe, expect, it } from 'vitest';
import { parseContentListParams } from './list-params';
import { getContentType } from './registry';

const structures = getContentType('SupportStructure');
const projects = getContentType('FundedProject');
const metropolises = getContentType('Metropolis');

describe('parseContentListParams', () => {
  it('reads the source filter of sourced types and drops an unknown value', () => {
    expect(parseContentListParams(structures, { source: 'a-verifier' }).filters.source).toBe('a-verifier');
    expect(parseContentListParams(structures, { source: 'sans-source' }).filters.source).toBe('sans-source');
    expect(parseContentListParams(structures, { source: 'toutes' })).toMatchObject({ filters: { source: '' }, ignored: ['source'] });
    expect(parseContentListParams(getContentType('Theme'), { source: 'a-verifier' }).filters).toEqual({ verification: '' });
  });

  it('reads the search, state, filters, sort and page', () => {
    expect(parseContentListParams(projects, { q: '  Recyclerie ', statut: 'PENDING', metropolisId: 'cmetropole0001', legalForm: 'SCOP', tri: 'titre', page: '3' })).toEqual({
      q: 'Recyclerie',
      status: 'PENDING',
      filters: { metropolisId: 'cmetropole0001', fundingProgrammeId: '', legalForm: 'SCOP', verification: '' },
      sort: 'titre',
      page: 3,
      ignored: [],
    });
  });

  it('defaults everything when nothing is given, silently', () => {
    expect(parseContentListParams(structures, {})).toEqual({ q: '', status: undefined, filters: { kind: '', source: '', verification: '' }, sort: 'modification', page: 1, ignored: [] });
    expect(parseContentListParams(structures, { q: '', statut: '', kind: '', tri: '', page: '' }).ignored).toEqual([]);
  });

  it.each(['\u0000', 'ab\u0001cd', '\u001b[31m', '\ufffd(', 'A\ufffd', '\ud800', 'deux\nlignes'])('drops a search with invalid characters (%j) and says so', (q) => {
    const params = parseContentListParams(structures, { q });
    expect(params.q).toBe('');
    expect(params.ignored).toEqual(['recherche']);
  });

  it('reads what URLSearchParams makes of invalid UTF-8 and NUL as invalid', () => {
    for (const search of ['q=%00', 'q=%C3%28', 'q=%FF', 'q=%ED%A0%80']) {
      const query = Object.fromEntries(new URLSearchParams(search));
      expect(parseContentListParams(structures, query)).toMatchObject({ q: '', ignored: ['recherche'] });
    }
  });

  it('composes the search to NFC and keeps at most 200 characters, without splitting one', () => {
    expect(parseContentListParams(structures, { q: 'E\u0301conomie' }).q).toBe('Économie');
    const long = parseContentListParams(structures, { q: `${'a'.repeat(199)}😀😀` }).q;
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('😀')).toBe(true);
  });

  it('drops each invalid filter on its own and names it', () => {
    const params = parseContentListParams(projects, {
      statut: '\u0000PUBLISHED',
      metropolisId: 'cmetro\u0000pole1',
      legalForm: 'SARL',
      fundingProgrammeId: 'cprogramme0001',
      tri: 'prix',
      page: '-2',
    });
    expect(params).toMatchObject({ status: undefined, filters: { metropolisId: '', legalForm: '', fundingProgrammeId: 'cprogramme0001' }, sort: 'modification', page: 1 });
    expect(params.ignored).toEqual(['état', 'métropole', 'forme juridique', 'tri', 'page']);
  });

  it('reads yes / no / unknown filters of tristate fields', () => {
    expect(parseContentListParams(metropolises, { isRtesMember: 'inconnu' }).filters).toEqual({ isRtesMember: 'inconnu', verification: '' });
    expect(parseContentListParams(metropolises, { isRtesMember: 'peut-être' })).toMatchObject({ filters: { isRtesMember: '' }, ignored: ['adhérente au RTES'] });
  });

  it('takes the first of repeated parameters', () => {
    expect(parseContentListParams(structures, { q: ['un', 'deux'], kind: ['INCUBATOR', 'OTHER'] })).toMatchObject({ q: 'un', filters: { kind: 'INCUBATOR' } });
  });

  it('ignores parameters it does not know, whatever they hold', () => {
    expect(parseContentListParams(structures, { message: '\u0000', autre: 'x' }).ignored).toEqual([]);
  });

  it('reads the verification filter of every type and drops an unknown value', () => {
    expect(parseContentListParams(getContentType('Theme'), { verification: 'a-reverifier' }).filters.verification).toBe('a-reverifier');
    expect(parseContentListParams(structures, { verification: 'jamais' }).filters.verification).toBe('jamais');
    expect(parseContentListParams(structures, { verification: 'hier' })).toMatchObject({ filters: { verification: '' }, ignored: ['vérification'] });
    expect(parseContentListParams(structures, { verification: 'constructor' })).toMatchObject({ filters: { verification: '' }, ignored: ['vérification'] });
  });

  it('does not take an object property for an option', () => {
    expect(parseContentListParams(structures, { kind: 'constructor', tri: 'toString', statut: 'hasOwnProperty' })).toMatchObject({
      filters: { kind: '' },
      sort: 'modification',
      status: undefined,
      ignored: ['état', 'type de structure', 'tri'],
    });
  });

  it.each([['0'], ['1.5'], ['1e3'], ['abc'], ['\u0000'], ['9999999']])('refuses the page %j', (page) => {
    expect(parseContentListParams(structures, { page })).toMatchObject({ page: 1, ignored: ['page'] });
  });
});
