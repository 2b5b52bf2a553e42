import 'server-only';
import type { Transaction } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import type { ContentTypeDefinition } from '../definition';
import { entryTitle } from '../display';
import { ContentConflictError } from '../errors';
import { parseContentValues, rawFromValues, type ContentValues } from '../fields';
import { assertPublishableSources, prepareValues } from './checks';
import { invalidationTags } from './descriptors';
import { getEntryOrThrow } from './entry';
import { assertCan, INTENT_PERMISSION, type SaveIntent } from './permissions';
import {
  audit,
  bumpVersion,
  databaseOf,
  ensureBaseline,
  inTransaction,
  withConflictDetails,
  writeLive,
  writeRevision,
  type MutationContext,
  type MutationResult,
} from './write';

export function statusAfterSave(intent: SaveIntent, current: PublicationStatus): PublicationStatus {
  if (intent === 'publish') return 'PUBLISHED';
  if (intent === 'submit') return 'IN_REVIEW';
  return current === 'PUBLISHED' ? 'DRAFT' : current;
}

export const STATUS_ACTION: Partial<Record<PublicationStatus, string>> = {
  IN_REVIEW: 'content.submitted',
  PUBLISHED: 'content.published',
};

export interface SaveEntryOptions {
  id: string;
  /** The version the form was loaded at. */
  version: number;
  values: ContentValues;
  intent: SaveIntent;
}

function changedFields(before: ContentValues, after: ContentValues): string[] {
  return Object.keys(after).filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null));
}

async function saveInTransaction(tx: Transaction, context: MutationContext, definition: ContentTypeDefinition, options: SaveEntryOptions, auditAction: string, extraDetails: Record<string, Prisma.InputJsonValue | null> = {}): Promise<MutationResult> {
  const entry = await getEntryOrThrow({ db: tx, definition, id: options.id });
  if (entry.version !== options.version) throw new ContentConflictError(null);
  const values = await prepareValues(tx, definition, options.values, entry.id, entry.editorial);
  const title = entryTitle(definition, values);
  const fields = changedFields(entry.editorial, values);
  const status = statusAfterSave(options.intent, entry.editorialStatus);
  if (status === 'PUBLISHED') await assertPublishableSources(tx, definition, values);

  if (entry.status === 'PUBLISHED' && status !== 'PUBLISHED') {
    // A change to a live entry waits as a pending draft: the public keeps seeing the published version.
    const version = await bumpVersion(tx, definition, entry, {});
    await ensureBaseline(tx, definition, entry);
    await writeRevision(tx, definition, entry.id, version, status, values, context.actor.id);
    await audit(tx, context, auditAction, definition, entry.id, { title, version, status, pending: true, fields, ...extraDetails });
    if (status === 'IN_REVIEW') await audit(tx, context, 'content.submitted', definition, entry.id, { title, version, pending: true });
    return { id: entry.id, version, status, invalidate: [] };
  }

  const version = await writeLive(tx, definition, entry, values, status);
  await ensureBaseline(tx, definition, entry);
  await writeRevision(tx, definition, entry.id, version, status, values, context.actor.id);
  await audit(tx, context, auditAction, definition, entry.id, { title, version, status, fields, ...extraDetails });
  const statusAction = status !== entry.editorialStatus ? STATUS_ACTION[status] : undefined;
  if (statusAction) await audit(tx, context, statusAction, definition, entry.id, { title, version });
  const isPublic = entry.status === 'PUBLISHED' || status === 'PUBLISHED';
  return { id: entry.id, version, status, invalidate: isPublic ? invalidationTags(definition.entityType, [entry.live.slug as string, values.slug as string]) : [] };
}

/** Saves a form. Throws ContentConflictError when the entry changed since `version`. */
export async function saveEntry(context: MutationContext, definition: ContentTypeDefinition, options: SaveEntryOptions): Promise<MutationResult> {
  assertCan(context.actor, INTENT_PERMISSION[options.intent]);
  return withConflictDetails(context, definition, options.id, options.version, () =>
    inTransaction(context, definition, (tx) => saveInTransaction(tx, context, definition, options, 'content.updated')),
  );
}

/** Restoring a revision saves its values as a new version (a pending draft if the entry is live). */
export async function restoreRevision(context: MutationContext, definition: ContentTypeDefinition, options: { id: string; version: number; fromVersion: number }): Promise<MutationResult> {
  assertCan(context.actor, 'content:edit');
  const revision = await databaseOf(context).revision.findUnique({
    where: { entityType_entityId_version: { entityType: definition.entityType, entityId: options.id, version: options.fromVersion } },
    select: { snapshot: true },
  });
  if (!revision) throw new AppError('NOT_FOUND', { userMessage: 'Cette version n’existe pas.' });
  // Old snapshots go through today's rules: a restored version is as valid as a typed one.
  const parsed = parseContentValues(definition.fields, rawFromValues(definition.fields, revision.snapshot as ContentValues), definition.refine);
  if (!parsed.success) {
    const problems = Object.entries(parsed.fieldErrors).map(([name, messages]) => `${definition.fields.find((field) => field.name === name.split('.')[0])?.label ?? name} : ${messages.join(' ')}`);
    throw new AppError('INVALID_INPUT', { userMessage: `Cette version ne respecte plus les règles actuelles (${problems.join(' ; ')}). Modifiez la fiche à la main.` });
  }
  return withConflictDetails(context, definition, options.id, options.version, () =>
    inTransaction(context, definition, (tx) =>
      saveInTransaction(tx, context, definition, { id: options.id, version: options.version, values: parsed.values, intent: 'save' }, 'content.revision_restored', { restoredFrom: options.fromVersion }),
    ),
  );
}

