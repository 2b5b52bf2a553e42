import 'server-only';
import { byName, documentedPolicyWhere, MetropolisListItem, MetropolisProfile, metropolisProfileSelect, toMetropolisProfile } from './select';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/lib/db';
import { cacheTags, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { getProjectTotalsByProgramme } from '@/lib/figures/computed';

import { publishedWhere } from '@/lib/publication';
import { sourceSelect, toSourceRef } from '@/lib/sources/select';

/** Every published métropole, sorted by short name. */
export async function findPublishedMetropolises(): Promise<MetropolisListItem[]> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.metropolises, cacheTags.policyPlans, cacheTags.fundingProgrammes, cacheTags.sources);

  const db = getDb();
  const documented = new Set(
    (await db.metropolis.findMany({ where: { ...publishedWhere, ...documentedPolicyWhere }, select: { slug: true } })).map((row) => row.slug),
  );
  const rows = await db.metropolis.findMany({
    where: publishedWhere,
    select: {
      slug: true,
      officialName: true,
      shortName: true,
      region: true,
      seatCity: true,
      latitude: true,
      longitude: true,
      population: true,
      identitySource: { select: sourceSelect },
      isRtesMember: true,
      contextSummary: true,
    },
  });

  return rows
    .map((row) => ({
      slug: row.slug,
      officialName: row.officialName,
      shortName: row.shortName,
      region: row.region,
      seatCity: row.seatCity,
      latitude: row.latitude,
      longitude: row.longitude,
      population: row.population,
      identitySource: toSourceRef(row.identitySource),
      isRtesMember: row.isRtesMember,
      hasPolicy: documented.has(row.slug),
      hasContextOnly: !documented.has(row.slug) && Boolean(row.contextSummary?.trim()),
    }))
    .sort((a, b) => byName.compare(a.shortName, b.shortName));
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
    cacheTags.metropolises,
    cacheTags.policyPlans,
    cacheTags.actionLevers,
    cacheTags.fundingProgrammes,
    cacheTags.fundedProjects,
    cacheTags.figures,
    cacheTags.sources,
    cacheTags.persons,
    cacheTags.organisations,
    cacheTags.supportStructures,
    cacheTags.workingGroups,
  );

  const row = await getDb().metropolis.findFirst({ where: { slug, ...publishedWhere }, select: metropolisProfileSelect });
  if (!row) return null;

  const totals = await getProjectTotalsByProgramme(row.fundingProgrammes.map((programme) => programme.id));
  return toMetropolisProfile(row, totals);
}
