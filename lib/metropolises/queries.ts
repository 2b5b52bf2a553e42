import 'server-only';
import { readPublishedActionLevers, readPublishedMetropolises, type LeverRef } from './directory';
import { MetropolisListItem, MetropolisProfile, metropolisProfileSelect, toMetropolisProfile } from './select';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/lib/db';
import { cacheTags, METROPOLIS_PROFILE_TAGS, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { getProjectTotalsByProgramme } from '@/lib/figures/computed';

import { publishedWhere } from '@/lib/publication';

/** Every published métropole with its coverage, sorted by short name. */
export async function findPublishedMetropolises(): Promise<MetropolisListItem[]> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.metropolises, cacheTags.policyPlans, cacheTags.actionLevers, cacheTags.fundingProgrammes, cacheTags.sources);
  return readPublishedMetropolises(getDb());
}

/** Published action levers, in display order (for the lever coverage chart). */
export async function findPublishedActionLevers(): Promise<LeverRef[]> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.actionLevers);
  return readPublishedActionLevers(getDb());
}

/** Slugs for generateStaticParams. */
export async function findPublishedMetropolisSlugs(): Promise<string[]> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.metropolises);

  const rows = await getDb().metropolis.findMany({ where: publishedWhere, select: { slug: true }, orderBy: { slug: 'asc' } });
  return rows.map((row) => row.slug);
}

export async function getPublishedMetropolisBySlug(slug: string): Promise<MetropolisProfile | null> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(
    cacheTags.metropolis(slug),
    ...METROPOLIS_PROFILE_TAGS,
  );

  const row = await getDb().metropolis.findFirst({ where: { slug, ...publishedWhere }, select: metropolisProfileSelect });
  if (!row) return null;

  const totals = await getProjectTotalsByProgramme(row.fundingProgrammes.map((programme) => programme.id));
  return toMetropolisProfile(row, totals);
}
