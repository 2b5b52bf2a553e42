import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/lib/db';
import { cacheTags, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { documentedPolicyWhere } from '@/lib/metropolises/select';
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
  cacheTag(cacheTags.metropolises, cacheTags.policyPlans, cacheTags.fundingProgrammes, cacheTags.workingGroups, cacheTags.supportStructures);

  const db = getDb();
  const [metropolisCount, metropolisWithPolicyCount, policyPlanCount, workingGroupCount, supportStructureCount] =
    await Promise.all([
      db.metropolis.count({ where: publishedWhere }),
      db.metropolis.count({ where: { ...publishedWhere, ...documentedPolicyWhere } }),
      db.policyPlan.count({ where: { ...publishedWhere, metropolis: publishedWhere } }),
      db.workingGroupReport.count({ where: publishedWhere }),
      db.supportStructure.count({ where: publishedWhere }),
    ]);
  return { metropolisCount, metropolisWithPolicyCount, policyPlanCount, workingGroupCount, supportStructureCount };
}
