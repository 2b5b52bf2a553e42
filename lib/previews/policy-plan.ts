import 'server-only';
import type { ContentValues } from '@/lib/content/fields';
import type { DbClient } from '@/lib/db/client';
import { getProjectTotalsByProgramme } from '@/lib/figures/computed';
import { readPlanEditions } from '@/lib/policy-plans/editions';
import { planKindLabels, planStatusLabels } from '@/lib/format';
import type { PlanKind, PlanStatus } from '@/lib/generated/prisma/enums';
import { planEditionSelect, planMetropolisSelect, policyPlanRelationsSelect, publishedLeversInclude, toPolicyPlanDetail, type PolicyPlanDetail } from '@/lib/policy-plans/select';
import { isPublished, publicationStateSelect } from '@/lib/publication';
import { findSourceRow, idList, integer, text } from './values';
import type { PreviewBuild } from './view';

// The draft's own values (and the rows they point to) with the stored entry's
// related rows, mapped by the public page's own mapper.

function isPlanKind(value: string | null): value is PlanKind {
  return value !== null && Object.hasOwn(planKindLabels, value);
}

function isPlanStatus(value: string | null): value is PlanStatus {
  return value !== null && Object.hasOwn(planStatusLabels, value);
}

async function buildPolicyPlanPreview(db: DbClient, id: string, values: ContentValues): Promise<{ plan: PolicyPlanDetail; isMetropolisPublic: boolean } | null> {
  const title = text(values, 'title');
  const metropolisId = text(values, 'metropolisId');
  const kind = text(values, 'kind');
  const planStatus = text(values, 'planStatus');
  const startYear = integer(values, 'startYear');
  if (!title || !metropolisId || !isPlanKind(kind) || !isPlanStatus(planStatus) || startYear === null) return null;

  const metropolis = await db.metropolis.findUnique({
    where: { id: metropolisId },
    select: { ...planMetropolisSelect, ...publicationStateSelect },
  });
  if (!metropolis) return null;

  const leverIds = idList(values, 'levers');
  const predecessorId = text(values, 'predecessorId');
  const [relations, levers, source, predecessor] = await Promise.all([
    db.policyPlan.findUniqueOrThrow({ where: { id }, select: policyPlanRelationsSelect }),
    leverIds.length
      ? db.actionLever.findMany({ ...publishedLeversInclude, where: { ...publishedLeversInclude.where, id: { in: leverIds } } })
      : [],
    findSourceRow(db, text(values, 'sourceId')),
    predecessorId ? db.policyPlan.findUnique({ where: { id: predecessorId }, select: planEditionSelect }) : null,
  ]);
  const [totals, editions] = await Promise.all([
    getProjectTotalsByProgramme(relations.fundingProgrammes.map((programme) => programme.id), db),
    readPlanEditions(db, { id, predecessorId }),
  ]);

  return {
    isMetropolisPublic: isPublished(metropolis),
    plan: toPolicyPlanDetail(
      {
        slug: text(values, 'slug') ?? '',
        title,
        kind,
        startYear,
        endYear: integer(values, 'endYear'),
        planStatus,
        summary: text(values, 'summary'),
        metropolis,
        levers,
        source,
        predecessor,
        ...relations,
      },
      totals,
      editions,
    ),
  };
}

export async function previewPolicyPlan(db: DbClient, id: string, values: ContentValues): Promise<PreviewBuild | null> {
  const built = await buildPolicyPlanPreview(db, id, values);
  if (!built) return null;
  const notes = built.isMetropolisPublic
    ? []
    : [`Sa métropole (${built.plan.metropolis.officialName}) n’est pas en ligne : ce plan ne sera visible qu’une fois la métropole publiée.`];
  return { view: { kind: 'policy-plan', plan: built.plan }, notes };
}
