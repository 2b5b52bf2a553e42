import 'server-only';
import { newestFirst, WorkingGroupListItem, listSelect, WorkingGroupDetail, workingGroupDetailSelect, toWorkingGroupDetail } from './select';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/lib/db';
import { cacheTags, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';

import { publishedWhere } from '@/lib/publication';

/** Published recaps, newest first; `limit` for the home page. */
export async function findPublishedWorkingGroups(limit?: number): Promise<WorkingGroupListItem[]> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.workingGroups, cacheTags.themes);

  return getDb().workingGroupReport.findMany({
    where: publishedWhere,
    orderBy: newestFirst,
    take: limit,
    select: listSelect,
  });
}

export async function findPublishedWorkingGroupSlugs(): Promise<string[]> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.workingGroups);

  const rows = await getDb().workingGroupReport.findMany({
    where: publishedWhere,
    select: { slug: true },
    orderBy: { slug: 'asc' },
  });
  return rows.map((row) => row.slug);
}

export async function getPublishedWorkingGroupBySlug(slug: string): Promise<WorkingGroupDetail | null> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(
    cacheTags.workingGroup(slug),
    cacheTags.workingGroups,
    cacheTags.metropolises,
    cacheTags.persons,
    cacheTags.organisations,
    cacheTags.themes,
    cacheTags.programmes,
    cacheTags.publications,
    cacheTags.supportStructures,
  );

  const row = await getDb().workingGroupReport.findFirst({ where: { slug, ...publishedWhere }, select: workingGroupDetailSelect });
  return row ? toWorkingGroupDetail(row) : null;
}
