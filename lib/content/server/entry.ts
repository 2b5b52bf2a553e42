import 'server-only';
import { AppError } from '@/lib/errors';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import type { ContentTypeDefinition } from '../definition';
import type { ContentValues } from '../fields';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import { delegateOf } from './descriptors';
import { rowToValues, valuesSelect } from './values';

export interface LoadedEntry {
  id: string;
  version: number;
  /** Status of the live row: what the public sees is PUBLISHED only. */
  status: PublicationStatus;
  /** Status of what editors work on: a pending draft's status when there is one. */
  editorialStatus: PublicationStatus;
  deletedAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  /** Last day an editor checked the entry against its sources ("2026-12-01"); null: never. Written only by verifyEntry. */
  lastVerifiedOn: string | null;
  /** Values of the live row. */
  live: ContentValues;
  /** Values editors work on: the pending draft of a published entry, else the live values. */
  editorial: ContentValues;
  hasPendingDraft: boolean;
  latestRevision: { version: number; status: PublicationStatus; createdAt: Date; authorName: string | null } | null;
}

export interface FindEntryOptions {
  definition: ContentTypeDefinition;
  id: string;
  /** Also find an entry in the trash (its page offers to restore it). */
  includeTrashed?: boolean;
  db?: DbClient;
}

/**
 * One entry with its editorial state, or null when it does not exist (or is in
 * the trash, unless asked). Invariant (ADR 006): the latest revision
 * (version = row.version) holds what editors work on; it differs from the live
 * row only for a published entry with a pending draft.
 */
export async function findEntry({ definition, id, includeTrashed = false, db = getDb() }: FindEntryOptions): Promise<LoadedEntry | null> {
  const row = await delegateOf(db, definition.entityType).findUnique({
    where: { id },
    select: { ...valuesSelect(definition), id: true, status: true, version: true, deletedAt: true, publishedAt: true, updatedAt: true, lastVerifiedOn: true },
  });
  if (!row || (row.deletedAt !== null && !includeTrashed)) return null;
  const version = Number(row.version);
  const status = row.status as PublicationStatus;
  const revision = await db.revision.findUnique({
    where: { entityType_entityId_version: { entityType: definition.entityType, entityId: id, version } },
    select: { version: true, status: true, createdAt: true, snapshot: true, author: { select: { name: true } } },
  });
  const live = rowToValues(definition, row);
  const hasPendingDraft = status === 'PUBLISHED' && revision !== null && revision.status !== 'PUBLISHED';
  return {
    id,
    version,
    status,
    editorialStatus: hasPendingDraft ? revision.status : status,
    deletedAt: row.deletedAt as Date | null,
    publishedAt: row.publishedAt as Date | null,
    updatedAt: row.updatedAt as Date,
    lastVerifiedOn: row.lastVerifiedOn instanceof Date ? row.lastVerifiedOn.toISOString().slice(0, 10) : null,
    live,
    editorial: hasPendingDraft ? { ...live, ...(revision.snapshot as ContentValues) } : live,
    hasPendingDraft,
    latestRevision: revision
      ? { version: revision.version, status: revision.status, createdAt: revision.createdAt, authorName: revision.author?.name ?? null }
      : null,
  };
}

/** The same, for writes: AppError NOT_FOUND (with the reason) instead of null. */
export async function getEntryOrThrow(options: FindEntryOptions): Promise<LoadedEntry> {
  const entry = await findEntry(options);
  if (entry) return entry;
  const isTrashed = !options.includeTrashed && (await findEntry({ ...options, includeTrashed: true })) !== null;
  throw new AppError('NOT_FOUND', { userMessage: isTrashed ? 'Cette fiche est dans la corbeille.' : 'Cette fiche n’existe pas.' });
}
