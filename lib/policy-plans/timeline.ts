import type { PlanStatus } from '@/lib/generated/prisma/enums';

export interface TimelinePlan {
  slug: string;
  title: string;
  startYear: number;
  endYear: number | null;
  planStatus: PlanStatus;
}

const byTitle = new Intl.Collator('fr', { sensitivity: 'base' });

/**
 * Oldest first: by first year, then the shorter period first (an edition
 * renewed the same year it ends), then by title so the order never depends on
 * the database's.
 */
export function orderPlansChronologically<T extends TimelinePlan>(plans: readonly T[]): T[] {
  return [...plans].sort(
    (a, b) =>
      a.startYear - b.startYear ||
      (a.endYear ?? Number.POSITIVE_INFINITY) - (b.endYear ?? Number.POSITIVE_INFINITY) ||
      byTitle.compare(a.title, b.title),
  );
}
