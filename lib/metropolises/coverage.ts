import type { PlanStatus } from '@/lib/generated/prisma/enums';
import { effectivePlanStatus } from '@/lib/policy-plans/status';

/**
 * What the portal can say about a métropole's ESS policy, from most to least:
 * a published plan in force, some published data without a plan in force
 * (a documented policy, an ended or undated plan, or context facts only), or nothing.
 */
export const METROPOLIS_COVERAGES = ['PLAN_IN_FORCE', 'DATA_WITHOUT_PLAN_IN_FORCE', 'NO_DATA'] as const;

export type MetropolisCoverage = (typeof METROPOLIS_COVERAGES)[number];

export interface CoverageFacts {
  /** The métropole's published plans only: drafts and trashed plans must not reach here. */
  publishedPlans: ReadonlyArray<{ planStatus: PlanStatus; endYear: number | null }>;
  /** A policy summary, a published plan or a published funding programme (documentedPolicyWhere). */
  isPolicyDocumented: boolean;
  /** Indirect facts are recorded (Metropolis.contextSummary). */
  hasContext: boolean;
}

/**
 * The one classification used by the map, the directory's filter and anything
 * else that speaks of coverage. "In force" is the status a reader sees
 * (effectivePlanStatus), so a plan whose period is over stops counting at the
 * turn of the year without anyone editing it.
 */
export function classifyCoverage(facts: CoverageFacts, currentYear?: number): MetropolisCoverage {
  if (facts.publishedPlans.some((plan) => effectivePlanStatus(plan, currentYear) === 'IN_FORCE')) return 'PLAN_IN_FORCE';
  if (facts.isPolicyDocumented || facts.hasContext) return 'DATA_WITHOUT_PLAN_IN_FORCE';
  return 'NO_DATA';
}

/** The legend's words, also used in accessible names and the tables. */
export const coverageLabels: Record<MetropolisCoverage, string> = {
  PLAN_IN_FORCE: 'Plan en vigueur',
  DATA_WITHOUT_PLAN_IN_FORCE: 'Données publiées sans plan en vigueur',
  NO_DATA: 'Aucune donnée publiée',
};
