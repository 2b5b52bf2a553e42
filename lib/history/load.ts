import 'server-only';
import type { ContentEntityType } from '@/lib/content/entity-types';
import type { ContentValues } from '@/lib/content/fields';
import { getContentType } from '@/lib/content/registry';
import { delegateOf } from '@/lib/content/server/descriptors';
import { linkedIds } from '@/lib/content/server/values';
import type { DbClient } from '@/lib/db/client';
import { publishedWhere } from '@/lib/publication';
import { buildHistory, firstPublishedAt as firstPublished, type HistoryEntry, type PublishedRevision } from './changes';

// Uncached reads of the public history (each takes the client, so tests pass theirs);
// the cached, tagged entries the pages use are in ./queries.ts.

export interface HistorySubject {
  entityType: ContentEntityType;
  id: string;
}

const keyOf = (subject: HistorySubject) => `${subject.entityType}:${subject.id}`;

/** The PUBLISHED revisions of every subject, in one query. Drafts, reviews and unpublished states are never read. */
export async function loadPublishedRevisions(db: DbClient, subjects: readonly HistorySubject[]): Promise<Map<string, PublishedRevision[]>> {
  const byType = new Map<ContentEntityType, string[]>();
  for (const subject of subjects) byType.set(subject.entityType, [...(byType.get(subject.entityType) ?? []), subject.id]);
  const result = new Map<string, PublishedRevision[]>(subjects.map((subject) => [keyOf(subject), []]));
  if (byType.size === 0) return result;
  const rows = await db.revision.findMany({
    where: { status: 'PUBLISHED', OR: [...byType].map(([entityType, ids]) => ({ entityType, entityId: { in: ids } })) },
    orderBy: { version: 'asc' },
    // authorId only tells a seeded baseline from a real publication; no name is read.
    select: { id: true, entityType: true, entityId: true, version: true, createdAt: true, authorId: true, snapshot: true },
  });
  for (const row of rows) {
    result.get(`${row.entityType}:${row.entityId}`)?.push({ ...row, snapshot: row.snapshot as ContentValues });
  }
  return result;
}

export const WITHDRAWN_ENTRY_LABEL = 'élément retiré du site';

/**
 * Names of what the revisions link to, published entries only (a draft's name
 * never reaches the public history), one query per linked type.
 */
async function loadPublicLabels(db: DbClient, items: ReadonlyArray<{ entityType: ContentEntityType; revisions: readonly PublishedRevision[] }>) {
  const wanted = new Map<ContentEntityType, Set<string>>();
  for (const { entityType, revisions } of items) {
    const definition = getContentType(entityType);
    for (const revision of revisions) {
      for (const link of linkedIds(definition, revision.snapshot)) wanted.set(link.target, (wanted.get(link.target) ?? new Set()).add(link.id));
    }
  }
  const labels = new Map<string, string>();
  for (const [target, ids] of wanted) {
    const titleField = getContentType(target).titleField;
    const rows = await delegateOf(db, target).findMany({ where: { id: { in: [...ids] }, ...publishedWhere }, select: { id: true, [titleField]: true } });
    for (const row of rows) labels.set(`${target}:${String(row.id)}`, String(row[titleField] ?? ''));
  }
  return (target: string, id: string) => labels.get(`${target}:${id}`) ?? WITHDRAWN_ENTRY_LABEL;
}

/** The public history of each subject (newest first), keyed `Type:id`. */
export async function loadPublicHistories(db: DbClient, subjects: readonly HistorySubject[]): Promise<Map<string, HistoryEntry[]>> {
  const revisions = await loadPublishedRevisions(db, subjects);
  const items = subjects.map((subject) => ({ entityType: subject.entityType, revisions: revisions.get(keyOf(subject)) ?? [] }));
  const labelOf = await loadPublicLabels(db, items);
  return new Map(subjects.map((subject, index) => [keyOf(subject), buildHistory(getContentType(subject.entityType), items[index]!.revisions, labelOf)]));
}

export interface PublicDates {
  /** First publication, which republishing does not move (firstPublishedAt in ./changes). */
  firstPublishedAt: Date;
  /** The newest public correction; null while nothing changed since publication. */
  lastCorrectedAt: Date | null;
  /** lastCorrectedAt, else firstPublishedAt: when the published content last changed. */
  lastChangedAt: Date;
}

/**
 * When the published content of each row last changed (feeds' `updated`, the
 * sitemap's `lastmod`), in one query. Republishing without a visible change
 * does not move it.
 */
export async function loadPublicDates(db: DbClient, entityType: ContentEntityType, rows: ReadonlyArray<{ id: string; createdAt: Date }>): Promise<Map<string, PublicDates>> {
  const revisions = await loadPublishedRevisions(db, rows.map((row) => ({ entityType, id: row.id })));
  const definition = getContentType(entityType);
  return new Map(
    rows.map((row) => {
      const own = revisions.get(`${entityType}:${row.id}`) ?? [];
      // Ids stand for names here: only whether something changed matters.
      const [latest] = buildHistory(definition, own, (_target, id) => id);
      const firstPublishedAt = firstPublished(own, row.createdAt);
      return [row.id, { firstPublishedAt, lastCorrectedAt: latest?.date ?? null, lastChangedAt: latest?.date ?? firstPublishedAt }];
    }),
  );
}
