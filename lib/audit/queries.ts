import 'server-only';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AUDIT_PAGE_SIZE, endOfParisDay, startOfParisDay, type AuditFilters } from './filters';

export interface AuditEventItem {
  id: string;
  occurredAt: Date;
  actorLabel: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  ipAddress: string | null;
  details: Prisma.JsonValue;
}

export interface AuditEventPage {
  events: AuditEventItem[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
}

const eventSelect = {
  id: true,
  occurredAt: true,
  actorLabel: true,
  action: true,
  entityType: true,
  entityId: true,
  ipAddress: true,
  details: true,
} as const;

// BigInt ids do not serialise to JSON (nor to client components): strings from here on.
function toItem(row: Prisma.AuditEventGetPayload<{ select: typeof eventSelect }>): AuditEventItem {
  return { ...row, id: row.id.toString() };
}

function auditEventWhere(filters: Omit<AuditFilters, 'page'>): Prisma.AuditEventWhereInput {
  const occurredAt: Prisma.DateTimeFilter = {};
  if (filters.from) occurredAt.gte = startOfParisDay(filters.from);
  if (filters.to) occurredAt.lt = endOfParisDay(filters.to);
  return {
    ...(filters.actorId && { actorId: filters.actorId }),
    ...(filters.entityType && { entityType: filters.entityType }),
    ...(filters.action && { action: filters.action }),
    ...((filters.from || filters.to) && { occurredAt }),
  };
}

/** One page of the audit trail, newest first (50 a page). */
export async function findAuditEvents({ db = getDb(), ...filters }: Partial<AuditFilters> & { db?: DbClient }): Promise<AuditEventPage> {
  const where = auditEventWhere(filters);
  const page = Math.max(1, Math.trunc(filters.page ?? 1));
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      select: eventSelect,
      orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return { events: rows.map(toItem), total, page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), pageSize: AUDIT_PAGE_SIZE };
}

/** The action codes and entity types present in the trail, for the filter selects. */
export async function findAuditFacets({ db = getDb() }: { db?: DbClient } = {}): Promise<{ actions: string[]; entityTypes: string[] }> {
  const [actions, entityTypes] = await Promise.all([
    db.auditEvent.groupBy({ by: ['action'], orderBy: { action: 'asc' } }),
    db.auditEvent.groupBy({ by: ['entityType'], where: { entityType: { not: null } }, orderBy: { entityType: 'asc' } }),
  ]);
  return {
    actions: actions.map((row) => row.action),
    entityTypes: entityTypes.map((row) => row.entityType).filter((type): type is string => type !== null),
  };
}

/** The latest events matching `where` (dashboard lists). */
export async function findLatestAuditEvents({ db = getDb(), where, take = 10 }: { db?: DbClient; where: Prisma.AuditEventWhereInput; take?: number }): Promise<AuditEventItem[]> {
  const rows = await db.auditEvent.findMany({ where, select: eventSelect, orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }], take });
  return rows.map(toItem);
}
