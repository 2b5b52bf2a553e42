import 'server-only';
import type { DbClient } from '@/lib/db/client';
import { publishedWhere } from '@/lib/publication';
import { sourceSelect, toSourceRef } from '@/lib/sources/select';
import { classifyCoverage } from './coverage';
import { byName, documentedPolicyWhere, type MetropolisListItem } from './select';

/**
 * Every published métropole with its coverage, sorted by short name. Uncached:
 * findPublishedMetropolises wraps it in 'use cache' (tags: métropoles, plans,
 * levers, programmes, sources); tests call it with their own client.
 */
export async function readPublishedMetropolises(db: DbClient, currentYear?: number): Promise<MetropolisListItem[]> {
  const [documentedRows, rows] = await Promise.all([
    db.metropolis.findMany({ where: { ...publishedWhere, ...documentedPolicyWhere }, select: { slug: true } }),
    db.metropolis.findMany({
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
        policyPlans: {
          where: publishedWhere,
          select: { planStatus: true, endYear: true, levers: { where: publishedWhere, select: { slug: true } } },
        },
      },
    }),
  ]);
  const documented = new Set(documentedRows.map((row) => row.slug));

  return rows
    .map((row) => {
      const isPolicyDocumented = documented.has(row.slug);
      const hasContext = Boolean(row.contextSummary?.trim());
      return {
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
        hasPolicy: isPolicyDocumented,
        hasContextOnly: !isPolicyDocumented && hasContext,
        coverage: classifyCoverage({ publishedPlans: row.policyPlans, isPolicyDocumented, hasContext }, currentYear),
        citedLeverSlugs: [...new Set(row.policyPlans.flatMap((plan) => plan.levers.map((lever) => lever.slug)))].sort(),
      };
    })
    .sort((a, b) => byName.compare(a.shortName, b.shortName));
}

export interface LeverRef {
  slug: string;
  name: string;
}

/** Published action levers in their display order. */
export async function readPublishedActionLevers(db: DbClient): Promise<LeverRef[]> {
  return db.actionLever.findMany({ where: publishedWhere, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { slug: true, name: true } });
}
