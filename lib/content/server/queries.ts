import 'server-only';
import type { ContentEntityType } from '@/lib/dashboard/content-types';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import type { SelectOption } from '@/components/forms/select-field';
import type { ContentTypeDefinition } from '../definition';
import { formatFieldValue, type RelationLabeler } from '../display';
import type { ContentValues, FieldDefinition } from '../fields';
import { getContentType } from '../registry';
import { delegateOf, linkedIds, rowToValues } from './persistence';

type Row = Record<string, unknown>;

/** Relation targets a type's form links to (its own fields and its repeaters' rows). */
export function relationTargets(definition: ContentTypeDefinition): ContentEntityType[] {
  const targets = new Set<ContentEntityType>();
  const visit = (fields: readonly FieldDefinition[]) => {
    for (const field of fields) {
      if (field.kind === 'relation' || field.kind === 'relations') targets.add(field.target);
      if (field.kind === 'repeater') visit(field.fields);
    }
  };
  visit(definition.fields);
  return [...targets];
}

/** How an entry is named in pickers: sources also show their publisher, to tell homonyms apart. */
function optionLabel(entityType: ContentEntityType, row: Row): string {
  const definition = getContentType(entityType);
  const title = String(row[definition.titleField] ?? '');
  if (entityType === 'Source') return `${title} (${String(row.publisher ?? '')})`;
  return title;
}

function labelSelect(entityType: ContentEntityType): Record<string, true> {
  const definition = getContentType(entityType);
  return { id: true, [definition.titleField]: true, ...(entityType === 'Source' ? { publisher: true } : {}) };
}

const byLabel = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * Picker options per target type: every entry not in the trash, whatever its
 * status (staff link drafts too; public pages only ever show published ones).
 */
export async function findRelationOptions(
  db: Database,
  definition: ContentTypeDefinition,
  targets: readonly ContentEntityType[] = relationTargets(definition),
): Promise<Record<string, SelectOption[]>> {
  const options: Record<string, SelectOption[]> = {};
  for (const target of targets) {
    const rows = await delegateOf(db, target).findMany({ where: { deletedAt: null }, select: labelSelect(target) });
    options[target] = rows
      .map((row) => ({ value: String(row.id), label: optionLabel(target, row) }))
      .sort((a, b) => byLabel.compare(a.label, b.label));
  }
  return options;
}

export const MISSING_ENTRY_LABEL = 'élément supprimé';

/** Names of every entry the given values link to, trashed ones marked, deleted ones named as such. */
export async function getRelationLabeler(db: Database, definition: ContentTypeDefinition, valuesList: ContentValues[]): Promise<RelationLabeler> {
  const wanted = new Map<ContentEntityType, Set<string>>();
  for (const values of valuesList) {
    for (const link of linkedIds(definition, values)) wanted.set(link.target, (wanted.get(link.target) ?? new Set()).add(link.id));
  }
  const labels = new Map<string, string>();
  for (const [target, ids] of wanted) {
    const rows = await delegateOf(db, target).findMany({ where: { id: { in: [...ids] } }, select: { ...labelSelect(target), deletedAt: true } });
    for (const row of rows) {
      labels.set(`${target}:${String(row.id)}`, `${optionLabel(target, row)}${row.deletedAt ? ' (dans la corbeille)' : ''}`);
    }
  }
  return (target, id) => labels.get(`${target}:${id}`) ?? MISSING_ENTRY_LABEL;
}

export interface EntryListParams {
  q?: string;
  /** A status, or PENDING: published entries with changes waiting to be published. */
  status?: PublicationStatus | 'PENDING';
  /** Field name → value (enum code, linked id, "true"/"false"). */
  filters?: Record<string, string>;
  sort?: 'modification' | 'titre' | 'statut';
  page?: number;
}

export interface EntryListItem {
  id: string;
  version: number;
  title: string;
  slug: string | null;
  status: PublicationStatus;
  hasPendingDraft: boolean;
  pendingStatus: PublicationStatus | null;
  updatedAt: Date;
  columns: Record<string, string>;
}

export interface EntryList {
  items: EntryListItem[];
  total: number;
  page: number;
  pageCount: number;
}

export const ENTRIES_PER_PAGE = 25;

function filterWhere(definition: ContentTypeDefinition, filters: Record<string, string>): Row {
  const where: Row = {};
  for (const name of definition.listFilters) {
    const value = filters[name];
    if (!value) continue;
    const field = definition.fields.find((candidate) => candidate.name === name);
    if (!field) continue;
    if (field.kind === 'tristate' || field.kind === 'boolean') {
      if (value === 'true' || value === 'false') where[name] = value === 'true';
      else if (value === 'inconnu' && field.kind === 'tristate') where[name] = null;
    } else if (field.kind === 'enum') {
      if (Object.hasOwn(field.options, value)) where[name] = value;
    } else if (field.kind === 'relation') {
      if (/^[a-z0-9]{8,40}$/i.test(value)) where[name] = value;
    }
  }
  return where;
}

/** One page of a type's entries (trash excluded), searched, filtered and sorted. */
/** Published entries whose latest revision is a pending draft (the join on the version is plain SQL). */
async function findPendingIds(db: Database, entityType: ContentEntityType): Promise<string[]> {
  // The table name comes from the fixed list of content types, never from input.
  const table = Prisma.raw(`"${entityType}"`);
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT t."id" FROM ${table} t
    JOIN "Revision" r ON r."entityType" = ${entityType} AND r."entityId" = t."id" AND r."version" = t."version"
    WHERE t."status" = 'PUBLISHED' AND t."deletedAt" IS NULL AND r."status" <> 'PUBLISHED'`;
  return rows.map((row) => row.id);
}

export async function findEntries(db: Database, definition: ContentTypeDefinition, params: EntryListParams): Promise<EntryList> {
  const delegate = delegateOf(db, definition.entityType);
  const q = params.q?.trim().slice(0, 100);
  const statusWhere =
    params.status === 'PENDING' ? { id: { in: await findPendingIds(db, definition.entityType) } } : params.status ? { status: params.status } : {};
  const where: Row = {
    deletedAt: null,
    ...statusWhere,
    ...filterWhere(definition, params.filters ?? {}),
    ...(q
      ? {
          OR: [
            { [definition.titleField]: { contains: q, mode: 'insensitive' } },
            ...(definition.slugFrom ? [{ slug: { contains: q, mode: 'insensitive' } }] : []),
          ],
        }
      : {}),
  };
  const orderBy =
    params.sort === 'titre'
      ? [{ [definition.titleField]: 'asc' }, { id: 'asc' }]
      : params.sort === 'statut'
        ? [{ status: 'asc' }, { updatedAt: 'desc' }, { id: 'asc' }]
        : [{ updatedAt: 'desc' }, { id: 'asc' }];
  const total = await delegate.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ENTRIES_PER_PAGE));
  const page = Math.min(Math.max(1, Math.trunc(params.page ?? 1)), pageCount);
  const columnNames = definition.listColumns;
  const rows = await delegate.findMany({
    where,
    orderBy,
    skip: (page - 1) * ENTRIES_PER_PAGE,
    take: ENTRIES_PER_PAGE,
    select: {
      id: true,
      version: true,
      status: true,
      updatedAt: true,
      [definition.titleField]: true,
      ...(definition.slugFrom ? { slug: true } : {}),
      ...Object.fromEntries(columnNames.map((name) => [name, true])),
    },
  });
  const pending = rows.length
    ? await db.revision.findMany({
        where: { entityType: definition.entityType, OR: rows.map((row) => ({ entityId: String(row.id), version: Number(row.version) })) },
        select: { entityId: true, status: true },
      })
    : [];
  const pendingStatus = new Map(pending.map((revision) => [revision.entityId, revision.status]));
  const columnFields = definition.fields.filter((field) => columnNames.includes(field.name));
  const columnValues = rows.map((row) => rowToValues({ ...definition, fields: columnFields }, row));
  const labelOf = await getRelationLabeler(db, { ...definition, fields: columnFields }, columnValues);
  return {
    total,
    page,
    pageCount,
    items: rows.map((row, index) => {
      const status = row.status as PublicationStatus;
      const revisionStatus = pendingStatus.get(String(row.id));
      const hasPendingDraft = status === 'PUBLISHED' && revisionStatus !== undefined && revisionStatus !== 'PUBLISHED';
      return {
        id: String(row.id),
        version: Number(row.version),
        title: String(row[definition.titleField] ?? ''),
        slug: (row.slug as string | undefined) ?? null,
        status,
        hasPendingDraft,
        pendingStatus: hasPendingDraft ? revisionStatus! : null,
        updatedAt: row.updatedAt as Date,
        columns: Object.fromEntries(columnFields.map((field) => [field.name, formatFieldValue(field, columnValues[index]![field.name], labelOf)])),
      };
    }),
  };
}

export interface RevisionItem {
  version: number;
  status: PublicationStatus;
  createdAt: Date;
  authorName: string | null;
}

export async function findRevisions(db: Database, definition: ContentTypeDefinition, id: string): Promise<RevisionItem[]> {
  const revisions = await db.revision.findMany({
    where: { entityType: definition.entityType, entityId: id },
    orderBy: { version: 'desc' },
    select: { version: true, status: true, createdAt: true, author: { select: { name: true } } },
  });
  return revisions.map((revision) => ({ ...revision, authorName: revision.author?.name ?? null }));
}

export async function findRevisionValues(db: Database, definition: ContentTypeDefinition, id: string, version: number): Promise<ContentValues | null> {
  const revision = await db.revision.findUnique({
    where: { entityType_entityId_version: { entityType: definition.entityType, entityId: id, version } },
    select: { snapshot: true },
  });
  return (revision?.snapshot as ContentValues | undefined) ?? null;
}

export interface TrashItem {
  entityType: ContentEntityType;
  id: string;
  version: number;
  title: string;
  status: PublicationStatus;
  deletedAt: Date;
}

/** Everything in the trash, most recent first. */
export async function findTrash(db: Database, definitions: readonly ContentTypeDefinition[]): Promise<TrashItem[]> {
  const items: TrashItem[] = [];
  for (const definition of definitions) {
    const rows = await delegateOf(db, definition.entityType).findMany({
      where: { deletedAt: { not: null } },
      select: { id: true, version: true, status: true, deletedAt: true, [definition.titleField]: true },
      orderBy: { deletedAt: 'desc' },
      take: 500,
    });
    for (const row of rows) {
      items.push({
        entityType: definition.entityType,
        id: String(row.id),
        version: Number(row.version),
        title: String(row[definition.titleField] ?? ''),
        status: row.status as PublicationStatus,
        deletedAt: row.deletedAt as Date,
      });
    }
  }
  return items.sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime());
}

export interface ReviewItem {
  entityType: ContentEntityType;
  id: string;
  title: string;
  submittedAt: Date;
  submittedBy: string | null;
  /** A change to a published entry, rather than a new entry. */
  isPendingChange: boolean;
}

/**
 * What waits for an editor: entries (or pending changes to published ones)
 * whose latest version is in review, oldest first.
 */
export async function findAwaitingReview(db: Database, take = 50): Promise<ReviewItem[]> {
  const revisions = await db.revision.findMany({
    where: { status: 'IN_REVIEW' },
    orderBy: { createdAt: 'asc' },
    take: 500,
    select: { entityType: true, entityId: true, version: true, createdAt: true, author: { select: { name: true } } },
  });
  const byType = new Map<ContentEntityType, typeof revisions>();
  for (const revision of revisions) {
    const entityType = revision.entityType as ContentEntityType;
    byType.set(entityType, [...(byType.get(entityType) ?? []), revision]);
  }
  const items: ReviewItem[] = [];
  for (const [entityType, list] of byType) {
    const definition = getContentType(entityType);
    const rows = await delegateOf(db, entityType).findMany({
      where: { id: { in: list.map((revision) => revision.entityId) }, deletedAt: null },
      select: { id: true, version: true, status: true, [definition.titleField]: true },
    });
    const current = new Map(rows.map((row) => [String(row.id), row]));
    for (const revision of list) {
      const row = current.get(revision.entityId);
      // Only the latest version counts: an entry submitted, then published or sent back, is done.
      if (!row || Number(row.version) !== revision.version) continue;
      items.push({
        entityType,
        id: revision.entityId,
        title: String(row[definition.titleField] ?? ''),
        submittedAt: revision.createdAt,
        submittedBy: revision.author?.name ?? null,
        isPendingChange: row.status === 'PUBLISHED',
      });
    }
  }
  return items.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime()).slice(0, take);
}
