import { describe, expect, it } from 'vitest';
import {
  directoryFilterPath,
  directoryHref,
  filterMetropolises,
  invalidFiltersSegment,
  NO_DIRECTORY_FILTERS,
  parseDirectoryFilterSegments,
  parseDirectoryQuery,
  parseInvalidFiltersSegment,
  regionFilterOptions,
  regionName,
  type DirectoryFilters,
} from './directory-filters';

const parse = (query: string) => parseDirectoryQuery(new URLSearchParams(query));

describe('parseDirectoryQuery', () => {
  it('reads each filter alone and all three together', () => {
    expect(parse('region=pays-de-la-loire')).toEqual({ ok: true, filters: { ...NO_DIRECTORY_FILTERS, region: 'pays-de-la-loire' }, hasEmptyParams: false });
    expect(parse('couverture=aucune-donnee')).toMatchObject({ ok: true, filters: { ...NO_DIRECTORY_FILTERS, coverage: 'NO_DATA' } });
    expect(parse('rtes=non-renseigne')).toMatchObject({ ok: true, filters: { ...NO_DIRECTORY_FILTERS, rtes: 'UNKNOWN' } });
    expect(parse('rtes=oui&couverture=plan-en-vigueur&region=provence-alpes-cote-d-azur')).toEqual({
      ok: true,
      filters: { region: 'provence-alpes-cote-d-azur', coverage: 'PLAN_IN_FORCE', rtes: 'MEMBER' },
      hasEmptyParams: false,
    });
  });

  it('takes an empty value for "no filter" and says the address can be cleaned', () => {
    expect(parse('region=&couverture=donnees-sans-plan-en-vigueur&rtes=')).toEqual({
      ok: true,
      filters: { ...NO_DIRECTORY_FILTERS, coverage: 'DATA_WITHOUT_PLAN_IN_FORCE' },
      hasEmptyParams: true,
    });
  });

  it('leaves other parameters alone, Next’s own included', () => {
    expect(parse('_rsc=1x2y&utm_source=lettre')).toEqual({ ok: true, filters: NO_DIRECTORY_FILTERS, hasEmptyParams: false });
  });

  it('names every filter whose value is unknown, in another case, or given twice', () => {
    expect(parse('region=atlantide')).toEqual({ ok: false, invalid: ['region'] });
    expect(parse('rtes=OUI&region=bretagne')).toEqual({ ok: false, invalid: ['rtes'] });
    expect(parse('couverture=plan-en-vigueur&couverture=aucune-donnee')).toEqual({ ok: false, invalid: ['couverture'] });
    expect(parse('rtes=peut-etre&region=%00&couverture=tout')).toEqual({ ok: false, invalid: ['region', 'couverture', 'rtes'] });
  });

  it('knows the 13 regions of metropolitan France by the slug of their name', () => {
    expect(regionName('ile-de-france')).toBe('Île-de-France');
    expect(regionName('corse')).toBe('Corse');
    expect(regionName('guadeloupe')).toBeNull();
  });
});

describe('regionFilterOptions', () => {
  it('offers the known regions that have a métropole, once each, by name, and the one asked for', () => {
    const metropolises = [{ region: 'Occitanie' }, { region: 'Bretagne' }, { region: 'Occitanie' }, { region: 'Région inventée' }];
    expect(regionFilterOptions(metropolises, NO_DIRECTORY_FILTERS)).toEqual([
      { value: 'bretagne', label: 'Bretagne' },
      { value: 'occitanie', label: 'Occitanie' },
    ]);
    expect(regionFilterOptions(metropolises, { ...NO_DIRECTORY_FILTERS, region: 'corse' }).map((option) => option.value)).toEqual(['bretagne', 'corse', 'occitanie']);
  });
});

describe('addresses', () => {
  const filters: DirectoryFilters = { region: 'bretagne', coverage: 'PLAN_IN_FORCE', rtes: 'NOT_MEMBER' };

  it('builds the shareable address without the empty filters, which parses back to the same filters', () => {
    expect(directoryHref(NO_DIRECTORY_FILTERS)).toBe('/metropoles');
    expect(directoryHref({ ...NO_DIRECTORY_FILTERS, rtes: 'MEMBER' })).toBe('/metropoles?rtes=oui');
    const href = directoryHref(filters);
    expect(href).toBe('/metropoles?region=bretagne&couverture=plan-en-vigueur&rtes=non');
    expect(parse(href.split('?')[1]!)).toEqual({ ok: true, filters, hasEmptyParams: false });
  });

  it('maps filters to the internal path and back, and refuses a path segment it does not know', () => {
    expect(directoryFilterPath({ ...NO_DIRECTORY_FILTERS, coverage: 'NO_DATA' })).toBe('/annuaire-filtre/tout/aucune-donnee/tout');
    expect(parseDirectoryFilterSegments({ region: 'bretagne', couverture: 'plan-en-vigueur', rtes: 'non' })).toEqual(filters);
    expect(parseDirectoryFilterSegments({ region: 'tout', couverture: 'tout', rtes: 'tout' })).toEqual(NO_DIRECTORY_FILTERS);
    expect(parseDirectoryFilterSegments({ region: 'atlantide', couverture: 'tout', rtes: 'tout' })).toBeNull();
  });

  it('gives each set of invalid filters one segment, and reads it back', () => {
    expect(invalidFiltersSegment(['rtes', 'region'])).toBe('region-rtes');
    expect(parseInvalidFiltersSegment('region-rtes')).toEqual(['region', 'rtes']);
    expect(parseInvalidFiltersSegment('rtes-region')).toBeNull();
    expect(parseInvalidFiltersSegment('inconnu')).toBeNull();
    for (const invalid of [['region'], ['couverture'], ['rtes'], ['region', 'couverture'], ['region', 'couverture', 'rtes']] as const) {
      expect(parseInvalidFiltersSegment(invalidFiltersSegment(invalid))).toEqual(invalid);
    }
  });
});

describe('filterMetropolises', () => {
  const metropolises = [
    { slug: 'rennes', region: 'Bretagne', coverage: 'DATA_WITHOUT_PLAN_IN_FORCE', isRtesMember: true },
    { slug: 'brest', region: 'Bretagne', coverage: 'PLAN_IN_FORCE', isRtesMember: true },
    { slug: 'nantes', region: 'Pays de la Loire', coverage: 'PLAN_IN_FORCE', isRtesMember: true },
    { slug: 'nice', region: "Provence-Alpes-Côte d'Azur", coverage: 'NO_DATA', isRtesMember: false },
    { slug: 'inconnue', region: 'Corse', coverage: 'NO_DATA', isRtesMember: null },
  ] as const;
  const slugs = (filters: Partial<DirectoryFilters>) => filterMetropolises(metropolises, { ...NO_DIRECTORY_FILTERS, ...filters }).map((m) => m.slug);

  it('keeps everything without a filter', () => {
    expect(slugs({})).toHaveLength(5);
  });

  it('filters on each criterion and combines them', () => {
    expect(slugs({ region: 'bretagne' })).toEqual(['rennes', 'brest']);
    expect(slugs({ region: 'provence-alpes-cote-d-azur' })).toEqual(['nice']);
    expect(slugs({ coverage: 'PLAN_IN_FORCE' })).toEqual(['brest', 'nantes']);
    expect(slugs({ rtes: 'NOT_MEMBER' })).toEqual(['nice']);
    expect(slugs({ rtes: 'UNKNOWN' })).toEqual(['inconnue']);
    expect(slugs({ region: 'bretagne', coverage: 'PLAN_IN_FORCE', rtes: 'MEMBER' })).toEqual(['brest']);
    expect(slugs({ region: 'bretagne', rtes: 'NOT_MEMBER' })).toEqual([]);
  });
});
