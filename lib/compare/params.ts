import { formatNumber } from '@/lib/format';
import { isSlug } from '@/lib/slug';

// The query string of /comparer, parsed the same way by proxy.ts (which sets
// the HTTP status before the page streams) and by the page (which says why).
// Pure: the check against published métropoles is unknownSlugMessage's.

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;
/** Longer than four of the longest slugs with their commas: not a selection, and not worth echoing. */
const MAX_PARAMETER_LENGTH = 400;
const MAX_ECHOED_LENGTH = 60;

/** The parameters /comparer reads: `m` (the selection) and `avec` (one métropole ticked in advance, from its profile). */
export interface ComparisonParams {
  m: string[];
  avec: string[];
}

export type ComparisonQuery =
  /** No selection yet: the form, with the métropoles given by `avec` ticked. */
  | { kind: 'choose'; preselected: string[] }
  | { kind: 'compare'; slugs: string[] }
  /** Shown with a 400: the French message says what to change; the form keeps what could be kept. */
  | { kind: 'invalid'; message: string; preselected: string[] };

/** From Next's searchParams (a value or a list per name) or a URLSearchParams. */
export function toComparisonParams(source: URLSearchParams | Record<string, string | string[] | undefined>): ComparisonParams {
  if (source instanceof URLSearchParams) return { m: source.getAll('m'), avec: source.getAll('avec') };
  const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
  return { m: list(source.m), avec: list(source.avec) };
}

function echo(value: string): string {
  return value.length > MAX_ECHOED_LENGTH ? `${value.slice(0, MAX_ECHOED_LENGTH - 1)}…` : value;
}

/** "a,b" and "a&m=b" (what a form of checkboxes sends) are the same selection; empty pieces are ignored. */
function piecesOf(values: string[]): string[] {
  return values.flatMap((value) => value.split(',')).map((piece) => piece.trim()).filter(Boolean);
}

/** The first problem of a list of slugs, in the order a reader fixes them. */
function problemOf(pieces: string[], parameterLength: number): string | null {
  if (parameterLength > MAX_PARAMETER_LENGTH) return 'La sélection est trop longue : choisissez de deux à quatre métropoles dans la liste.';
  const malformed = pieces.find((piece) => !isSlug(piece));
  if (malformed !== undefined) return `« ${echo(malformed)} » n’est pas l’identifiant d’une métropole : choisissez les métropoles dans la liste.`;
  const duplicate = pieces.find((piece, index) => pieces.indexOf(piece) !== index);
  if (duplicate !== undefined) return `La métropole « ${echo(duplicate)} » est choisie plusieurs fois : chaque métropole ne figure qu’une fois dans une comparaison.`;
  if (pieces.length > MAX_COMPARED) return `Vous pouvez comparer au plus quatre métropoles à la fois ; vous en avez choisi ${formatNumber(pieces.length)}.`;
  if (pieces.length < MIN_COMPARED) {
    return pieces.length === 0
      ? 'Choisissez au moins deux métropoles à comparer.'
      : 'Choisissez au moins deux métropoles à comparer : une seule est choisie.';
  }
  return null;
}

/** Well-formed, distinct slugs of a rejected selection, to keep them ticked. */
function keepable(pieces: string[]): string[] {
  return [...new Set(pieces.filter(isSlug))].slice(0, MAX_COMPARED);
}

export function parseComparisonQuery({ m, avec }: ComparisonParams): ComparisonQuery {
  if (m.length === 0) {
    const pieces = piecesOf(avec);
    const length = avec.join(',').length;
    if (pieces.length === 0) return { kind: 'choose', preselected: [] };
    const malformed = length > MAX_PARAMETER_LENGTH ? pieces[0]! : pieces.find((piece) => !isSlug(piece));
    if (malformed !== undefined) {
      return { kind: 'invalid', message: `« ${echo(malformed)} » n’est pas l’identifiant d’une métropole : choisissez les métropoles dans la liste.`, preselected: [] };
    }
    if (pieces.length > MAX_COMPARED) {
      return { kind: 'invalid', message: `Vous pouvez comparer au plus quatre métropoles à la fois ; vous en avez choisi ${formatNumber(pieces.length)}.`, preselected: keepable(pieces) };
    }
    return { kind: 'choose', preselected: keepable(pieces) };
  }
  const pieces = piecesOf(m);
  const problem = problemOf(pieces, m.join(',').length);
  if (problem) return { kind: 'invalid', message: problem, preselected: keepable(pieces) };
  return { kind: 'compare', slugs: pieces };
}

/** The slugs a query names (to check against the published métropoles). */
export function namedSlugs(query: ComparisonQuery): string[] {
  return query.kind === 'compare' ? query.slugs : query.preselected;
}

/** The message for slugs that name no published métropole, or null when every one does. */
export function unknownSlugMessage(slugs: readonly string[], published: ReadonlySet<string>): string | null {
  const unknown = slugs.filter((slug) => !published.has(slug));
  if (unknown.length === 0) return null;
  const names = unknown.map((slug) => `« ${echo(slug)} »`).join(', ');
  return `Aucune métropole publiée ne correspond à ${names} : choisissez les métropoles dans la liste.`;
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
  for (const [name, value] of search) if (name !== 'm' && name !== 'avec') canonical.append(name, value);
  // Commas are kept readable: they are allowed in a query string.
  return `?${canonical.toString().replace(/%2C/gi, ',')}`;
}
