import 'server-only';
import { byName, servedMetropolisesInclude, toServedMetropolises, SupportStructureListItem, SupportStructureDetail, supportStructureDetailSelect, toSupportStructureDetail } from './select';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/lib/db';
import { cacheTags, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';

import { publishedWhere } from '@/lib/publication';

export async function findPublishedSupportStructures(): Promise<SupportStructureListItem[]> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.supportStructures, cacheTags.metropolises);

  const rows = await getDb().supportStructure.findMany({
    where: publishedWhere,
    select: {
      slug: true,
      name: true,
      kind: true,
      description: true,
      metropolises: servedMetropolisesInclude,
    },
  });
  return rows
    .map((row) => ({ ...row, metropolises: toServedMetropolises(row.metropolises) }))
    .sort((a, b) => byName.compare(a.name, b.name));
}

export async function findPublishedSupportStructureSlugs(): Promise<string[]> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.supportStructures);

  const rows = await getDb().supportStructure.findMany({
    where: publishedWhere,
    select: { slug: true },
    orderBy: { slug: 'asc' },
  });
  return rows.map((row) => row.slug);
}

export async function getPublishedSupportStructureBySlug(slug: string): Promise<SupportStructureDetail | null> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(
    cacheTags.supportStructure(slug),
    cacheTags.supportStructures,
    cacheTags.metropolises,
    cacheTags.figures,
    cacheTags.sources,
    cacheTags.workingGroups,
  );

  const row = await getDb().supportStructure.findFirst({ where: { slug, ...publishedWhere }, select: supportStructureDetailSelect });
  return row ? toSupportStructureDetail(row) : null;
}
