import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { getDb } from '@/lib/db';
import { publishedWhere } from '@/lib/publication';
import { personDetailSelect, toPersonDetail, type PersonDetail } from './select';

export async function findPublishedPersonSlugs(): Promise<string[]> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.persons);

  const rows = await getDb().person.findMany({ where: publishedWhere, select: { slug: true }, orderBy: { slug: 'asc' } });
  return rows.map((row) => row.slug);
}

export async function getPublishedPersonBySlug(slug: string): Promise<PersonDetail | null> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(
    cacheTags.person(slug),
    cacheTags.persons,
    cacheTags.metropolises,
    cacheTags.organisations,
    cacheTags.sources,
    cacheTags.workingGroups,
  );

  const row = await getDb().person.findFirst({ where: { slug, ...publishedWhere }, select: personDetailSelect });
  return row ? toPersonDetail(row) : null;
}
