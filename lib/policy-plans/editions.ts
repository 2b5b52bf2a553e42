import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isPublished, publicationStateSelect } from '@/lib/publication';
import { effectivePlanStatus } from './status';
import type { PlanEditionView } from './select';

// An edition chain is a linked list (PolicyPlan.predecessorId, unique): walked
// one step at a time, at most this far. Nothing stops an editor from closing a
// loop (A follows B follows A), so visited plans end the walk too.
const MAX_EDITIONS = 40;

const editionStepSelect = {
  id: true,
  predecessorId: true,
  slug: true,
  title: true,
  startYear: true,
  endYear: true,
  planStatus: true,
  ...publicationStateSelect,
  metropolis: { select: publicationStateSelect },
} as const satisfies Prisma.PolicyPlanSelect;

type EditionStep = Prisma.PolicyPlanGetPayload<{ select: typeof editionStepSelect }>;

function isPublic(step: EditionStep | null): step is EditionStep {
  return step !== null && isPublished(step) && isPublished(step.metropolis);
}

function toView(step: EditionStep): PlanEditionView {
  return { slug: step.slug, title: step.title, startYear: step.startYear, endYear: step.endYear, planStatus: effectivePlanStatus(step) };
}

/**
 * The published editions before and after a plan, each list in reading order
 * (oldest first). The walk stops at the first edition the public cannot see:
 * beyond a draft, "previous edition" would skip one. `predecessorId` is the
 * plan's own (a preview passes the draft's).
 */
export async function readPlanEditions(db: DbClient, plan: { id: string; predecessorId: string | null }): Promise<{ earlier: PlanEditionView[]; later: PlanEditionView[] }> {
  const visited = new Set([plan.id]);
  const earlier: PlanEditionView[] = [];
  let previousId = plan.predecessorId;
  while (previousId && !visited.has(previousId) && visited.size < MAX_EDITIONS) {
    visited.add(previousId);
    const step = await db.policyPlan.findUnique({ where: { id: previousId }, select: editionStepSelect });
    if (!isPublic(step)) break;
    earlier.unshift(toView(step));
    previousId = step.predecessorId;
  }

  const later: PlanEditionView[] = [];
  let currentId = plan.id;
  while (visited.size < MAX_EDITIONS) {
    const step = await db.policyPlan.findUnique({ where: { predecessorId: currentId }, select: editionStepSelect });
    if (!isPublic(step) || visited.has(step.id)) break;
    visited.add(step.id);
    later.push(toView(step));
    currentId = step.id;
  }
  return { earlier, later };
}
