import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record';
import type { Transaction } from '@/lib/db/client';
import { AppError, isAppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ContentTypeDefinition } from '../definition';
import { entryTitle } from '../display';
import type { ContentEntityType } from '../entity-types';
import { ContentConflictError, DependentsError, type DependentCount } from '../errors';
import { contentEntityLabels, getContentType } from '../registry';
import { delegateOf, descriptorOf, invalidationTags, purgeOrder } from './descriptors';
import { findEntry, getEntryOrThrow, type LoadedEntry } from './entry';
import { assertCan } from './permissions';
import { audit, databaseOf, ensureBaseline, inTransaction, withConflictDetails, writeRevision, type MutationContext, type MutationResult } from './write';

/**
 * Trashing and restoring bump the version: the revision at the new version
 * carries what editors work on (a pending draft stays pending), as ADR 006's
 * invariant requires.
 */
async function keepEditorialState(tx: Transaction, context: MutationContext, definition: ContentTypeDefinition, entry: LoadedEntry): Promise<void> {
  await ensureBaseline(tx, definition, entry);
  await writeRevision(tx, definition, entry.id, entry.version + 1, entry.editorialStatus, entry.editorial, context.actor.id);
}

interface TrashedRow {
  entityType: ContentEntityType;
  id: string;
  slug: string | null;
  wasPublished: boolean;
}

async function countDependents(tx: Transaction, entityType: ContentEntityType, id: string): Promise<DependentCount[]> {
  const counts: DependentCount[] = [];
  for (const dependent of descriptorOf(entityType).dependents ?? []) {
    const count = await delegateOf(tx, dependent.entityType).count({ where: { [dependent.foreignKey]: id, deletedAt: null } });
    if (count > 0) counts.push({ entityType: dependent.entityType, count });
  }
  return counts;
}

/** Marks one row and, recursively, what depends on it. */
async function trashCascade(tx: Transaction, context: MutationContext, entityType: ContentEntityType, id: string, cause: { entityType: string; id: string } | null, trashed: TrashedRow[]) {
  const definition = getContentType(entityType);
  const entry = await findEntry({ db: tx, definition, id });
  if (!entry) return;
  const { count } = await delegateOf(tx, entityType).updateMany({ where: { id, version: entry.version, deletedAt: null }, data: { deletedAt: new Date(), version: entry.version + 1 } });
  if (count === 0) throw new ContentConflictError(null);
  await keepEditorialState(tx, context, definition, entry);
  const slug = entry.live.slug;
  trashed.push({ entityType, id, slug: typeof slug === 'string' ? slug : null, wasPublished: entry.status === 'PUBLISHED' });
  await audit(tx, context, 'content.trashed', definition, id, {
    title: entryTitle(definition, entry.live),
    version: entry.version + 1,
    ...(cause ? { with: `${cause.entityType}:${cause.id}` } : {}),
  });
  for (const dependent of descriptorOf(entityType).dependents ?? []) {
    const children = await delegateOf(tx, dependent.entityType).findMany({ where: { [dependent.foreignKey]: id, deletedAt: null }, select: { id: true } });
    for (const child of children) await trashCascade(tx, context, dependent.entityType, String(child.id), { entityType, id }, trashed);
  }
}

function describeDependents(dependents: DependentCount[]): string {
  return dependents.map((dependent) => `${contentEntityLabels[dependent.entityType].toLowerCase()} : ${dependent.count}`).join(', ');
}

/**
 * Moves an entry to the trash. Entries that cannot exist without it (a
 * métropole's plans and projects, a source's figures) go with it only when
 * `cascade` confirms it; otherwise DependentsError lists them.
 */
export async function trashEntry(context: MutationContext, definition: ContentTypeDefinition, options: { id: string; version: number; cascade: boolean }): Promise<MutationResult & { trashedCount: number }> {
  assertCan(context.actor, 'content:delete');
  return withConflictDetails(context, definition, options.id, options.version, () =>
    inTransaction(context, definition, async (tx) => {
      const entry = await getEntryOrThrow({ db: tx, definition, id: options.id });
      if (entry.version !== options.version) throw new ContentConflictError(null);
      for (const blocker of descriptorOf(definition.entityType).trashBlockers ?? []) {
        const count = await blocker.count(tx, entry.id);
        if (count > 0) throw new AppError('CONFLICT', { userMessage: blocker.message(count) });
      }
      const dependents = await countDependents(tx, definition.entityType, entry.id);
      if (dependents.length > 0 && !options.cascade) {
        throw new DependentsError(
          dependents,
          `Cette fiche est utilisée par des fiches qui ne peuvent pas exister sans elle (${describeDependents(dependents)}). Confirmez pour les mettre aussi à la corbeille (tout reste restaurable), ou rattachez-les d’abord ailleurs.`,
        );
      }
      const trashed: TrashedRow[] = [];
      await trashCascade(tx, context, definition.entityType, entry.id, null, trashed);
      const invalidate = trashed.filter((row) => row.wasPublished).flatMap((row) => invalidationTags(row.entityType, [row.slug]));
      return { id: entry.id, version: entry.version + 1, status: entry.status, invalidate: [...new Set(invalidate)], trashedCount: trashed.length };
    }),
  );
}

/** Takes an entry out of the trash, unless something it needs is still there. */
export async function restoreFromTrash(context: MutationContext, definition: ContentTypeDefinition, options: { id: string; version: number }): Promise<MutationResult> {
  assertCan(context.actor, 'content:delete');
  return inTransaction(context, definition, async (tx) => {
    const delegate = delegateOf(tx, definition.entityType);
    const entry = await getEntryOrThrow({ db: tx, definition, id: options.id, includeTrashed: true });
    if (!entry.deletedAt) throw new AppError('INVALID_INPUT', { userMessage: 'Cette fiche n’est pas dans la corbeille.' });
    if (entry.version !== options.version) throw new ContentConflictError(null);
    for (const field of definition.fields) {
      const id = entry.live[field.name];
      if (field.kind !== 'relation' || !field.required || typeof id !== 'string') continue;
      const parent = await delegateOf(tx, field.target).findUnique({ where: { id }, select: { deletedAt: true } });
      if (parent?.deletedAt) {
        const parentType = getContentType(field.target);
        throw new AppError('CONFLICT', { userMessage: `Restaurez d’abord ${field.label.toLowerCase()} (${parentType.singular}), qui est aussi dans la corbeille.` });
      }
    }
    const { count } = await delegate.updateMany({ where: { id: entry.id, version: entry.version }, data: { deletedAt: null, version: entry.version + 1 } });
    if (count === 0) throw new ContentConflictError(null);
    await keepEditorialState(tx, context, definition, entry);
    await audit(tx, context, 'content.restored', definition, entry.id, { title: entryTitle(definition, entry.live), version: entry.version + 1 });
    return {
      id: entry.id,
      version: entry.version + 1,
      status: entry.status,
      invalidate: entry.status === 'PUBLISHED' ? invalidationTags(definition.entityType, [entry.live.slug as string]) : [],
    };
  });
}

/** Deletes for good everything in the trash (admins only), with its revisions and redirects. */
export async function emptyTrash(context: MutationContext): Promise<{ count: number }> {
  assertCan(context.actor, 'trash:empty');
  try {
    return await databaseOf(context).$transaction(async (tx) => {
      const counts: Record<string, number> = {};
      let total = 0;
      for (const entityType of purgeOrder()) {
        const delegate = delegateOf(tx, entityType);
        const rows = await delegate.findMany({ where: { deletedAt: { not: null } }, select: { id: true } });
        if (rows.length === 0) continue;
        const ids = rows.map((row) => String(row.id));
        await tx.revision.deleteMany({ where: { entityType, entityId: { in: ids } } });
        await tx.slugRedirect.deleteMany({ where: { entityType, entityId: { in: ids } } });
        const { count } = await delegate.deleteMany({ where: { id: { in: ids } } });
        counts[entityType] = count;
        total += count;
      }
      await recordAuditEvent(tx, { action: 'content.trash_emptied', actor: context.actor, ipAddress: context.ipAddress, details: { total, counts } });
      return { count: total };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003') {
      throw new AppError('CONFLICT', {
        userMessage: 'Des fiches en ligne utilisent encore certains éléments de la corbeille (par exemple une métropole présentée dans un compte rendu) : restaurez-les ou retirez ces liens, puis recommencez. Rien n’a été supprimé.',
      });
    }
    if (isAppError(error)) throw error;
    throw error;
  }
}
