import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record';
import { can, type Permission, type Role } from '@/lib/auth/roles';
import { contentEntityLabels, type ContentEntityType } from '@/lib/dashboard/content-types';
import type { Database } from '@/lib/db/client';
import { AppError, isAppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import { slugify } from '@/lib/slug';
import type { ContentTypeDefinition } from '../definition';
import { entryTitle } from '../display';
import { ContentConflictError, ContentFieldError, DependentsError, type DependentCount } from '../errors';
import { parseContentValues, rawFromValues, type ContentValues, type FieldErrors } from '../fields';
import { getContentType } from '../registry';
import {
  checkWithDatabase,
  columnData,
  delegateOf,
  DEPENDENTS,
  invalidationTags,
  linkedIds,
  PURGE_ORDER,
  relationData,
  type Transaction,
} from './persistence';
import { loadEntry, type LoadedEntry } from './entry';

export interface Actor {
  id: string;
  email: string;
  role: Role;
}

export interface MutationContext {
  db: Database;
  actor: Actor;
  ipAddress?: string | null;
}

/** What the form's buttons ask for: keep as draft, send to review, put online. */
export type SaveIntent = 'save' | 'submit' | 'publish';

/** Workflow moves that change the status without new values. */
export type Transition = 'submit' | 'publish' | 'return_to_draft' | 'unpublish' | 'archive' | 'discard_draft';

export interface MutationResult {
  id: string;
  version: number;
  /** Status of the entry as editors see it (a pending draft's, if any). */
  status: PublicationStatus;
  /** Cache tags to updateTag once committed (empty when nothing public changed). */
  invalidate: string[];
}

export const INTENT_PERMISSION: Record<SaveIntent, Permission> = {
  save: 'content:edit',
  submit: 'content:submit',
  publish: 'content:publish',
};

export const TRANSITION_PERMISSION: Record<Transition, Permission> = {
  submit: 'content:submit',
  publish: 'content:publish',
  return_to_draft: 'content:publish',
  unpublish: 'content:publish',
  archive: 'content:publish',
  discard_draft: 'content:edit',
};

function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError('FORBIDDEN');
}

function slugTakenMessage(definition: ContentTypeDefinition): string {
  return `Cette adresse est déjà utilisée par une autre fiche (${definition.plural}). Choisissez-en une autre.`;
}

/** Runs a write; database refusals that input can cause become field errors, never a 500. */
async function inTransaction<T>(db: Database, definition: ContentTypeDefinition, run: (tx: Transaction) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(run);
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

// ---------------------------------------------------------------------------
// Checks before a write

async function isSlugFree(tx: Transaction, definition: ContentTypeDefinition, slug: string, selfId: string | null): Promise<boolean> {
  const owner = await delegateOf(tx, definition.entityType).findFirst({ where: { slug }, select: { id: true } });
  if (owner && owner.id !== selfId) return false;
  // A former slug keeps redirecting to its entry: it is not free for another one.
  const redirect = await tx.slugRedirect.findUnique({ where: { entityType_slug: { entityType: definition.entityType, slug } }, select: { entityId: true } });
  return !redirect || redirect.entityId === selfId;
}

/** The slug typed, or one generated from the name ("lyon", then "lyon-2"…). */
async function resolveSlug(tx: Transaction, definition: ContentTypeDefinition, values: ContentValues, selfId: string | null): Promise<ContentValues> {
  if (!definition.slugFrom) return values;
  if (typeof values.slug === 'string') {
    if (!(await isSlugFree(tx, definition, values.slug, selfId))) throw new ContentFieldError({ slug: [slugTakenMessage(definition)] });
    return values;
  }
  const base = (slugify(String(values[definition.slugFrom] ?? '')) || 'fiche').slice(0, 100).replace(/-+$/, '');
  for (let attempt = 1; attempt < 200; attempt += 1) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`;
    if (await isSlugFree(tx, definition, candidate, selfId)) return { ...values, slug: candidate };
  }
  throw new ContentFieldError({ slug: ['Impossible de générer une adresse libre : saisissez-en une.'] });
}

/** Linked entries must exist and not be in the trash (those already linked may stay). */
async function checkLinks(tx: Transaction, definition: ContentTypeDefinition, values: ContentValues, previous: ContentValues | null): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const links = linkedIds(definition, values);
  const previouslyLinked = new Set(previous ? linkedIds(definition, previous).map((link) => `${link.target}:${link.id}`) : []);
  const byTarget = new Map<ContentEntityType, Set<string>>();
  for (const link of links) byTarget.set(link.target, (byTarget.get(link.target) ?? new Set()).add(link.id));
  const usable = new Set<string>();
  for (const [target, ids] of byTarget) {
    const rows = await delegateOf(tx, target).findMany({ where: { id: { in: [...ids] } }, select: { id: true, deletedAt: true } });
    for (const row of rows) {
      const key = `${target}:${String(row.id)}`;
      if (row.deletedAt === null || previouslyLinked.has(key)) usable.add(key);
    }
  }
  for (const link of links) {
    if (!usable.has(`${link.target}:${link.id}`)) {
      (errors[link.path] ??= []).push('Cet élément n’existe plus ou est dans la corbeille : choisissez-en un autre.');
    }
  }
  return errors;
}

async function prepareValues(tx: Transaction, definition: ContentTypeDefinition, values: ContentValues, selfId: string | null, previous: ContentValues | null): Promise<ContentValues> {
  const withSlug = await resolveSlug(tx, definition, values, selfId);
  const errors = { ...(await checkLinks(tx, definition, withSlug, previous)), ...(await checkWithDatabase(tx, definition, withSlug, selfId)) };
  if (Object.keys(errors).length > 0) throw new ContentFieldError(errors);
  return withSlug;
}

// ---------------------------------------------------------------------------
// Writes

async function writeRevision(tx: Transaction, definition: ContentTypeDefinition, id: string, version: number, status: PublicationStatus, values: ContentValues, authorId: string | null) {
  await tx.revision.create({
    data: { entityType: definition.entityType, entityId: id, version, status, snapshot: values as Prisma.InputJsonValue, authorId },
  });
}

/**
 * Entries seeded or created before revisions existed have no snapshot of their
 * current version: keep one before the first change, so history can go back to it.
 */
async function ensureBaseline(tx: Transaction, definition: ContentTypeDefinition, entry: LoadedEntry): Promise<void> {
  if (entry.latestRevision) return;
  await writeRevision(tx, definition, entry.id, entry.version, entry.status, entry.live, null);
}

/** The one guarded write: a count of 0 means someone saved first. */
async function bumpVersion(tx: Transaction, definition: ContentTypeDefinition, entry: LoadedEntry, data: Record<string, unknown>): Promise<number> {
  const { count } = await delegateOf(tx, definition.entityType).updateMany({
    where: { id: entry.id, version: entry.version, deletedAt: null },
    data: { ...data, version: entry.version + 1 },
  });
  if (count === 0) throw new ContentConflictError(null);
  return entry.version + 1;
}

/** Writes values to the live row (what the public reads once published). */
async function writeLive(tx: Transaction, definition: ContentTypeDefinition, entry: LoadedEntry, values: ContentValues, status: PublicationStatus): Promise<number> {
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
  return version;
}

function changedFields(before: ContentValues, after: ContentValues): string[] {
  return Object.keys(after).filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null));
}

async function audit(tx: Transaction, context: MutationContext, action: string, definition: ContentTypeDefinition, id: string, details: Record<string, Prisma.InputJsonValue | null>) {
  await recordAuditEvent(tx, {
    action,
    actor: context.actor,
    entityType: definition.entityType,
    entityId: id,
    ipAddress: context.ipAddress,
    details: details as Prisma.InputJsonValue,
  });
}

function statusAfterSave(intent: SaveIntent, current: PublicationStatus): PublicationStatus {
  if (intent === 'publish') return 'PUBLISHED';
  if (intent === 'submit') return 'IN_REVIEW';
  return current === 'PUBLISHED' ? 'DRAFT' : current;
}

const STATUS_ACTION: Partial<Record<PublicationStatus, string>> = {
  IN_REVIEW: 'content.submitted',
  PUBLISHED: 'content.published',
};

// ---------------------------------------------------------------------------
// Public API of the engine

export async function createEntry(context: MutationContext, definition: ContentTypeDefinition, input: ContentValues, intent: SaveIntent): Promise<MutationResult> {
  assertCan(context.actor, 'content:create');
  assertCan(context.actor, INTENT_PERMISSION[intent]);
  const status = statusAfterSave(intent, 'DRAFT');
  return inTransaction(context.db, definition, async (tx) => {
    const values = await prepareValues(tx, definition, input, null, null);
    const created = await delegateOf(tx, definition.entityType).create({
      data: {
        ...columnData(definition, values),
        ...relationData(definition, values, 'create'),
        status,
        version: 1,
        publishedAt: status === 'PUBLISHED' ? new Date() : null,
      },
      select: { id: true },
    });
    const id = String(created.id);
    await writeRevision(tx, definition, id, 1, status, values, context.actor.id);
    const title = entryTitle(definition, values);
    await audit(tx, context, 'content.created', definition, id, { title, version: 1, status });
    const statusAction = STATUS_ACTION[status];
    if (statusAction) await audit(tx, context, statusAction, definition, id, { title, version: 1 });
    return { id, version: 1, status, invalidate: status === 'PUBLISHED' ? invalidationTags(definition.entityType, [values.slug as string]) : [] };
  });
}

interface SaveOptions {
  id: string;
  /** The version the form was loaded at. */
  version: number;
  values: ContentValues;
  intent: SaveIntent;
}

async function saveInTransaction(tx: Transaction, context: MutationContext, definition: ContentTypeDefinition, options: SaveOptions, auditAction: string, extraDetails: Record<string, Prisma.InputJsonValue | null> = {}): Promise<MutationResult> {
  const entry = await loadEntry(tx, definition, options.id);
  if (entry.version !== options.version) throw new ContentConflictError(null);
  const values = await prepareValues(tx, definition, options.values, entry.id, entry.editorial);
  const title = entryTitle(definition, values);
  const fields = changedFields(entry.editorial, values);
  const status = statusAfterSave(options.intent, entry.editorialStatus);

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
export async function saveEntry(context: MutationContext, definition: ContentTypeDefinition, options: SaveOptions): Promise<MutationResult> {
  assertCan(context.actor, INTENT_PERMISSION[options.intent]);
  return withConflictDetails(context, definition, options.id, options.version, () =>
    inTransaction(context.db, definition, (tx) => saveInTransaction(tx, context, definition, options, 'content.updated')),
  );
}

/** Restoring a revision saves its values as a new version (a pending draft if the entry is live). */
export async function restoreRevision(context: MutationContext, definition: ContentTypeDefinition, options: { id: string; version: number; fromVersion: number }): Promise<MutationResult> {
  assertCan(context.actor, 'content:edit');
  const revision = await context.db.revision.findUnique({
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
    inTransaction(context.db, definition, (tx) =>
      saveInTransaction(tx, context, definition, { id: options.id, version: options.version, values: parsed.values, intent: 'save' }, 'content.revision_restored', { restoredFrom: options.fromVersion }),
    ),
  );
}

const TRANSITION_AUDIT: Record<Transition, string> = {
  submit: 'content.submitted',
  publish: 'content.published',
  return_to_draft: 'content.returned_to_draft',
  unpublish: 'content.unpublished',
  archive: 'content.archived',
  discard_draft: 'content.draft_discarded',
};

const TRANSITION_REFUSED: Record<Transition, string> = {
  submit: 'Seul un brouillon peut être soumis pour relecture.',
  publish: 'Il n’y a rien de nouveau à publier.',
  return_to_draft: 'Seule une fiche en relecture ou archivée peut repasser en brouillon.',
  unpublish: 'Cette fiche n’est pas en ligne.',
  archive: 'Cette fiche est déjà archivée.',
  discard_draft: 'Il n’y a pas de modification en attente à abandonner.',
};

/** Status changes of the workflow (buttons of the edit page). */
export async function transitionEntry(context: MutationContext, definition: ContentTypeDefinition, options: { id: string; version: number; transition: Transition }): Promise<MutationResult> {
  const { transition } = options;
  assertCan(context.actor, TRANSITION_PERMISSION[transition]);
  return withConflictDetails(context, definition, options.id, options.version, () =>
    inTransaction(context.db, definition, async (tx) => {
      const entry = await loadEntry(tx, definition, options.id);
      if (entry.version !== options.version) throw new ContentConflictError(null);
      const refuse = () => new AppError('INVALID_INPUT', { userMessage: TRANSITION_REFUSED[transition] });
      const title = entryTitle(definition, entry.editorial);
      const isLive = entry.status === 'PUBLISHED';
      let status: PublicationStatus;
      let version: number;
      let values = entry.editorial;

      switch (transition) {
        case 'submit':
        case 'return_to_draft': {
          const allowed: PublicationStatus[] = transition === 'submit' ? ['DRAFT'] : ['IN_REVIEW', 'ARCHIVED'];
          if (!allowed.includes(entry.editorialStatus)) throw refuse();
          status = transition === 'submit' ? 'IN_REVIEW' : 'DRAFT';
          if (isLive) {
            version = await bumpVersion(tx, definition, entry, {});
          } else {
            version = await bumpVersion(tx, definition, entry, { status });
          }
          break;
        }
        case 'publish':
        case 'unpublish':
        case 'archive': {
          if (transition === 'publish' && entry.editorialStatus === 'PUBLISHED') throw refuse();
          if (transition === 'unpublish' && !isLive) throw refuse();
          if (transition === 'archive' && entry.status === 'ARCHIVED') throw refuse();
          status = transition === 'publish' ? 'PUBLISHED' : transition === 'unpublish' ? 'DRAFT' : 'ARCHIVED';
          // Going live re-checks what only the live row enforces (slug, unique values, links).
          values = transition === 'publish' ? await prepareValues(tx, definition, entry.editorial, entry.id, entry.live) : entry.editorial;
          version = await writeLive(tx, definition, entry, values, status);
          break;
        }
        case 'discard_draft': {
          if (!entry.hasPendingDraft) throw refuse();
          status = 'PUBLISHED';
          values = entry.live;
          version = await bumpVersion(tx, definition, entry, {});
          break;
        }
      }
      await ensureBaseline(tx, definition, entry);
      await writeRevision(tx, definition, entry.id, version, status, values, context.actor.id);
      await audit(tx, context, TRANSITION_AUDIT[transition], definition, entry.id, { title, version });
      const publicChange = transition === 'publish' || transition === 'unpublish' || (transition === 'archive' && isLive);
      return {
        id: entry.id,
        version,
        status,
        invalidate: publicChange ? invalidationTags(definition.entityType, [entry.live.slug as string, values.slug as string]) : [],
      };
    }),
  );
}

/** Turns a bare conflict into one that says what the other person saved. */
async function withConflictDetails<T>(context: MutationContext, definition: ContentTypeDefinition, id: string, baseVersion: number, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ContentConflictError) || error.current) throw error;
    const entry = await loadEntry(context.db, definition, id, { includeTrashed: true });
    if (entry.deletedAt) throw new AppError('NOT_FOUND', { userMessage: 'Cette fiche a été mise à la corbeille entre-temps.' });
    const base = await context.db.revision.findUnique({
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

// ---------------------------------------------------------------------------
// Trash

interface TrashedRow {
  entityType: ContentEntityType;
  id: string;
  slug: string | null;
  wasPublished: boolean;
}

async function countDependents(tx: Transaction, entityType: ContentEntityType, id: string): Promise<DependentCount[]> {
  const counts: DependentCount[] = [];
  for (const dependent of DEPENDENTS[entityType] ?? []) {
    const count = await delegateOf(tx, dependent.entityType).count({ where: { [dependent.foreignKey]: id, deletedAt: null } });
    if (count > 0) counts.push({ entityType: dependent.entityType, count });
  }
  return counts;
}

/** Marks one row and, recursively, what depends on it. */
async function trashCascade(tx: Transaction, context: MutationContext, entityType: ContentEntityType, id: string, cause: { entityType: string; id: string } | null, trashed: TrashedRow[]) {
  const definition = getContentType(entityType);
  const delegate = delegateOf(tx, entityType);
  const row = await delegate.findUnique({ where: { id }, select: { id: true, status: true, version: true, deletedAt: true, [definition.titleField]: true, ...(definition.slugFrom ? { slug: true } : {}) } });
  if (!row || row.deletedAt !== null) return;
  const { count } = await delegate.updateMany({ where: { id, version: row.version, deletedAt: null }, data: { deletedAt: new Date(), version: Number(row.version) + 1 } });
  if (count === 0) throw new ContentConflictError(null);
  trashed.push({ entityType, id, slug: (row.slug as string | undefined) ?? null, wasPublished: row.status === 'PUBLISHED' });
  await audit(tx, context, 'content.trashed', definition, id, {
    title: String(row[definition.titleField] ?? ''),
    version: Number(row.version) + 1,
    ...(cause ? { with: `${cause.entityType}:${cause.id}` } : {}),
  });
  for (const dependent of DEPENDENTS[entityType] ?? []) {
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
    inTransaction(context.db, definition, async (tx) => {
      const entry = await loadEntry(tx, definition, options.id);
      if (entry.version !== options.version) throw new ContentConflictError(null);
      if (definition.entityType === 'Metropolis') {
        const presentations = await tx.focusPresentation.count({ where: { metropolisId: entry.id, report: { deletedAt: null } } });
        if (presentations > 0) {
          throw new AppError('CONFLICT', {
            userMessage: `Cette métropole fait l’objet de ${presentations} présentation(s) dans des comptes rendus de groupes de travail : retirez-les de ces comptes rendus avant de la supprimer.`,
          });
        }
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
  return inTransaction(context.db, definition, async (tx) => {
    const delegate = delegateOf(tx, definition.entityType);
    const entry = await loadEntry(tx, definition, options.id, { includeTrashed: true });
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
    return await context.db.$transaction(async (tx) => {
      const counts: Record<string, number> = {};
      let total = 0;
      for (const entityType of PURGE_ORDER) {
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
