'use server';

import { z } from 'zod';
import { staffAction, type ParseResult } from '@/lib/action';
import type { ContentTypeDefinition } from '@/lib/content/definition';
import { ContentConflictError, DependentsError } from '@/lib/content/errors';
import { parseContentValues, rawFromFormData, type ContentValues, type RawValues } from '@/lib/content/fields';
import type { ContentActionState, ContentFormState } from '@/lib/content/form-state';
import { findContentTypeBySegment } from '@/lib/content/registry';
import { buildConflictView } from '@/lib/content/server/conflict-view';
import {
  createEntry,
  emptyTrash,
  INTENT_PERMISSION,
  restoreFromTrash,
  restoreRevision,
  saveEntry,
  transitionEntry,
  TRANSITION_PERMISSION,
  trashEntry,
  verifyEntry,
  VERIFY_PERMISSION,
  type SaveIntent,
  type Transition,
} from '@/lib/content/server/mutations';
import { SAVE_INTENTS, TRANSITIONS } from '@/lib/content/server/permissions';

// Every action here goes through staffAction (lib/action.ts): authenticate → parse →
// authorize (the permission of the very step; the engine checks it again) → mutate in
// one transaction → updateTag what the public reads → redirect, or a typed refusal
// that keeps what was typed.

const RefSchema = z.object({
  _type: z.string().max(40),
  _id: z.string().regex(/^[a-z0-9]{8,40}$/i),
  _version: z.coerce.number().int().min(1),
});

const SUCCESS_MESSAGE_KEYS: Record<SaveIntent | Transition | 'restore_revision' | 'restore' | 'verify', string> = {
  save: 'enregistre',
  submit: 'soumis',
  publish: 'publie',
  return_to_draft: 'brouillon',
  unpublish: 'depublie',
  archive: 'archive',
  discard_draft: 'abandonne',
  restore_revision: 'version-restauree',
  restore: 'restaure',
  verify: 'verifie',
};

const INCOMPLETE_FORM = 'Formulaire incomplet : rechargez la page.';
const INCOMPLETE_REQUEST = 'Demande incomplète : rechargez la page.';
const STALE_MESSAGE = 'Cette fiche a été modifiée entre-temps : rechargez la page pour voir sa dernière version.';

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

function entryPath(definition: ContentTypeDefinition, id: string): string {
  return `/admin/contenus/${definition.segment}/${id}`;
}

function refused(formError: string): { success: false; fieldErrors: Record<string, string[]>; formError: string } {
  return { success: false, fieldErrors: {}, formError };
}

// ---------------------------------------------------------------------------
// The editing form

interface SaveRequest {
  definition: ContentTypeDefinition;
  raw: RawValues;
  values: ContentValues;
  intent: SaveIntent;
  /** Absent when creating. */
  ref: { id: string; version: number } | null;
}

function echoEditingForm(formData: FormData): RawValues {
  const definition = findContentTypeBySegment(field(formData, '_type'));
  return definition ? rawFromFormData(definition.fields, formData) : {};
}

function parseSaveRequest(formData: FormData): ParseResult<SaveRequest> {
  const definition = findContentTypeBySegment(field(formData, '_type'));
  if (!definition) return refused('Type de contenu inconnu.');
  const intent = z.enum(SAVE_INTENTS).safeParse(field(formData, 'intent'));
  const id = field(formData, '_id');
  const ref = id ? RefSchema.safeParse({ _type: definition.segment, _id: id, _version: field(formData, '_version') }) : null;
  if (!intent.success || (ref && !ref.success)) return refused(INCOMPLETE_FORM);
  const raw = rawFromFormData(definition.fields, formData);
  const parsed = parseContentValues(definition.fields, raw, definition.refine);
  if (!parsed.success) return { success: false, fieldErrors: parsed.fieldErrors };
  return {
    success: true,
    data: { definition, raw, values: parsed.values, intent: intent.data, ref: ref?.success ? { id: ref.data._id, version: ref.data._version } : null },
  };
}

function formVersion(formData: FormData): number | undefined {
  const version = Number(field(formData, '_version'));
  return Number.isInteger(version) && version > 0 ? version : undefined;
}

const saveContent = staffAction<SaveRequest, ContentFormState>(
  {
    // The permission this very request needs (publishing, submitting…): a refusal is journaled.
    permission: ({ intent }) => INTENT_PERMISSION[intent],
    parse: parseSaveRequest,
    echo: echoEditingForm,
    refusal: async (error, { definition, raw }) =>
      error instanceof ContentConflictError
        ? { formError: error.userMessage, conflict: await buildConflictView({ definition, error, yours: raw }), version: error.current?.version }
        : undefined,
  },
  async ({ definition, values, intent, ref }, context) => {
    const result = ref
      ? await saveEntry(context, definition, { id: ref.id, version: ref.version, values, intent })
      : await createEntry(context, definition, values, intent);
    context.invalidate(result.invalidate);
    context.redirectTo(`${entryPath(definition, result.id)}?message=${SUCCESS_MESSAGE_KEYS[intent]}`);
  },
);

/** Create or save an entry from the editing form. A refusal keeps the version the form was loaded at, unless a conflict gave a newer one. */
export async function saveContentAction(previous: ContentFormState, formData: FormData): Promise<ContentFormState> {
  const state = await saveContent(previous, formData);
  return state.status === 'error' && state.version === undefined ? { ...state, version: formVersion(formData) } : state;
}

// ---------------------------------------------------------------------------
// Buttons of the edit, history and trash pages

interface EntryRef {
  definition: ContentTypeDefinition;
  id: string;
  version: number;
}

function parseRef(formData: FormData): EntryRef | null {
  const parsed = RefSchema.safeParse({ _type: field(formData, '_type'), _id: field(formData, '_id'), _version: field(formData, '_version') });
  const definition = parsed.success ? findContentTypeBySegment(parsed.data._type) : undefined;
  return parsed.success && definition ? { definition, id: parsed.data._id, version: parsed.data._version } : null;
}

function parseWith<D extends object>(extra: (formData: FormData) => D | null) {
  return (formData: FormData): ParseResult<EntryRef & D> => {
    const ref = parseRef(formData);
    const more = extra(formData);
    return ref && more ? { success: true, data: { ...ref, ...more } } : refused(INCOMPLETE_REQUEST);
  };
}

function buttonRefusal(error: unknown): Partial<Extract<ContentActionState, { status: 'error' }>> | undefined {
  if (error instanceof DependentsError) return { needsConfirmation: true };
  if (error instanceof ContentConflictError) return { formError: STALE_MESSAGE };
  return undefined;
}

/** Workflow buttons of the edit page (submit, publish, unpublish…). */
export const transitionContentAction = staffAction<EntryRef & { transition: Transition }, ContentActionState>(
  {
    permission: ({ transition }) => TRANSITION_PERMISSION[transition],
    parse: parseWith((formData) => {
      const transition = z.enum(TRANSITIONS).safeParse(field(formData, 'transition'));
      return transition.success ? { transition: transition.data } : null;
    }),
    refusal: buttonRefusal,
  },
  async ({ definition, id, version, transition }, context) => {
    const result = await transitionEntry(context, definition, { id, version, transition });
    context.invalidate(result.invalidate);
    context.redirectTo(`${entryPath(definition, id)}?message=${SUCCESS_MESSAGE_KEYS[transition]}`);
  },
);

/** "Vérifié aujourd’hui" on the edit page: the entry, as loaded, matches its sources. */
export const verifyContentAction = staffAction<EntryRef, ContentActionState>(
  { permission: VERIFY_PERMISSION, parse: parseWith(() => ({})), refusal: buttonRefusal },
  async ({ definition, id, version }, context) => {
    const result = await verifyEntry(context, definition, { id, version });
    context.invalidate(result.invalidate);
    context.redirectTo(`${entryPath(definition, id)}?message=${SUCCESS_MESSAGE_KEYS.verify}`);
  },
);

/** Restores a revision from the history page, as a new version. */
export const restoreRevisionAction = staffAction<EntryRef & { fromVersion: number }, ContentActionState>(
  {
    permission: 'content:edit',
    parse: parseWith((formData) => {
      const fromVersion = z.coerce.number().int().min(1).safeParse(field(formData, 'fromVersion'));
      return fromVersion.success ? { fromVersion: fromVersion.data } : null;
    }),
    refusal: buttonRefusal,
  },
  async ({ definition, id, version, fromVersion }, context) => {
    const result = await restoreRevision(context, definition, { id, version, fromVersion });
    context.invalidate(result.invalidate);
    context.redirectTo(`${entryPath(definition, id)}?message=${SUCCESS_MESSAGE_KEYS.restore_revision}`);
  },
);

/** Moves to the trash; with dependents, only once `cascade` is confirmed. */
export const trashContentAction = staffAction<EntryRef & { cascade: boolean }, ContentActionState>(
  {
    permission: 'content:delete',
    parse: parseWith((formData) => ({ cascade: formData.get('cascade') === 'on' })),
    refusal: buttonRefusal,
  },
  async ({ definition, id, version, cascade }, context) => {
    const result = await trashEntry(context, definition, { id, version, cascade });
    context.invalidate(result.invalidate);
    context.redirectTo(`/admin/contenus/${definition.segment}?message=corbeille&nombre=${result.trashedCount}`);
  },
);

export const restoreFromTrashAction = staffAction<EntryRef, ContentActionState>(
  { permission: 'content:delete', parse: parseWith(() => ({})), refusal: buttonRefusal },
  async ({ definition, id, version }, context) => {
    const result = await restoreFromTrash(context, definition, { id, version });
    context.invalidate(result.invalidate);
    context.redirectTo(`${entryPath(definition, id)}?message=${SUCCESS_MESSAGE_KEYS.restore}`);
  },
);

export const emptyTrashAction = staffAction<{ confirmed: true }, ContentActionState>(
  {
    permission: 'trash:empty',
    parse: (formData) =>
      formData.get('confirm') === 'on' ? { success: true, data: { confirmed: true } } : refused('Cochez la case pour confirmer la suppression définitive.'),
  },
  async (_data, context) => {
    const { count } = await emptyTrash(context);
    context.redirectTo(`/admin/corbeille?message=videe&nombre=${count}`);
  },
);
