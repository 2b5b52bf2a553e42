import 'server-only';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import type { ContentEntityType } from '../entity-types';
import { getContentType } from '../registry';
import { delegateOf } from './descriptors';

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
export async function findAwaitingReview({ take = 50, db = getDb() }: { take?: number; db?: DbClient } = {}): Promise<ReviewItem[]> {
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
