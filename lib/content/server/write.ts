import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAuditEvent } from '@/lib/audit/record';
import { getDb } from '@/lib/db';
import type { Database, Transaction } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import type { ContentTypeDefinition } from '../definition';
import { ContentConflictError, ContentFieldError } from '../errors';
import type { ContentValues } from '../fields';
import { delegateOf, descriptorOf } from './descriptors';
import { findEntry, type LoadedEntry } from './entry';
import { slugTakenMessage } from './slugs';
import { columnData, relationData } from './values';

// The steps every mutation of the engine shares (ADR 006).

export interface MutationContext {
  actor: Actor;
  ipAddress?: string | null;
  /** The app's client unless a test or a script passes its own. */
  db?: Database;
}

/** What a mutation reports: the caller invalidates `invalidate` once committed. */
export interface MutationResult {
  id: string;
  version: number;
  /** Status of the entry as editors see it (a pending draft's, if any). */
  status: PublicationStatus;
  /** Cache tags to updateTag once committed (empty when nothing public changed). */
  invalidate: string[];
}

export function databaseOf(context: MutationContext): Database {
  return context.db ?? getDb();
}

/** Runs a write; database refusals that input can cause become field errors, never a 500. */
export async function inTransaction<T>(context: MutationContext, definition: ContentTypeDefinition, run: (tx: Transaction) => Promise<T>): Promise<T> {
  try {
    return await databaseOf(context).$transaction(run);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === 'P2002') {
        const detail = JSON.stringify(error.meta ?? {}) + error.message;
        if (/slug/i.test(detail)) throw new ContentFieldError({ slug: [slugTakenMessage(definition)] });
        if (/Revision/i.test(detail)) throw new ContentConflictError(null);
        throw new ContentFieldError({}, 'Une autre fiche porte déjà ces valeurs uniques : vérifiez le nom, l’adresse et les identifiants.');
      }
      if (error.code === 'P2003' || error.code === 'P2025') {
        throw new ContentFieldError({}, 'Un élément lié n’existe plus : rechargez la page et choisissez-en un autre.');
      }
      if (error.code === 'P2034') throw new ContentConflictError(null);
    }
    throw error;
  }
}

export async function writeRevision(tx: Transaction, definition: ContentTypeDefinition, id: string, version: number, status: PublicationStatus, values: ContentValues, authorId: string | null) {
  await tx.revision.create({
    data: { entityType: definition.entityType, entityId: id, version, status, snapshot: values as Prisma.InputJsonValue, authorId },
  });
}

/**
 * Entries seeded or created before revisions existed have no snapshot of their
 * current version: keep one before the first change, so history can go back to it.
 */
export async function ensureBaseline(tx: Transaction, definition: ContentTypeDefinition, entry: LoadedEntry): Promise<void> {
  if (entry.latestRevision) return;
  await writeRevision(tx, definition, entry.id, entry.version, entry.status, entry.live, null);
}

/** The one guarded write: a count of 0 means someone saved first. */
export async function bumpVersion(tx: Transaction, definition: ContentTypeDefinition, entry: LoadedEntry, data: Record<string, unknown>): Promise<number> {
  const { count } = await delegateOf(tx, definition.entityType).updateMany({
    where: { id: entry.id, version: entry.version, deletedAt: null },
    data: { ...data, version: entry.version + 1 },
  });
  if (count === 0) throw new ContentConflictError(null);
  return entry.version + 1;
}

/** Writes values to the live row (what the public reads once published), keeping old slugs redirecting. */
export async function writeLive(tx: Transaction, definition: ContentTypeDefinition, entry: LoadedEntry, values: ContentValues, status: PublicationStatus): Promise<number> {
  const version = await bumpVersion(tx, definition, entry, {
    ...columnData(definition, values),
    status,
    ...(status === 'PUBLISHED' ? { publishedAt: new Date() } : {}),
  });
  await delegateOf(tx, definition.entityType).update({ where: { id: entry.id }, data: relationData(definition, values, 'update'), select: { id: true } });
  const oldSlug = entry.live.slug;
  const newSlug = values.slug;
  if (definition.slugFrom && typeof oldSlug === 'string' && typeof newSlug === 'string' && oldSlug !== newSlug) {
    // Renaming back to a former slug: that redirect is no longer needed.
    await tx.slugRedirect.deleteMany({ where: { entityType: definition.entityType, slug: newSlug, entityId: entry.id } });
    if (entry.publishedAt !== null) {
      await tx.slugRedirect.upsert({
        where: { entityType_slug: { entityType: definition.entityType, slug: oldSlug } },
        create: { entityType: definition.entityType, slug: oldSlug, entityId: entry.id },
        update: { entityId: entry.id },
      });
    }
  }
  if (status === 'PUBLISHED') await afterPublish(tx, definition, entry.id, values, entry.publishedAt === null);
  return version;
}

/** The type's own publish hook, in the publishing transaction (ADR 006, 016). */
export async function afterPublish(tx: Transaction, definition: ContentTypeDefinition, id: string, values: ContentValues, isFirstPublication: boolean): Promise<void> {
  await descriptorOf(definition.entityType).afterPublish?.(tx, { id, values, isFirstPublication });
}

export async function audit(tx: Transaction, context: MutationContext, action: string, definition: ContentTypeDefinition, id: string, details: Record<string, Prisma.InputJsonValue | null>) {
  await recordAuditEvent(tx, {
    action,
    actor: context.actor,
    entityType: definition.entityType,
    entityId: id,
    ipAddress: context.ipAddress,
    details: details as Prisma.InputJsonValue,
  });
}

/** Turns a bare conflict into one that says what the other person saved. */
export async function withConflictDetails<T>(context: MutationContext, definition: ContentTypeDefinition, id: string, baseVersion: number, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ContentConflictError) || error.current) throw error;
    const db = databaseOf(context);
    const entry = await findEntry({ db, definition, id, includeTrashed: true });
    if (!entry) throw new AppError('NOT_FOUND', { userMessage: 'Cette fiche n’existe plus.' });
    if (entry.deletedAt) throw new AppError('NOT_FOUND', { userMessage: 'Cette fiche a été mise à la corbeille entre-temps.' });
    const base = await db.revision.findUnique({
      where: { entityType_entityId_version: { entityType: definition.entityType, entityId: id, version: baseVersion } },
      select: { snapshot: true },
    });
    throw new ContentConflictError({
      version: entry.version,
      status: entry.editorialStatus,
      values: entry.editorial,
      baseValues: (base?.snapshot as ContentValues | undefined) ?? null,
      savedBy: entry.latestRevision?.authorName ?? null,
      savedAt: (entry.latestRevision?.createdAt ?? entry.updatedAt).toISOString(),
    });
  }
}
