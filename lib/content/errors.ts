import { AppError } from '@/lib/errors';
import type { ContentEntityType } from '@/lib/content/entity-types';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import type { ContentValues, FieldErrors } from './fields';

/** Input the database refuses (slug taken, unknown linked entry): shown next to the fields. */
export class ContentFieldError extends AppError {
  constructor(fieldErrors: FieldErrors, userMessage = 'Certains champs sont à corriger.') {
    super('INVALID_INPUT', { message: `invalid content: ${Object.keys(fieldErrors).join(', ')}`, userMessage, fieldErrors });
  }
}

export interface ConflictState {
  /** The version saved meanwhile: a form that carries it may save over it, knowingly. */
  version: number;
  status: PublicationStatus;
  values: ContentValues;
  /** What the editor had loaded, when its snapshot is known: the diff shows what changed meanwhile. */
  baseValues: ContentValues | null;
  savedBy: string | null;
  savedAt: string;
}

const CONFLICT_MESSAGE =
  'Quelqu’un a enregistré cette fiche pendant que vous la modifiiez. Rien n’a été écrasé : vos saisies sont conservées ci-dessous. Vérifiez les changements, puis enregistrez à nouveau.';

/** Saving over a newer version: refused, with what the other person saved. */
export class ContentConflictError extends AppError {
  readonly current: ConflictState | null;
  constructor(current: ConflictState | null) {
    super('CONFLICT', { message: 'stale content version', userMessage: CONFLICT_MESSAGE });
    this.current = current;
  }
}

export interface DependentCount {
  entityType: ContentEntityType;
  count: number;
}

/** Deleting an entry others depend on: explained, and only done with explicit confirmation. */
export class DependentsError extends AppError {
  readonly dependents: DependentCount[];
  constructor(dependents: DependentCount[], userMessage: string) {
    super('CONFLICT', { message: 'entry has dependents', userMessage });
    this.dependents = dependents;
  }
}
