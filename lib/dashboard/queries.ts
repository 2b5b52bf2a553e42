import 'server-only';
import { findLatestAuditEvents, type AuditEventItem } from '@/lib/audit/queries';
import { CONTENT_ENTITY_TYPES, type ContentEntityType } from '@/lib/content/entity-types';
import { delegateOf } from '@/lib/content/server/descriptors';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';

export type StatusCounts = Record<PublicationStatus, number>;

/**
 * For each content type, how many rows are in each publication status (zeros
 * included). Trashed rows (deletedAt set) are left out: they are no longer in the
 * workflow. Every type counts through its descriptor's delegate, so a new type
 * appears here without code of its own.
 */
export async function countContentByStatus({ db = getDb() }: { db?: DbClient } = {}): Promise<{ entityType: ContentEntityType; counts: StatusCounts }[]> {
  return Promise.all(
    CONTENT_ENTITY_TYPES.map(async (entityType) => {
      const counts: StatusCounts = { DRAFT: 0, IN_REVIEW: 0, PUBLISHED: 0, ARCHIVED: 0 };
      const groups = await delegateOf(db, entityType).groupBy({ by: ['status'], where: { deletedAt: null }, _count: { _all: true } });
      for (const group of groups) counts[group.status as PublicationStatus] = (group._count as { _all: number })._all;
      return { entityType, counts };
    }),
  );
}

export async function findRecentContentChanges({ db = getDb(), take = 10 }: { db?: DbClient; take?: number } = {}): Promise<AuditEventItem[]> {
  return findLatestAuditEvents({ db, take, where: { entityType: { in: [...CONTENT_ENTITY_TYPES] } } });
}

export async function findRecentSignIns({ db = getDb(), take = 10 }: { db?: DbClient; take?: number } = {}): Promise<AuditEventItem[]> {
  return findLatestAuditEvents({ db, take, where: { action: 'auth.sign_in' } });
}
