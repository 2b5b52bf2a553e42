import 'server-only';
import type { DbClient } from '@/lib/db/client';
import { documentedPolicyWhere } from '@/lib/metropolises/select';
import { publishedWhere } from '@/lib/publication';

/** Counts of what the portal publishes: computed, so shown as such rather than with a source. */
export interface HomeCounts {
  metropolisCount: number;
  /** Métropoles whose ESS policy is documented (documentedPolicyWhere): the count follows the data. */
  metropolisWithPolicyCount: number;
  policyPlanCount: number;
  workingGroupCount: number;
  supportStructureCount: number;
}

export async function countPublishedContent(db: DbClient): Promise<HomeCounts> {
  const [metropolisCount, metropolisWithPolicyCount, policyPlanCount, workingGroupCount, supportStructureCount] = await Promise.all([
    db.metropolis.count({ where: publishedWhere }),
    db.metropolis.count({ where: { ...publishedWhere, ...documentedPolicyWhere } }),
    db.policyPlan.count({ where: { ...publishedWhere, metropolis: publishedWhere } }),
    db.workingGroupReport.count({ where: publishedWhere }),
    db.supportStructure.count({ where: publishedWhere }),
  ]);
  return { metropolisCount, metropolisWithPolicyCount, policyPlanCount, workingGroupCount, supportStructureCount };
}
