import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/lib/db';
import { cacheTags, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { publishedWhere } from '@/lib/publication';

/** Counts of what the portal publishes: computed, so shown as such rather than with a source. */
export interface HomeCounts {
  metropolisCount: number;
  metropolisWithPolicyCount: number;
  policyPlanCount: number;
  workingGroupCount: number;
  supportStructureCount: number;
}

export async function getHomeCounts(): Promise<HomeCounts> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.metropolises, cacheTags.policyPlans, cacheTags.workingGroups, cacheTags.supportStructures);

  const db = getDb();
  const [metropolisCount, metropolisWithPolicyCount, policyPlanCount, workingGroupCount, supportStructureCount] =
    await Promise.all([
      db.metropolis.count({ where: publishedWhere }),
      db.metropolis.count({
        where: {
          ...publishedWhere,
          OR: [{ AND: [{ policySummary: { not: null } }, { policySummary: { not: '' } }] }, { policyPlans: { some: publishedWhere } }],
        },
      }),
      db.policyPlan.count({ where: { ...publishedWhere, metropolis: publishedWhere } }),
      db.workingGroupReport.count({ where: publishedWhere }),
      db.supportStructure.count({ where: publishedWhere }),
    ]);
  return { metropolisCount, metropolisWithPolicyCount, policyPlanCount, workingGroupCount, supportStructureCount };
}
