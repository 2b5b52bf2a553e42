import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/lib/db';
import { cacheTags, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { getProjectTotalsByProgramme } from '@/lib/figures/computed';
import { publishedFiguresInclude, toFigureViews, type FigureView } from '@/lib/figures/select';
import {
  publishedProgrammesInclude,
  toFundingProgrammeView,
  type FundingProgrammeView,
} from '@/lib/funding-programmes/select';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PlanKind, PlanStatus } from '@/lib/generated/prisma/enums';
import { isPublished, publicationStateSelect, publishedWhere } from '@/lib/publication';
import { sourceSelect, toSourceRef, type SourceRef } from '@/lib/sources/select';

/** A plan is public only if its métropole is. */
const publicPlanWhere = { ...publishedWhere, metropolis: publishedWhere };

export async function findPublishedPolicyPlanSlugs(): Promise<string[]> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.policyPlans, cacheTags.metropolises);

  const rows = await getDb().policyPlan.findMany({ where: publicPlanWhere, select: { slug: true }, orderBy: { slug: 'asc' } });
  return rows.map((row) => row.slug);
}

export async function countPublishedPolicyPlans(): Promise<number> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.policyPlans, cacheTags.metropolises);

  return getDb().policyPlan.count({ where: publicPlanWhere });
}

interface PlanEdition {
  slug: string;
  title: string;
  startYear: number;
  endYear: number | null;
}

export interface PolicyPlanDetail {
  slug: string;
  title: string;
  kind: PlanKind;
  startYear: number;
  endYear: number | null;
  planStatus: PlanStatus;
  summary: string | null;
  metropolis: { slug: string; shortName: string; officialName: string };
  levers: Array<{ slug: string; name: string; description: string | null }>;
  source: SourceRef | null;
  figures: FigureView[];
  fundingProgrammes: FundingProgrammeView[];
  predecessor: PlanEdition | null;
  successor: PlanEdition | null;
}

const editionSelect = {
  slug: true,
  title: true,
  startYear: true,
  endYear: true,
  ...publicationStateSelect,
  metropolis: { select: publicationStateSelect },
} as const satisfies Prisma.PolicyPlanSelect;

type EditionRow = Prisma.PolicyPlanGetPayload<{ select: typeof editionSelect }>;

function toEdition(row: EditionRow | null): PlanEdition | null {
  if (!row || !isPublished(row) || !isPublished(row.metropolis)) return null;
  return { slug: row.slug, title: row.title, startYear: row.startYear, endYear: row.endYear };
}

export async function getPublishedPolicyPlanBySlug(slug: string): Promise<PolicyPlanDetail | null> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(
    cacheTags.policyPlan(slug),
    cacheTags.policyPlans,
    cacheTags.metropolises,
    cacheTags.actionLevers,
    cacheTags.fundingProgrammes,
    cacheTags.fundedProjects,
    cacheTags.figures,
    cacheTags.sources,
  );

  const row = await getDb().policyPlan.findFirst({
    where: { slug, ...publicPlanWhere },
    select: {
      slug: true,
      title: true,
      kind: true,
      startYear: true,
      endYear: true,
      planStatus: true,
      summary: true,
      metropolis: { select: { slug: true, shortName: true, officialName: true } },
      levers: {
        where: publishedWhere,
        orderBy: [{ position: 'asc' }, { name: 'asc' }],
        select: { slug: true, name: true, description: true },
      },
      source: { select: sourceSelect },
      figures: { ...publishedFiguresInclude, where: { ...publishedFiguresInclude.where, fundingProgrammeId: null } },
      fundingProgrammes: publishedProgrammesInclude,
      predecessor: { select: editionSelect },
      successor: { select: editionSelect },
    },
  });
  if (!row) return null;

  const totals = await getProjectTotalsByProgramme(row.fundingProgrammes.map((programme) => programme.id));

  return {
    slug: row.slug,
    title: row.title,
    kind: row.kind,
    startYear: row.startYear,
    endYear: row.endYear,
    planStatus: row.planStatus,
    summary: row.summary?.trim() || null,
    metropolis: row.metropolis,
    levers: row.levers,
    source: toSourceRef(row.source),
    figures: toFigureViews(row.figures),
    fundingProgrammes: row.fundingProgrammes.map((programme) => toFundingProgrammeView(programme, totals)),
    predecessor: toEdition(row.predecessor),
    successor: toEdition(row.successor),
  };
}
