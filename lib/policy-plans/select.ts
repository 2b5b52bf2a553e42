import type { ProgrammeProjectTotals } from '@/lib/figures/project-totals';
import { publishedFiguresInclude, toFigureViews, type FigureView } from '@/lib/figures/select';
import { publishedProgrammesInclude, toFundingProgrammeView, type FundingProgrammeView } from '@/lib/funding-programmes/select';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PlanStatus } from '@/lib/generated/prisma/enums';

import { isPublished, publicationStateSelect, publishedWhere } from '@/lib/publication';
import { sourceSelect, toSourceRef, type SourceRef } from '@/lib/sources/select';
import { effectivePlanStatus } from './status';

/** A plan is public only if its métropole is. */
export const publicPlanWhere = { ...publishedWhere, metropolis: publishedWhere };

interface PlanEdition {
  slug: string;
  title: string;
  startYear: number;
  endYear: number | null;
}

/** One edition of a plan's series, with the status a reader sees. */
export interface PlanEditionView extends PlanEdition {
  planStatus: PlanStatus;
}

/** The published editions around a plan, oldest first (readPlanEditions). */
export interface PlanEditionSeries {
  earlier: PlanEditionView[];
  later: PlanEditionView[];
}

/** A plan's own fields (planFieldsSelect), as every page that lists or shows plans reads them. */
export type PlanFields = Prisma.PolicyPlanGetPayload<{ select: typeof planFieldsSelect }>;

export interface PolicyPlanDetail extends PlanFields {
  metropolis: { slug: string; shortName: string; officialName: string };
  levers: Array<{ slug: string; name: string; description: string | null }>;
  source: SourceRef | null;
  figures: FigureView[];
  fundingProgrammes: FundingProgrammeView[];
  predecessor: PlanEdition | null;
  successor: PlanEdition | null;
  editions: PlanEditionSeries;
  /** Last publication of the entry (the citation's date). */
  publishedAt: Date | null;
}

/** Editions are to-one relations: checked for publication after reading (toEdition). */
export const planEditionSelect = {
  slug: true,
  title: true,
  startYear: true,
  endYear: true,
  ...publicationStateSelect,
  metropolis: { select: publicationStateSelect },
} as const satisfies Prisma.PolicyPlanSelect;

type EditionRow = Prisma.PolicyPlanGetPayload<{ select: typeof planEditionSelect }>;

function toEdition(row: EditionRow | null): PlanEdition | null {
  if (!row || !isPublished(row) || !isPublished(row.metropolis)) return null;
  return { slug: row.slug, title: row.title, startYear: row.startYear, endYear: row.endYear };
}

export const planMetropolisSelect = { slug: true, shortName: true, officialName: true } satisfies Prisma.MetropolisSelect;

/** A plan's levers: published ones, in display order. */
export const publishedLeversInclude = {
  where: publishedWhere,
  orderBy: [{ position: 'asc' }, { name: 'asc' }],
  select: { slug: true, name: true, description: true },
} satisfies Prisma.ActionLeverFindManyArgs;

/**
 * The published rows a plan page lists that the plan's own values do not name,
 * read from the stored plan. The draft preview reads them too.
 */
export const policyPlanRelationsSelect = {
  figures: { ...publishedFiguresInclude, where: { ...publishedFiguresInclude.where, fundingProgrammeId: null } },
  fundingProgrammes: publishedProgrammesInclude,
  successor: { select: planEditionSelect },
  publishedAt: true,
} satisfies Prisma.PolicyPlanSelect;

/** A plan's own values, shown on its page and in its métropole's profile. */
export const planFieldsSelect = {
  slug: true,
  title: true,
  kind: true,
  startYear: true,
  endYear: true,
  planStatus: true,
  summary: true,
} satisfies Prisma.PolicyPlanSelect;

export const policyPlanDetailSelect = {
  ...planFieldsSelect,
  metropolis: { select: planMetropolisSelect },
  levers: publishedLeversInclude,
  source: { select: sourceSelect },
  predecessor: { select: planEditionSelect },
  ...policyPlanRelationsSelect,
} satisfies Prisma.PolicyPlanSelect;

/** The plan's own values, the rows they point to (métropole, levers, source, predecessor) and its related rows. */
export type PolicyPlanDetailRow = Prisma.PolicyPlanGetPayload<{ select: typeof policyPlanDetailSelect }>;

/** Pure; `totals` are those of the row's funding programmes, `editions` its series. */
export function toPolicyPlanDetail(row: PolicyPlanDetailRow, totals: Record<string, ProgrammeProjectTotals>, editions: PlanEditionSeries): PolicyPlanDetail {
  return {
    slug: row.slug,
    title: row.title,
    kind: row.kind,
    startYear: row.startYear,
    endYear: row.endYear,
    planStatus: effectivePlanStatus(row),
    summary: row.summary?.trim() || null,
    metropolis: { slug: row.metropolis.slug, shortName: row.metropolis.shortName, officialName: row.metropolis.officialName },
    levers: row.levers,
    source: toSourceRef(row.source),
    figures: toFigureViews(row.figures),
    fundingProgrammes: row.fundingProgrammes.map((programme) => toFundingProgrammeView(programme, totals)),
    predecessor: toEdition(row.predecessor),
    successor: toEdition(row.successor),
    editions,
    publishedAt: row.publishedAt,
  };
}
