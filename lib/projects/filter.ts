// The funded-projects explorer's state, read from and written to the query string
// (French parameter names). Pure and client-safe: the proxy, the pages, the CSV
// route and the tests share it, so a URL means the same thing everywhere.
import { z } from 'zod';
import type { LegalForm } from '@/lib/generated/prisma/enums';
import { MAX_YEAR, MIN_YEAR } from '@/lib/import/funded-projects/columns';
import { isSlug } from '@/lib/slug';
import { checkText } from '@/lib/text';

export const PROJECT_PAGE_SIZE = 50;
export const SEARCH_MAX_LENGTH = 100;
const SLUG_MAX_LENGTH = 120;
const CURSOR_MAX_LENGTH = 600;

export const PROJECT_SORTS = ['annee', 'montant', 'titre'] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];

export const SORT_ORDERS = ['croissant', 'decroissant'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Newest, largest first; titles from A. */
export const DEFAULT_ORDER: Record<ProjectSort, SortOrder> = { annee: 'decroissant', montant: 'decroissant', titre: 'croissant' };

export const QPV_VALUES = ['oui', 'non', 'inconnu'] as const;
export type QpvFilter = (typeof QPV_VALUES)[number];

/** Legal forms as they appear in URLs. */
export const LEGAL_FORM_PARAMS = {
  association: 'ASSOCIATION',
  scop: 'SCOP',
  scic: 'SCIC',
  cooperative: 'COOPERATIVE',
  mutuelle: 'MUTUAL',
  fondation: 'FOUNDATION',
  'entreprise-esus': 'ESUS_COMPANY',
  autre: 'OTHER',
} as const satisfies Record<string, LegalForm>;
export type LegalFormParam = keyof typeof LEGAL_FORM_PARAMS;

const LEGAL_FORM_TO_PARAM = Object.fromEntries(Object.entries(LEGAL_FORM_PARAMS).map(([param, code]) => [code, param])) as Record<LegalForm, LegalFormParam>;

export function legalFormParam(legalForm: LegalForm): LegalFormParam {
  return LEGAL_FORM_TO_PARAM[legalForm];
}

/** What narrows the set of projects (the totals and the CSV depend on it, not on sort or page). */
export interface ProjectFilter {
  metropolis?: string;
  programme?: string;
  yearFrom?: number;
  yearTo?: number;
  legalForm?: LegalForm;
  qpv?: QpvFilter;
  theme?: string;
  lever?: string;
  /** Free text looked for in titles and carriers. */
  text?: string;
}

export type FilterKey = keyof ProjectFilter;

/** The position of a page: the sort key and id of the row it starts after (or ends before). */
export interface ProjectCursor {
  direction: 'after' | 'before';
  value: number | string;
  id: string;
}

export interface ProjectQuery {
  filter: ProjectFilter;
  sort: ProjectSort;
  order: SortOrder;
  cursor?: ProjectCursor;
}

export interface QueryIssue {
  /** The query-string parameter at fault. */
  param: string;
  message: string;
}

export type ProjectQueryParse = { success: true; query: ProjectQuery } | { success: false; issues: QueryIssue[] };

export const FILTER_PARAMS = ['metropole', 'dispositif', 'annee', 'annee_min', 'annee_max', 'forme', 'qpv', 'thematique', 'levier', 'q'] as const;
export const ORDER_PARAMS = ['tri', 'ordre'] as const;
export const CURSOR_PARAMS = ['apres', 'avant'] as const;
/** The CSV route's extra parameter: `format=excel` for the French spreadsheet variant. */
export const EXPORT_FORMAT_PARAM = 'format';

type KnownParam = (typeof FILTER_PARAMS)[number] | (typeof ORDER_PARAMS)[number] | (typeof CURSOR_PARAMS)[number];

// Added by Next's client router and by campaign links: never part of the explorer's state.
function isForeignParam(name: string): boolean {
  return name === '_rsc' || name.startsWith('utm_');
}

export function quoteValue(value: string, max = 40): string {
  const text = value.replace(/\s+/g, ' ').trim();
  return `« ${text.length > max ? `${text.slice(0, max - 1)}…` : text} »`;
}

function yearSchema(label: string) {
  return z.string().transform((value, context) => {
    const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
    if (year >= MIN_YEAR && year <= MAX_YEAR) return year;
    context.addIssue({ code: 'custom', message: `${label} ${quoteValue(value)} n’est pas valide : indiquez une année de ${MIN_YEAR} à ${MAX_YEAR}, en chiffres (par exemple 2019).` });
    return z.NEVER;
  });
}

function slugSchema(what: string) {
  return z.string().refine((value) => value.length <= SLUG_MAX_LENGTH && isSlug(value), {
    error: (issue) => `${what} ${quoteValue(String(issue.input))} n’est pas un identifiant valide : des lettres minuscules sans accent, des chiffres et des tirets (par exemple metropole-de-lyon).`,
  });
}

function choiceSchema<T extends string>(choices: readonly T[], what: string) {
  return z
    .string()
    .refine((value) => (choices as readonly string[]).includes(value), {
      error: (issue) => `${what} ${quoteValue(String(issue.input))} n’existe pas : valeurs possibles ${choices.join(', ')}.`,
    })
    .transform((value) => value as T);
}

const textSchema = z.string().transform((value, context) => {
  const checked = checkText(value, 'single-line', 'La recherche');
  if (!checked.ok) {
    context.addIssue({ code: 'custom', message: checked.message });
    return z.NEVER;
  }
  const text = checked.text.trim().replace(/\s+/g, ' ');
  if ([...text].length > SEARCH_MAX_LENGTH) {
    context.addIssue({ code: 'custom', message: `La recherche est limitée à ${SEARCH_MAX_LENGTH} caractères.` });
    return z.NEVER;
  }
  return text;
});

const CursorPayloadSchema = z.object({
  s: z.string(),
  v: z.union([z.number().int().min(-2_147_483_648).max(2_147_483_647), z.string().max(400)]),
  i: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
});

/** A page position as it travels in the URL: opaque, URL-safe (base64url of a small JSON). */
export function encodeCursor(sort: ProjectSort, order: SortOrder, value: number | string, id: string): string {
  return Buffer.from(JSON.stringify({ s: `${sort}-${order}`, v: value, i: id }), 'utf8').toString('base64url');
}

function decodeCursor(token: string, sort: ProjectSort, order: SortOrder): { value: number | string; id: string } | 'malformed' | 'other-sort' {
  if (token.length > CURSOR_MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return 'malformed';
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return 'malformed';
  }
  const parsed = CursorPayloadSchema.safeParse(payload);
  if (!parsed.success) return 'malformed';
  const { s, v, i } = parsed.data;
  if (s !== `${sort}-${order}`) return 'other-sort';
  // Titles are text; years and amounts are integers.
  if ((sort === 'titre') !== (typeof v === 'string')) return 'malformed';
  return { value: v, id: i };
}

const ParamsSchema = z.object({
  metropole: slugSchema('La métropole').optional(),
  dispositif: slugSchema('Le dispositif').optional(),
  annee: yearSchema('L’année').optional(),
  annee_min: yearSchema('L’année de début').optional(),
  annee_max: yearSchema('L’année de fin').optional(),
  forme: choiceSchema(Object.keys(LEGAL_FORM_PARAMS) as LegalFormParam[], 'La forme juridique').optional(),
  qpv: choiceSchema(QPV_VALUES, 'La situation en quartier prioritaire').optional(),
  thematique: slugSchema('La thématique').optional(),
  levier: slugSchema('Le levier').optional(),
  q: textSchema.optional(),
  tri: choiceSchema(PROJECT_SORTS, 'Le tri').optional(),
  ordre: choiceSchema(SORT_ORDERS, 'L’ordre').optional(),
  apres: z.string().optional(),
  avant: z.string().optional(),
});

export interface ParseOptions {
  /** Parameters the caller also accepts (e.g. `format` on the CSV route): left to it. */
  extraParams?: readonly string[];
  /** The CSV route exports the whole filter: page positions have no meaning there. */
  allowCursor?: boolean;
}

const KNOWN_PARAMS: readonly string[] = [...FILTER_PARAMS, ...ORDER_PARAMS, ...CURSOR_PARAMS];

function unknownParamMessage(name: string, allowCursor: boolean): string {
  const accepted = KNOWN_PARAMS.filter((param) => allowCursor || !(CURSOR_PARAMS as readonly string[]).includes(param)).join(', ');
  if (name === 'page') return `Le paramètre « page » n’existe pas ici : on passe d’une page à l’autre par les liens « Projets suivants » et « Projets précédents ». Paramètres possibles : ${accepted}.`;
  return `Le paramètre ${quoteValue(name)} n’existe pas. Paramètres possibles : ${accepted}.`;
}

/**
 * Reads the explorer's query string. Empty values count as absent (a GET form
 * sends every field); anything else that is unknown, repeated or malformed is
 * an issue with a French message naming the parameter, never silently dropped:
 * a mistyped link would otherwise show every project as if it were the answer.
 */
export function parseProjectQuery(params: URLSearchParams, options: ParseOptions = {}): ProjectQueryParse {
  const allowCursor = options.allowCursor ?? true;
  const issues: QueryIssue[] = [];
  const values = new Map<string, string[]>();
  for (const [name, value] of params) {
    if (isForeignParam(name) || options.extraParams?.includes(name)) continue;
    values.set(name, [...(values.get(name) ?? []), value.trim()]);
  }
  const raw: Partial<Record<KnownParam, string>> = {};
  for (const [name, given] of values) {
    const isKnown = KNOWN_PARAMS.includes(name) && (allowCursor || !(CURSOR_PARAMS as readonly string[]).includes(name));
    if (!isKnown) {
      issues.push({ param: name, message: unknownParamMessage(name, allowCursor) });
      continue;
    }
    const distinct = [...new Set(given.filter((value) => value !== ''))];
    if (distinct.length > 1) issues.push({ param: name, message: `Le paramètre ${quoteValue(name)} est donné plusieurs fois avec des valeurs différentes : gardez-en une seule.` });
    else if (distinct.length === 1) raw[name as KnownParam] = distinct[0];
  }

  const parsed = ParamsSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push({ param: String(issue.path[0]), message: issue.message });
  }
  if (issues.length > 0 || !parsed.success) return { success: false, issues };

  const data = parsed.data;
  if (data.annee !== undefined && (data.annee_min !== undefined || data.annee_max !== undefined)) {
    issues.push({ param: 'annee', message: 'Choisissez soit une année (annee), soit une période (annee_min, annee_max), pas les deux.' });
  }
  const yearFrom = data.annee ?? data.annee_min;
  const yearTo = data.annee ?? data.annee_max;
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo) {
    issues.push({ param: 'annee_min', message: `La période est inversée : l’année de début (${yearFrom}) est après l’année de fin (${yearTo}).` });
  }

  const sort = data.tri ?? 'annee';
  const order = data.ordre ?? DEFAULT_ORDER[sort];
  let cursor: ProjectCursor | undefined;
  if (data.apres !== undefined && data.avant !== undefined) {
    issues.push({ param: 'apres', message: 'Une page commence après un projet (apres) ou finit avant un autre (avant), pas les deux.' });
  } else if (data.apres !== undefined || data.avant !== undefined) {
    const param = data.apres !== undefined ? 'apres' : 'avant';
    const decoded = decodeCursor((data.apres ?? data.avant)!, sort, order);
    if (decoded === 'malformed') issues.push({ param, message: 'La position dans la liste n’est pas lisible : revenez à la première page des résultats.' });
    else if (decoded === 'other-sort') issues.push({ param, message: 'La position dans la liste correspond à un autre tri : revenez à la première page des résultats.' });
    else cursor = { direction: param === 'apres' ? 'after' : 'before', ...decoded };
  }
  if (issues.length > 0) return { success: false, issues };

  const filter: ProjectFilter = {};
  if (data.metropole) filter.metropolis = data.metropole;
  if (data.dispositif) filter.programme = data.dispositif;
  if (yearFrom !== undefined) filter.yearFrom = yearFrom;
  if (yearTo !== undefined) filter.yearTo = yearTo;
  if (data.forme) filter.legalForm = LEGAL_FORM_PARAMS[data.forme];
  if (data.qpv) filter.qpv = data.qpv;
  if (data.thematique) filter.theme = data.thematique;
  if (data.levier) filter.lever = data.levier;
  if (data.q) filter.text = data.q;
  return { success: true, query: { filter, sort, order, ...(cursor ? { cursor } : {}) } };
}

/** The filter's parameters, in a fixed order (so that one state has one URL). */
export function filterEntries(filter: ProjectFilter): [string, string][] {
  const entries: [string, string][] = [];
  if (filter.metropolis) entries.push(['metropole', filter.metropolis]);
  if (filter.programme) entries.push(['dispositif', filter.programme]);
  if (filter.yearFrom !== undefined && filter.yearFrom === filter.yearTo) entries.push(['annee', String(filter.yearFrom)]);
  else {
    if (filter.yearFrom !== undefined) entries.push(['annee_min', String(filter.yearFrom)]);
    if (filter.yearTo !== undefined) entries.push(['annee_max', String(filter.yearTo)]);
  }
  if (filter.legalForm) entries.push(['forme', legalFormParam(filter.legalForm)]);
  if (filter.qpv) entries.push(['qpv', filter.qpv]);
  if (filter.theme) entries.push(['thematique', filter.theme]);
  if (filter.lever) entries.push(['levier', filter.lever]);
  if (filter.text) entries.push(['q', filter.text]);
  return entries;
}

function orderEntries(query: Pick<ProjectQuery, 'sort' | 'order'>): [string, string][] {
  const entries: [string, string][] = [];
  if (query.sort !== 'annee') entries.push(['tri', query.sort]);
  if (query.order !== DEFAULT_ORDER[query.sort]) entries.push(['ordre', query.order]);
  return entries;
}

/** The canonical query string of a state (defaults left out), without the leading "?". */
export function toQueryString(query: ProjectQuery): string {
  const entries = [...filterEntries(query.filter), ...orderEntries(query)];
  if (query.cursor) entries.push([query.cursor.direction === 'after' ? 'apres' : 'avant', encodeCursorOf(query, query.cursor)]);
  return new URLSearchParams(entries).toString();
}

function encodeCursorOf(query: ProjectQuery, cursor: ProjectCursor): string {
  return encodeCursor(query.sort, query.order, cursor.value, cursor.id);
}

export const EXPLORER_PATH = '/projets';
export const EXPORT_PATH = '/projets/export.csv';

export function explorerHref(query: ProjectQuery): string {
  const search = toQueryString(query);
  return search ? `${EXPLORER_PATH}?${search}` : EXPLORER_PATH;
}

export type ExportFormat = 'open-data' | 'excel';

/** The CSV of a state: the whole filter in the page's order, whatever page is shown. */
export function exportHref(query: ProjectQuery, format: ExportFormat): string {
  const entries = [...filterEntries(query.filter), ...orderEntries(query)];
  if (format === 'excel') entries.push([EXPORT_FORMAT_PARAM, 'excel']);
  const search = new URLSearchParams(entries).toString();
  return search ? `${EXPORT_PATH}?${search}` : EXPORT_PATH;
}

export function parseExportFormat(value: string | null): ExportFormat | null {
  if (value === null || value.trim() === '' || value.trim() === 'csv') return 'open-data';
  return value.trim() === 'excel' ? 'excel' : null;
}

/** The same state on its first page. */
export function firstPage(query: ProjectQuery): ProjectQuery {
  return { filter: query.filter, sort: query.sort, order: query.order };
}

/** A wider state: the filter without `key`, back on the first page. */
export function withoutFilter(query: ProjectQuery, key: FilterKey): ProjectQuery {
  const filter = { ...query.filter };
  delete filter[key];
  if (key === 'yearFrom' || key === 'yearTo') {
    // "annee=2019" is one filter in the URL: widening it removes both ends.
    if (query.filter.yearFrom === query.filter.yearTo) {
      delete filter.yearFrom;
      delete filter.yearTo;
    }
  }
  return { filter, sort: query.sort, order: query.order };
}

export function isFilterEmpty(filter: ProjectFilter): boolean {
  return filterEntries(filter).length === 0;
}

/** Word that names the empty state in the prerendered path (no filter, default sort). */
export const ALL_PROJECTS_SEGMENT = 'tous';

/**
 * Whether a state can be served from the per-URL page cache: filters and sort
 * only. Free text and page positions are unbounded, so they render on demand
 * rather than filling the cache with one entry per search.
 */
export function isCacheableQuery(query: ProjectQuery): boolean {
  return query.filter.text === undefined && query.cursor === undefined;
}

/** Path segments of a cacheable state (parameter, value, parameter, value…): only [a-z0-9_-]. */
export function toCacheSegments(query: ProjectQuery): string[] {
  if (!isCacheableQuery(query)) throw new Error('only filters and sort have a cached page');
  const entries = [...filterEntries(query.filter), ...orderEntries(query)];
  return entries.length === 0 ? [ALL_PROJECTS_SEGMENT] : entries.flat();
}

/** Reads segments back through the same parser, so the cached page accepts exactly what the proxy does. */
export function fromCacheSegments(segments: readonly string[]): ProjectQueryParse {
  if (segments.length === 1 && segments[0] === ALL_PROJECTS_SEGMENT) return parseProjectQuery(new URLSearchParams());
  if (segments.length === 0 || segments.length % 2 !== 0) return { success: false, issues: [{ param: '', message: 'Adresse incomplète.' }] };
  const params = new URLSearchParams();
  for (let index = 0; index < segments.length; index += 2) params.append(decodeURIComponent(segments[index]!), decodeURIComponent(segments[index + 1]!));
  const parsed = parseProjectQuery(params, { allowCursor: false });
  if (parsed.success && (!isCacheableQuery(parsed.query) || toCacheSegments(parsed.query).join('/') !== segments.join('/'))) {
    return { success: false, issues: [{ param: '', message: 'Adresse non canonique.' }] };
  }
  return parsed;
}
