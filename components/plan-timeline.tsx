import { formatYearRange, planKindLabels, planStatusLabels } from '@/lib/format';
import type { PlanKind, PlanStatus } from '@/lib/generated/prisma/enums';
import { orderPlansChronologically, type TimelinePlan } from '@/lib/policy-plans/timeline';

interface PlanTimelineProps {
  /** The métropole's published plans, with the status a reader sees (effectivePlanStatus). */
  plans: ReadonlyArray<TimelinePlan & { kind: PlanKind }>;
}

// The marker's shape repeats the status, which is always written out too: the
// colour is never the only cue (WCAG 1.4.1).
const markerClass: Record<PlanStatus, string> = {
  IN_FORCE: 'rounded-full border-2 border-brand-700 bg-brand-700',
  PLANNED: 'rounded-full border-2 border-dashed border-brand-700 bg-white',
  UNDER_EVALUATION: 'rotate-45 border-2 border-amber-800 bg-amber-300',
  ENDED: 'border-2 border-gray-600 bg-gray-300',
  UNKNOWN: 'rounded-full border-2 border-dotted border-gray-600 bg-white',
};

const badgeClass: Record<PlanStatus, string> = {
  IN_FORCE: 'bg-brand-700 text-white',
  PLANNED: 'border border-brand-700 text-brand-800',
  UNDER_EVALUATION: 'bg-amber-100 text-amber-900',
  ENDED: 'bg-gray-200 text-gray-900',
  UNKNOWN: 'border border-gray-500 text-gray-800',
};

/**
 * A métropole's plans in order, oldest first, each with its period and status
 * in words: the chronology of its ESS policy at a glance. Nothing without plans.
 * Titles are not links: the plan cards of the profile link to each plan, and a
 * second link of the same name would only repeat them.
 */
export function PlanTimeline({ plans }: PlanTimelineProps) {
  if (plans.length === 0) return null;
  const ordered = orderPlansChronologically(plans);
  return (
    <section aria-labelledby="chronologie-des-plans" className="mb-12">
      <h2 id="chronologie-des-plans" className="mb-4 text-2xl font-bold text-gray-900">
        Chronologie des plans
      </h2>
      <p className="mb-4 text-gray-700">
        {ordered.length > 1
          ? `Les ${ordered.length} plans et stratégies publiés, du plus ancien au plus récent.`
          : 'Le seul plan ou stratégie publié pour cette métropole.'}
      </p>
      <ol className="relative flex flex-col gap-6 border-l-2 border-gray-300 pl-6">
        {ordered.map((plan) => (
          <li key={plan.slug} className="relative">
            <span aria-hidden="true" className={`absolute top-1.5 -left-[33px] h-4 w-4 ${markerClass[plan.planStatus]}`} />
            <p className="font-semibold tabular-nums text-gray-900">{formatYearRange(plan.startYear, plan.endYear)}</p>
            <p className="text-gray-900">{plan.title}</p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-gray-700">
              <span>{planKindLabels[plan.kind]}</span>
              <span aria-hidden="true">·</span>
              <span className={`rounded px-2 py-0.5 font-medium ${badgeClass[plan.planStatus]}`}>Statut : {planStatusLabels[plan.planStatus].toLocaleLowerCase('fr')}</span>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
