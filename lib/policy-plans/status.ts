import type { PlanStatus } from '@/lib/generated/prisma/enums';

/**
 * The status a reader sees: a plan recorded as planned or in force whose last
 * year is past is shown as ended, so a page never goes stale with the calendar
 * (a renewal is a new edition, with its own period).
 */
export function effectivePlanStatus(
  plan: { planStatus: PlanStatus; endYear: number | null },
  currentYear: number = new Date().getUTCFullYear(),
): PlanStatus {
  if ((plan.planStatus === 'IN_FORCE' || plan.planStatus === 'PLANNED') && plan.endYear !== null && plan.endYear < currentYear) return 'ENDED';
  return plan.planStatus;
}
