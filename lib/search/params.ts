// The state of /recherche is its query string: read and written here (pure,
// used by the proxy, the page and the tests).
import { z } from 'zod';
import { checkText } from '@/lib/text';

export const SEARCH_PATH = '/recherche';
export const SEARCH_MAX_LENGTH = 200;
export const SEARCH_PAGE_SIZE = 20;
/** Beyond this a reader refines the search; deep offsets cost the database for nothing. */
export const SEARCH_MAX_PAGE = 50;

/** The `type` parameter's values and the content types they name, in the order the facets show them. */
export const SEARCH_TYPES = {
  metropoles: { entityType: 'Metropolis', label: 'Métropoles' },
  politiques: { entityType: 'PolicyPlan', label: 'Plans et politiques' },
  dispositifs: { entityType: 'FundingProgramme', label: 'Dispositifs de financement' },
  projets: { entityType: 'FundedProject', label: 'Projets financés' },
  structures: { entityType: 'SupportStructure', label: 'Structures d’accompagnement' },
  personnes: { entityType: 'Person', label: 'Personnes' },
  'groupes-de-travail': { entityType: 'WorkingGroupReport', label: 'Comptes rendus des groupes de travail' },
  publications: { entityType: 'Publication', label: 'Publications' },
  glossaire: { entityType: 'GlossaryTerm', label: 'Glossaire' },
} as const;

export type SearchTypeParam = keyof typeof SEARCH_TYPES;
export type SearchEntityType = (typeof SEARCH_TYPES)[SearchTypeParam]['entityType'];
export const SEARCH_TYPE_PARAMS = Object.keys(SEARCH_TYPES) as SearchTypeParam[];

export function typeParamOf(entityType: string): SearchTypeParam | undefined {
  return SEARCH_TYPE_PARAMS.find((param) => SEARCH_TYPES[param].entityType === entityType);
}

export interface SearchQuery {
  /** Normalised text; empty when nothing was asked (the page then shows the form only). */
  text: string;
  type?: SearchTypeParam;
  /** A métropole's slug. */
  metropolis?: string;
  page: number;
}

export type SearchParse = { success: true; query: SearchQuery } | { success: false; issues: string[] };

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const ParamsSchema = z.object({
  q: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined) return '';
      const checked = checkText(value, 'single-line', 'La recherche');
      if (!checked.ok) {
        context.addIssue({ code: 'custom', message: checked.message });
        return z.NEVER;
      }
      const text = checked.text.trim().replace(/\s+/g, ' ');
      const length = [...text].length;
      if (length > SEARCH_MAX_LENGTH) {
        context.addIssue({ code: 'custom', message: `La recherche fait ${length.toLocaleString('fr-FR')} caractères : elle est limitée à ${SEARCH_MAX_LENGTH}. Raccourcissez-la aux mots qui comptent.` });
        return z.NEVER;
      }
      return text;
    }),
  type: z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value) return undefined;
      if (!(SEARCH_TYPE_PARAMS as string[]).includes(value)) {
        context.addIssue({ code: 'custom', message: `Le type « ${value.slice(0, 40)} » n’existe pas : choisissez parmi ${SEARCH_TYPE_PARAMS.join(', ')}.` });
        return z.NEVER;
      }
      return value as SearchTypeParam;
    }),
  metropole: z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value) return undefined;
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) || value.length > 100) {
        context.addIssue({ code: 'custom', message: 'La métropole doit être désignée par son identifiant (lettres minuscules, chiffres et tirets).' });
        return z.NEVER;
      }
      return value;
    }),
  page: z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value) return 1;
      if (!/^\d{1,3}$/.test(value) || Number(value) < 1 || Number(value) > SEARCH_MAX_PAGE) {
        context.addIssue({ code: 'custom', message: `La page doit être un nombre entier de 1 à ${SEARCH_MAX_PAGE}.` });
        return z.NEVER;
      }
      return Number(value);
    }),
});

/** Reads the query string (a repeated parameter counts by its first value; unknown ones are ignored, like utm_*). */
export function parseSearchParams(params: URLSearchParams): SearchParse {
  const record = Object.fromEntries(['q', 'type', 'metropole', 'page'].map((name) => [name, first(params.getAll(name))]));
  const parsed = ParamsSchema.safeParse(record);
  if (!parsed.success) return { success: false, issues: parsed.error.issues.map((issue) => issue.message) };
  const { q, type, metropole, page } = parsed.data;
  return { success: true, query: { text: q, type, metropolis: metropole, page } };
}

/**
 * Percent-escapes that are not UTF-8 (`%FF`, `%C3%28`) decode to U+FFFD in
 * URLSearchParams, silently: this says which parameter is unreadable instead.
 */
export function findUndecodableParams(rawSearch: string): string[] {
  const names: string[] = [];
  for (const pair of rawSearch.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const [name = '', value = ''] = pair.split('=', 2);
    try {
      decodeURIComponent(name.replace(/\+/g, ' '));
      decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      names.push(name);
    }
  }
  return names;
}

export function searchHref(query: Partial<SearchQuery>): string {
  const params = new URLSearchParams();
  if (query.text) params.set('q', query.text);
  if (query.type) params.set('type', query.type);
  if (query.metropolis) params.set('metropole', query.metropolis);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return search ? `${SEARCH_PATH}?${search}` : SEARCH_PATH;
}

/** Private-use characters ts_headline wraps matches in; stripped from the indexed text first, so only the database can place them. */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export interface SnippetPart {
  text: string;
  isMatch: boolean;
}

/** A highlighted snippet as text parts (rendered as React text and <mark>, never as HTML). */
export function splitMarked(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start === -1) {
      parts.push({ text: rest, isMatch: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), isMatch: false });
    const end = rest.indexOf(MARK_END, start + 1);
    const match = rest.slice(start + 1, end === -1 ? undefined : end);
    if (match) parts.push({ text: match, isMatch: true });
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  return parts.filter((part) => part.text.length > 0).map((part) => ({ ...part, text: part.text.replaceAll(MARK_START, '').replaceAll(MARK_END, '') }));
}
