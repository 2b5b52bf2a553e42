import { slugify } from '@/lib/slug';
import { METROPOLIS_COVERAGES, type MetropolisCoverage } from './coverage';

// The directory's filters live in the query string (/metropoles?region=bretagne&couverture=plan-en-vigueur&rtes=oui),
// so a filtered list can be shared and works without JavaScript. proxy.ts parses
// them and rewrites the request to a path of its own (directoryFilterPath), which
// is prerendered and cached like any page; an unknown value gets a 400 page that
// says which filter was not understood. See docs/decisions/011.

/** The 13 regions of metropolitan France (2016 map): the values the region filter knows. */
export const METROPOLITAN_REGIONS = [
  'Auvergne-Rhône-Alpes',
  'Bourgogne-Franche-Comté',
  'Bretagne',
  'Centre-Val de Loire',
  'Corse',
  'Grand Est',
  'Hauts-de-France',
  'Île-de-France',
  'Normandie',
  'Nouvelle-Aquitaine',
  'Occitanie',
  'Pays de la Loire',
  "Provence-Alpes-Côte d'Azur",
] as const;

export type RtesMembershipFilter = 'MEMBER' | 'NOT_MEMBER' | 'UNKNOWN';

export interface DirectoryFilters {
  /** Slug of a region's name ("pays-de-la-loire"). */
  region: string | null;
  coverage: MetropolisCoverage | null;
  rtes: RtesMembershipFilter | null;
}

export const NO_DIRECTORY_FILTERS: DirectoryFilters = { region: null, coverage: null, rtes: null };

/** Query-string names, in the order the form and canonical addresses use. */
export const DIRECTORY_FILTER_PARAMS = ['region', 'couverture', 'rtes'] as const;

export type DirectoryFilterParam = (typeof DIRECTORY_FILTER_PARAMS)[number];

export const directoryFilterParamLabels: Record<DirectoryFilterParam, string> = {
  region: 'Région',
  couverture: 'Couverture',
  rtes: 'Membre du RTES',
};

const regionSlugs = new Map<string, string>(METROPOLITAN_REGIONS.map((name) => [slugify(name), name]));

const coverageSlugs: Record<MetropolisCoverage, string> = {
  PLAN_IN_FORCE: 'plan-en-vigueur',
  DATA_WITHOUT_PLAN_IN_FORCE: 'donnees-sans-plan-en-vigueur',
  NO_DATA: 'aucune-donnee',
};

const rtesSlugs: Record<RtesMembershipFilter, string> = {
  MEMBER: 'oui',
  NOT_MEMBER: 'non',
  UNKNOWN: 'non-renseigne',
};

export const rtesFilterLabels: Record<RtesMembershipFilter, string> = {
  MEMBER: 'Oui',
  NOT_MEMBER: 'Non',
  UNKNOWN: 'Non renseigné',
};

function reverse<K extends string>(slugs: Record<K, string>): Map<string, K> {
  return new Map(Object.entries(slugs).map(([key, slug]) => [slug as string, key as K]));
}

const coverageBySlug = reverse(coverageSlugs);
const rtesBySlug = reverse(rtesSlugs);

/** The name of a known region slug ("pays-de-la-loire" → "Pays de la Loire"), or null. */
export function regionName(slug: string): string | null {
  return regionSlugs.get(slug) ?? null;
}

export function regionSlug(name: string): string {
  return slugify(name);
}

export const coverageFilterValue = (coverage: MetropolisCoverage) => coverageSlugs[coverage];
export const rtesFilterValue = (rtes: RtesMembershipFilter) => rtesSlugs[rtes];

/** The values each filter accepts, for the form's options and the error page. */
export const DIRECTORY_FILTER_VALUES = {
  region: [...regionSlugs.keys()],
  couverture: METROPOLIS_COVERAGES.map(coverageFilterValue),
  rtes: (['MEMBER', 'NOT_MEMBER', 'UNKNOWN'] as const).map(rtesFilterValue),
} satisfies Record<DirectoryFilterParam, string[]>;

export type DirectoryQueryParse =
  | {
      ok: true;
      filters: DirectoryFilters;
      /** A filter was sent empty (the form's "toutes"): the address is worth cleaning before sharing. */
      hasEmptyParams: boolean;
    }
  /** Each filter whose value is unknown or given more than once. */
  | { ok: false; invalid: DirectoryFilterParam[] };

function decodeParam(param: DirectoryFilterParam, value: string): DirectoryFilters[keyof DirectoryFilters] | undefined {
  if (param === 'region') return regionSlugs.has(value) ? value : undefined;
  if (param === 'couverture') return coverageBySlug.get(value);
  return rtesBySlug.get(value);
}

const filterKeys = { region: 'region', couverture: 'coverage', rtes: 'rtes' } as const satisfies Record<DirectoryFilterParam, keyof DirectoryFilters>;

/**
 * Reads the filters from a query string. Other parameters are left alone (a
 * campaign tag, Next's own `_rsc`): only the directory's three are judged.
 * An empty value means "no filter on it", as the form sends it.
 */
export function parseDirectoryQuery(params: URLSearchParams): DirectoryQueryParse {
  const filters: DirectoryFilters = { ...NO_DIRECTORY_FILTERS };
  const invalid: DirectoryFilterParam[] = [];
  let hasEmptyParams = false;
  for (const param of DIRECTORY_FILTER_PARAMS) {
    const values = params.getAll(param);
    if (values.length === 0) continue;
    if (values.length > 1) {
      invalid.push(param);
      continue;
    }
    const value = values[0]!;
    if (value === '') {
      hasEmptyParams = true;
      continue;
    }
    const decoded = decodeParam(param, value);
    if (decoded === undefined) invalid.push(param);
    else Object.assign(filters, { [filterKeys[param]]: decoded });
  }
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, filters, hasEmptyParams };
}

export function hasDirectoryFilter(filters: DirectoryFilters): boolean {
  return filters.region !== null || filters.coverage !== null || filters.rtes !== null;
}

/** "region=bretagne&couverture=plan-en-vigueur": the shareable form, without empty filters. */
export function directoryQueryString(filters: DirectoryFilters): string {
  const params = new URLSearchParams();
  if (filters.region !== null) params.set('region', filters.region);
  if (filters.coverage !== null) params.set('couverture', coverageSlugs[filters.coverage]);
  if (filters.rtes !== null) params.set('rtes', rtesSlugs[filters.rtes]);
  return params.toString();
}

export function directoryHref(filters: DirectoryFilters): string {
  const query = directoryQueryString(filters);
  return query ? `/metropoles?${query}` : '/metropoles';
}

/** The internal route a filtered request is rewritten to (never linked to). */
export const DIRECTORY_FILTER_ROUTE = '/annuaire-filtre';
/** The internal route of the 400 page. */
export const DIRECTORY_FILTER_ERROR_ROUTE = '/annuaire-filtre-invalide';
/** Stands for "no filter" in a path segment (never a region, coverage or RTES value). */
export const ANY_SEGMENT = 'tout';

export interface DirectoryFilterSegments {
  region: string;
  couverture: string;
  rtes: string;
}

export function directoryFilterSegments(filters: DirectoryFilters): DirectoryFilterSegments {
  return {
    region: filters.region ?? ANY_SEGMENT,
    couverture: filters.coverage ? coverageSlugs[filters.coverage] : ANY_SEGMENT,
    rtes: filters.rtes ? rtesSlugs[filters.rtes] : ANY_SEGMENT,
  };
}

export function directoryFilterPath(filters: DirectoryFilters): string {
  const segments = directoryFilterSegments(filters);
  return `${DIRECTORY_FILTER_ROUTE}/${segments.region}/${segments.couverture}/${segments.rtes}`;
}

/** The filters of an internal path's segments, or null when a segment is not a known value. */
export function parseDirectoryFilterSegments(segments: DirectoryFilterSegments): DirectoryFilters | null {
  const filters: DirectoryFilters = { ...NO_DIRECTORY_FILTERS };
  for (const param of DIRECTORY_FILTER_PARAMS) {
    const value = segments[param];
    if (value === ANY_SEGMENT) continue;
    const decoded = decodeParam(param, value);
    if (decoded === undefined) return null;
    Object.assign(filters, { [filterKeys[param]]: decoded });
  }
  return filters;
}

/** "region-rtes": the filters a 400 page speaks of, in a fixed order so each set has one path. */
export function invalidFiltersSegment(invalid: readonly DirectoryFilterParam[]): string {
  return DIRECTORY_FILTER_PARAMS.filter((param) => invalid.includes(param)).join('-');
}

export function parseInvalidFiltersSegment(segment: string): DirectoryFilterParam[] | null {
  const parts = segment.split('-');
  const known = DIRECTORY_FILTER_PARAMS.filter((param) => parts.includes(param));
  return known.length > 0 && invalidFiltersSegment(known) === segment ? known : null;
}

const byName = new Intl.Collator('fr', { sensitivity: 'base' });

/**
 * The regions the form offers, by name: the known ones that have a métropole,
 * plus the one asked for (so the select shows the current filter even when it
 * matches nothing, as Corse does).
 */
export function regionFilterOptions(metropolises: ReadonlyArray<{ region: string }>, filters: DirectoryFilters): Array<{ value: string; label: string }> {
  const slugs = new Set(metropolises.map((metropolis) => regionSlug(metropolis.region)));
  if (filters.region) slugs.add(filters.region);
  return [...slugs]
    .flatMap((slug) => {
      const name = regionName(slug);
      return name ? [{ value: slug, label: name }] : [];
    })
    .sort((a, b) => byName.compare(a.label, b.label));
}

export interface FilterableMetropolis {
  region: string;
  coverage: MetropolisCoverage;
  isRtesMember: boolean | null;
}

function rtesOf(isRtesMember: boolean | null): RtesMembershipFilter {
  return isRtesMember === null ? 'UNKNOWN' : isRtesMember ? 'MEMBER' : 'NOT_MEMBER';
}

/** Keeps the métropoles that pass every filter given (all three combine). */
export function filterMetropolises<T extends FilterableMetropolis>(metropolises: readonly T[], filters: DirectoryFilters): T[] {
  return metropolises.filter(
    (metropolis) =>
      (filters.region === null || regionSlug(metropolis.region) === filters.region) &&
      (filters.coverage === null || metropolis.coverage === filters.coverage) &&
      (filters.rtes === null || rtesOf(metropolis.isRtesMember) === filters.rtes),
  );
}
