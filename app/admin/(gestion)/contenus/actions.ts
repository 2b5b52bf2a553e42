'use server';

import { headers } from 'next/headers';
import { updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Permission } from '@/lib/auth/roles';
import { requirePermission, type CurrentUser } from '@/lib/auth/session';
import { publicationStatusLabels } from '@/lib/dashboard/content-types';
import type { ContentTypeDefinition } from '@/lib/content/definition';
import { diffValues } from '@/lib/content/display';
import { ContentConflictError, ContentFieldError, DependentsError } from '@/lib/content/errors';
import { parseContentValues, rawFromFormData, type RawValues } from '@/lib/content/fields';
import type { ContentActionState, ContentFormState, ConflictView } from '@/lib/content/form-state';
import { findContentTypeBySegment } from '@/lib/content/registry';
import {
  createEntry,
  emptyTrash,
  restoreFromTrash,
  restoreRevision,
  saveEntry,
  transitionEntry,
  trashEntry,
  INTENT_PERMISSION,
  TRANSITION_PERMISSION,
  type MutationContext,
  type Transition,
} from '@/lib/content/server/mutations';
import { getRelationLabeler } from '@/lib/content/server/queries';
import { getDb } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { getClientAddress } from '@/lib/request';

// Every action here: authenticate → parse (zod) → authorize (again in lib/content/server/mutations)
// → mutate in one transaction → updateTag what the public reads → redirect or typed state.

const RefSchema = z.object({
  _type: z.string().max(40),
  _id: z.string().regex(/^[a-z0-9]{8,40}$/i),
  _version: z.coerce.number().int().min(1),
});

const IntentSchema = z.enum(['save', 'submit', 'publish']);
const TransitionSchema = z.enum(['submit', 'publish', 'return_to_draft', 'unpublish', 'archive', 'discard_draft']);

const SUCCESS_MESSAGE_KEYS: Record<string, string> = {
  save: 'enregistre',
  submit: 'soumis',
  publish: 'publie',
  return_to_draft: 'brouillon',
  unpublish: 'depublie',
  archive: 'archive',
  discard_draft: 'abandonne',
  restore_revision: 'version-restauree',
  restore: 'restaure',
};

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

async function context(permission: Permission): Promise<MutationContext & { user: CurrentUser }> {
  const user = await requirePermission(permission);
  return { user, actor: user, db: getDb(), ipAddress: getClientAddress(await headers()) };
}

function invalidate(tags: string[]): void {
  for (const tag of new Set(tags)) updateTag(tag);
}

function entryPath(definition: ContentTypeDefinition, id: string): string {
  return `/admin/contenus/${definition.segment}/${id}`;
}

async function conflictView(definition: ContentTypeDefinition, error: ContentConflictError, yours: RawValues): Promise<ConflictView | undefined> {
  const current = error.current;
  if (!current) return undefined;
  const parsedYours = parseContentValues(definition.fields, yours, definition.refine);
  const yourValues = parsedYours.success ? parsedYours.values : current.values;
  const labelOf = await getRelationLabeler(getDb(), definition, [current.values, yourValues, ...(current.baseValues ? [current.baseValues] : [])]);
  // Fields the other person changed (when what this form loaded is known), else every difference.
  const changedMeanwhile = current.baseValues ? new Set(diffValues(definition, current.baseValues, current.values, labelOf).map((change) => change.name)) : null;
  const changes = diffValues(definition, yourValues, current.values, labelOf)
    .filter((change) => !changedMeanwhile || changedMeanwhile.has(change.name))
    .map((change) => ({ name: change.name, label: change.label, theirs: change.after, yours: change.before }));
  return { savedBy: current.savedBy, savedAt: current.savedAt, statusLabel: publicationStatusLabels[current.status].toLowerCase(), changes };
}

/** Create or save an entry from the editing form. */
export async function saveContentAction(_previous: ContentFormState, formData: FormData): Promise<ContentFormState> {
  const definition = findContentTypeBySegment(field(formData, '_type'));
  if (!definition) return { status: 'error', key: randomUUID(), formError: 'Type de contenu inconnu.', fieldErrors: {}, values: {} };
  const raw = rawFromFormData(definition.fields, formData);
  const rawVersion = field(formData, '_version');
  const version = rawVersion ? Number(rawVersion) : undefined;
  const refuse = (formError: string, extra: Partial<Extract<ContentFormState, { status: 'error' }>> = {}): ContentFormState => ({
    status: 'error',
    key: randomUUID(),
    formError,
    fieldErrors: {},
    values: raw,
    version,
    ...extra,
  });

  const intent = IntentSchema.safeParse(field(formData, 'intent'));
  const id = field(formData, '_id');
  const ref = id ? RefSchema.safeParse({ _type: definition.segment, _id: id, _version: rawVersion }) : null;
  if (!intent.success || (ref && !ref.success)) return refuse('Formulaire incomplet : rechargez la page.');
  let ctx;
  try {
    // The permission this very request needs (publishing, submitting…): a refusal is journaled.
    ctx = await context(INTENT_PERMISSION[intent.data]);
  } catch (error) {
    if (isAppError(error)) return refuse(error.userMessage);
    throw error;
  }
  const parsed = parseContentValues(definition.fields, raw, definition.refine);
  if (!parsed.success) return refuse('Certains champs sont à corriger.', { fieldErrors: parsed.fieldErrors });

  let result;
  try {
    result = ref?.success
      ? await saveEntry(ctx, definition, { id: ref.data._id, version: ref.data._version, values: parsed.values, intent: intent.data })
      : await createEntry(ctx, definition, parsed.values, intent.data);
  } catch (error) {
    if (error instanceof ContentFieldError) return refuse(error.userMessage, { fieldErrors: error.fieldErrors });
    if (error instanceof ContentConflictError) {
      return refuse(error.userMessage, { conflict: await conflictView(definition, error, raw), version: error.current?.version ?? version });
    }
    if (isAppError(error)) return refuse(error.userMessage);
    throw error;
  }
  invalidate(result.invalidate);
  redirect(`${entryPath(definition, result.id)}?message=${SUCCESS_MESSAGE_KEYS[intent.data]}`);
}

function parseRef(formData: FormData) {
  const parsed = RefSchema.safeParse({ _type: field(formData, '_type'), _id: field(formData, '_id'), _version: field(formData, '_version') });
  const definition = parsed.success ? findContentTypeBySegment(parsed.data._type) : undefined;
  return parsed.success && definition ? { definition, id: parsed.data._id, version: parsed.data._version } : null;
}

const STALE_MESSAGE = 'Cette fiche a été modifiée entre-temps : rechargez la page pour voir sa dernière version.';

function actionError(error: unknown): ContentActionState {
  if (error instanceof DependentsError) return { status: 'error', message: error.userMessage, needsConfirmation: true };
  if (error instanceof ContentConflictError) return { status: 'error', message: STALE_MESSAGE };
  if (isAppError(error)) return { status: 'error', message: error.userMessage };
  throw error;
}

/** Workflow buttons of the edit page (submit, publish, unpublish…). */
export async function transitionContentAction(_previous: ContentActionState, formData: FormData): Promise<ContentActionState> {
  const ref = parseRef(formData);
  const transition = TransitionSchema.safeParse(field(formData, 'transition'));
  if (!ref || !transition.success) return { status: 'error', message: 'Demande incomplète : rechargez la page.' };
  let result;
  try {
    const ctx = await context(TRANSITION_PERMISSION[transition.data]);
    result = await transitionEntry(ctx, ref.definition, { id: ref.id, version: ref.version, transition: transition.data as Transition });
  } catch (error) {
    return actionError(error);
  }
  invalidate(result.invalidate);
  redirect(`${entryPath(ref.definition, ref.id)}?message=${SUCCESS_MESSAGE_KEYS[transition.data]}`);
}

/** Restores a revision from the history page, as a new version. */
export async function restoreRevisionAction(_previous: ContentActionState, formData: FormData): Promise<ContentActionState> {
  const ref = parseRef(formData);
  const fromVersion = z.coerce.number().int().min(1).safeParse(field(formData, 'fromVersion'));
  if (!ref || !fromVersion.success) return { status: 'error', message: 'Demande incomplète : rechargez la page.' };
  let result;
  try {
    const ctx = await context('content:edit');
    result = await restoreRevision(ctx, ref.definition, { id: ref.id, version: ref.version, fromVersion: fromVersion.data });
  } catch (error) {
    return actionError(error);
  }
  invalidate(result.invalidate);
  redirect(`${entryPath(ref.definition, ref.id)}?message=${SUCCESS_MESSAGE_KEYS.restore_revision}`);
}

/** Moves to the trash; with dependents, only once `cascade` is confirmed. */
export async function trashContentAction(_previous: ContentActionState, formData: FormData): Promise<ContentActionState> {
  const ref = parseRef(formData);
  if (!ref) return { status: 'error', message: 'Demande incomplète : rechargez la page.' };
  let result;
  try {
    const ctx = await context('content:delete');
    result = await trashEntry(ctx, ref.definition, { id: ref.id, version: ref.version, cascade: formData.get('cascade') === 'on' });
  } catch (error) {
    return actionError(error);
  }
  invalidate(result.invalidate);
  redirect(`/admin/contenus/${ref.definition.segment}?message=corbeille&nombre=${result.trashedCount}`);
}

export async function restoreFromTrashAction(_previous: ContentActionState, formData: FormData): Promise<ContentActionState> {
  const ref = parseRef(formData);
  if (!ref) return { status: 'error', message: 'Demande incomplète : rechargez la page.' };
  let result;
  try {
    const ctx = await context('content:delete');
    result = await restoreFromTrash(ctx, ref.definition, { id: ref.id, version: ref.version });
  } catch (error) {
    return actionError(error);
  }
  invalidate(result.invalidate);
  redirect(`${entryPath(ref.definition, ref.id)}?message=${SUCCESS_MESSAGE_KEYS.restore}`);
}

export async function emptyTrashAction(_previous: ContentActionState, formData: FormData): Promise<ContentActionState> {
  if (formData.get('confirm') !== 'on') return { status: 'error', message: 'Cochez la case pour confirmer la suppression définitive.' };
  let count;
  try {
    const ctx = await context('trash:empty');
    ({ count } = await emptyTrash(ctx));
  } catch (error) {
    return actionError(error);
  }
  redirect(`/admin/corbeille?message=videe&nombre=${count}`);
}
