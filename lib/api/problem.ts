// Problem details (RFC 9457) of the API: French titles, a stable type URI per kind.
import type { Problem } from './schemas';

export type ProblemKind = 'bad-request' | 'not-found' | 'method-not-allowed' | 'too-many-requests' | 'unavailable' | 'internal';

export const PROBLEM_TITLES: Record<ProblemKind, { status: number; title: string }> = {
  'bad-request': { status: 400, title: 'Paramètres invalides' },
  'not-found': { status: 404, title: 'Ressource introuvable' },
  'method-not-allowed': { status: 405, title: 'Méthode non autorisée' },
  'too-many-requests': { status: 429, title: 'Trop de requêtes' },
  unavailable: { status: 503, title: 'Service momentanément indisponible' },
  internal: { status: 500, title: 'Erreur interne' },
};

/** Where each type is documented (the API page has one anchor per kind). */
export function problemType(site: string, kind: ProblemKind): string {
  return `${site}/donnees/api#probleme-${kind}`;
}

export interface ProblemInput {
  kind: ProblemKind;
  detail: string;
  /** The request's path and query. */
  instance: string;
  errors?: { parameter: string; detail: string }[];
}

export function buildProblem(site: string, { kind, detail, instance, errors }: ProblemInput): Problem {
  const { status, title } = PROBLEM_TITLES[kind];
  return { type: problemType(site, kind), title, status, detail, instance, ...(errors && errors.length > 0 ? { errors } : {}) };
}
