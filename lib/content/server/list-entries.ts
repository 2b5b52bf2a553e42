import 'server-only';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import type { ContentTypeDefinition } from '../definition';
import { formatFieldValue } from '../display';
import { isSourceCheck, sourceRelationOf } from '../source-check';
import { isVerificationCheck, parisToday, verificationWhere } from '../verification';
import { formatSourceDate } from '@/lib/format';
import type { ContentEntityType } from '../entity-types';
import type { Row } from './delegate';
import { delegateOf } from './descriptors';
import { getRelationLabeler } from './relation-options';
import { rowToValues } from './values';

export interface EntryListParams {
  q?: string;
  /** A status, or PENDING: published entries with changes waiting to be published. */
  status?: PublicationStatus | 'PENDING';
  /** Field name → value (enum code, linked id, "true"/"false"); `source` and `verification` for every type's checks. */
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
  /** "2026-12-01", or null when never verified. */
  lastVerifiedOn: string | null;
  columns: Record<string, string>;
  /** For sourced types: the source's publisher and date, and whether it is to verify; null when none is linked. */
  source?: { publisher: string; date: string | null; needsVerification: boolean } | null;
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

function sourceWhere(definition: ContentTypeDefinition, check: string | undefined): Row {
  if (!definition.sourcedBy || !check || !isSourceCheck(check)) return {};
  const relation = sourceRelationOf(definition.sourcedBy);
  if (check === 'sans-source') return { [definition.sourcedBy]: null };
  return { [relation]: { is: { needsVerification: check === 'a-verifier' } } };
}

/** Published entries whose latest revision is a pending draft (the join on the version is plain SQL). */
async function findPendingIds(db: DbClient, entityType: ContentEntityType): Promise<string[]> {
  // The table name comes from the fixed list of content types, never from input.
  const table = Prisma.raw(`"${entityType}"`);
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT t."id" FROM ${table} t
    JOIN "Revision" r ON r."entityType" = ${entityType} AND r."entityId" = t."id" AND r."version" = t."version"
    WHERE t."status" = 'PUBLISHED' AND t."deletedAt" IS NULL AND r."status" <> 'PUBLISHED'`;
  return rows.map((row) => row.id);
}

export interface FindEntriesOptions extends EntryListParams {
  definition: ContentTypeDefinition;
  db?: DbClient;
  /** The day the verification filter counts a year back from ("YYYY-MM-DD"); today in Paris by default. */
  today?: string;
}

/** One page of a type's entries (trash excluded), searched, filtered and sorted. */
export async function findEntries({ definition, db = getDb(), today = parisToday(), ...params }: FindEntriesOptions): Promise<EntryList> {
  const delegate = delegateOf(db, definition.entityType);
  const q = params.q?.trim().slice(0, 100);
  const statusWhere =
    params.status === 'PENDING' ? { id: { in: await findPendingIds(db, definition.entityType) } } : params.status ? { status: params.status } : {};
  const verification = params.filters?.verification;
  const where: Row = {
    deletedAt: null,
    ...statusWhere,
    ...filterWhere(definition, params.filters ?? {}),
    ...sourceWhere(definition, params.filters?.source),
    // Its OR sits in AND so that it cannot meet the search's own OR.
    ...(verification && isVerificationCheck(verification) ? { AND: [verificationWhere(verification, today)] } : {}),
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
      lastVerifiedOn: true,
      [definition.titleField]: true,
      ...(definition.slugFrom ? { slug: true } : {}),
      ...Object.fromEntries(columnNames.map((name) => [name, true])),
      ...(definition.sourcedBy
        ? { [sourceRelationOf(definition.sourcedBy)]: { select: { publisher: true, publishedOn: true, publishedOnPrecision: true, needsVerification: true } } }
        : {}),
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
  const labelOf = await getRelationLabeler({ db, definition: { ...definition, fields: columnFields }, valuesList: columnValues });
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
        lastVerifiedOn: row.lastVerifiedOn instanceof Date ? row.lastVerifiedOn.toISOString().slice(0, 10) : null,
        columns: Object.fromEntries(columnFields.map((field) => [field.name, formatFieldValue(field, columnValues[index]![field.name], labelOf)])),
        ...(definition.sourcedBy ? { source: toListSource(row[sourceRelationOf(definition.sourcedBy)]) } : {}),
      };
    }),
  };
}

type ListSourceRow = { publisher: string; publishedOn: Date | null; publishedOnPrecision: 'DAY' | 'MONTH' | 'YEAR'; needsVerification: boolean };

function toListSource(value: unknown): EntryListItem['source'] {
  if (!value) return null;
  const source = value as ListSourceRow;
  return {
    publisher: source.publisher,
    date: source.publishedOn ? formatSourceDate(source.publishedOn, source.publishedOnPrecision) : null,
    needsVerification: source.needsVerification,
  };
}
