import { isSlug } from '@/lib/slug';

// The query string of /comparer, parsed the same way by proxy.ts (which sets
// the HTTP status before anything streams) and by the page. Pure: whether the
// slugs name published métropoles is checked by the caller (hasUnknownSlug).

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;
/** Longer than four of the longest slugs with their commas: not a selection. */
const MAX_PARAMETER_LENGTH = 400;

/** The parameters /comparer reads: `m` (the selection) and `avec` (one métropole ticked in advance, from its profile). */
export interface ComparisonParams {
  m: string[];
  avec: string[];
}

/**
 * Why a selection is refused. Each is also the last segment of the 400 page
 * (`/comparer/refus/<reason>`): a closed list, so that page is cached once per
 * reason and never echoes what was sent.
 */
export const COMPARISON_REFUSALS = ['trop-de-metropoles', 'pas-assez-de-metropoles', 'metropole-en-double', 'identifiant-non-reconnu', 'metropole-inconnue'] as const;

export type ComparisonRefusal = (typeof COMPARISON_REFUSALS)[number];

export const comparisonRefusalMessages: Record<ComparisonRefusal, string> = {
  'trop-de-metropoles': 'Vous pouvez comparer au plus quatre métropoles à la fois : retirez-en de la sélection.',
  'pas-assez-de-metropoles': 'Choisissez au moins deux métropoles à comparer.',
  'metropole-en-double': 'Une même métropole est choisie plusieurs fois : chaque métropole ne figure qu’une fois dans une comparaison.',
  'identifiant-non-reconnu': 'L’adresse contient un identifiant qui n’est pas celui d’une métropole : choisissez les métropoles dans la liste.',
  'metropole-inconnue': 'Une des métropoles demandées n’est pas publiée sur ce portail, ou son adresse a changé : choisissez les métropoles dans la liste.',
};

export function isComparisonRefusal(value: string): value is ComparisonRefusal {
  return (COMPARISON_REFUSALS as readonly string[]).includes(value);
}

export type ComparisonQuery =
  /** No selection yet: the form, with the métropoles given by `avec` ticked. */
  | { kind: 'choose'; preselected: string[] }
  | { kind: 'compare'; slugs: string[] }
  /** Answered with a 400 and the reason's message; the form keeps what could be kept. */
  | { kind: 'invalid'; reason: ComparisonRefusal; preselected: string[] };

/** From Next's searchParams (a value or a list per name) or a URLSearchParams. */
export function toComparisonParams(source: URLSearchParams | Record<string, string | string[] | undefined>): ComparisonParams {
  if (source instanceof URLSearchParams) return { m: source.getAll('m'), avec: source.getAll('avec') };
  const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
  return { m: list(source.m), avec: list(source.avec) };
}

/** "a,b" and "m=a&m=b" (what a form of checkboxes sends) are the same selection; empty pieces are ignored. */
function piecesOf(values: string[]): string[] {
  return values.flatMap((value) => value.split(',')).map((piece) => piece.trim()).filter(Boolean);
}

/** The first problem of a list of slugs, in the order a reader fixes them. */
function refusalOf(pieces: string[], parameterLength: number): ComparisonRefusal | null {
  if (parameterLength > MAX_PARAMETER_LENGTH || pieces.some((piece) => !isSlug(piece))) return 'identifiant-non-reconnu';
  if (new Set(pieces).size !== pieces.length) return 'metropole-en-double';
  if (pieces.length > MAX_COMPARED) return 'trop-de-metropoles';
  if (pieces.length < MIN_COMPARED) return 'pas-assez-de-metropoles';
  return null;
}

/** Well-formed, distinct slugs of a refused selection, to keep them ticked. */
function keepable(pieces: string[]): string[] {
  return [...new Set(pieces.filter(isSlug))].slice(0, MAX_COMPARED);
}

export function parseComparisonQuery({ m, avec }: ComparisonParams): ComparisonQuery {
  if (m.length === 0) {
    // Without `m`, `avec` only ticks one métropole in the form (the profile's "Comparer avec…").
    const pieces = piecesOf(avec);
    if (pieces.length > 1 || avec.join(',').length > MAX_PARAMETER_LENGTH || pieces.some((piece) => !isSlug(piece))) {
      return { kind: 'invalid', reason: 'identifiant-non-reconnu', preselected: [] };
    }
    return { kind: 'choose', preselected: pieces };
  }
  const pieces = piecesOf(m);
  const refusal = refusalOf(pieces, m.join(',').length);
  if (refusal) return { kind: 'invalid', reason: refusal, preselected: keepable(pieces) };
  return { kind: 'compare', slugs: pieces };
}

/** The slugs a query names (to check against the published métropoles). */
export function namedSlugs(query: ComparisonQuery): string[] {
  return query.kind === 'compare' ? query.slugs : query.preselected;
}

export function hasUnknownSlug(slugs: readonly string[], published: ReadonlySet<string>): boolean {
  return slugs.some((slug) => !published.has(slug));
}

/**
 * The one address of a selection: `?m=a,b,c`. A form of checkboxes sends
 * `m=a&m=b`; null when the query is already in that form (nothing to redirect).
 */
export function canonicalComparisonSearch(search: URLSearchParams): string | null {
  const values = search.getAll('m');
  if (values.length <= 1) return null;
  const canonical = new URLSearchParams();
  canonical.set('m', piecesOf(values).join(','));
  // Commas are kept readable: they are allowed in a query string.
  return `?${canonical.toString().replace(/%2C/gi, ',')}`;
}

// Addresses. Readers only see /comparer and its query string; proxy.ts rewrites
// each state to a page whose content depends on its path alone, so that it is
// rendered whole on the server (no streamed part, which only shows with
// scripts) and cached: the selection, the one-métropole start, the refusals.

export const COMPARISON_PATH = '/comparer';

/** The public, shareable address of a selection. */
export function comparisonHref(slugs: readonly string[]): string {
  return `${COMPARISON_PATH}?m=${slugs.join(',')}`;
}

export function comparisonSelectionPath(slugs: readonly string[]): string {
  return `${COMPARISON_PATH}/selection/${slugs.join('/')}`;
}

export function comparisonPreselectionPath(slug: string): string {
  return `${COMPARISON_PATH}/avec/${slug}`;
}

export function comparisonRefusalPath(reason: ComparisonRefusal): string {
  return `${COMPARISON_PATH}/refus/${reason}`;
}
