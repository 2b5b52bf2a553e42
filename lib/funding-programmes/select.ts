import type { Prisma } from '@/lib/generated/prisma/client';
import type { FundingKind } from '@/lib/generated/prisma/enums';
import type { ProgrammeProjectTotals } from '@/lib/figures/project-totals';
import { publishedFiguresInclude, toFigureViews, type FigureView } from '@/lib/figures/select';
import { isPublished, publicationStateSelect, publishedWhere } from '@/lib/publication';
import { sourceSelect, toSourceRef, type SourceRef } from '@/lib/sources/select';

export const publishedProgrammesInclude = {
  where: publishedWhere,
  orderBy: [{ startYear: 'asc' }, { name: 'asc' }],
  select: {
    id: true,
    slug: true,
    name: true,
    kind: true,
    description: true,
    startYear: true,
    endYear: true,
    isRecurring: true,
    metropolis: { select: { slug: true } },
    source: { select: sourceSelect },
    policyPlan: { select: { slug: true, title: true, ...publicationStateSelect } },
    figures: publishedFiguresInclude,
  },
} satisfies Prisma.FundingProgrammeFindManyArgs;

export interface FundingProgrammeView {
  id: string;
  slug: string;
  name: string;
  kind: FundingKind;
  description: string | null;
  startYear: number | null;
  endYear: number | null;
  isRecurring: boolean;
  /** Its métropole's profile is the page that shows it (and its figures' permalinks). */
  metropolisSlug: string;
  policyPlan: { slug: string; title: string } | null;
  source: SourceRef | null;
  figures: FigureView[];
  /** Computed from the funded projects stored here; null when none is recorded. */
  projectTotals: ProgrammeProjectTotals | null;
}

type ProgrammeRow = Prisma.FundingProgrammeGetPayload<{ select: (typeof publishedProgrammesInclude)['select'] }>;

export function toFundingProgrammeView(row: ProgrammeRow, totals: Record<string, ProgrammeProjectTotals>): FundingProgrammeView {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    description: row.description,
    startYear: row.startYear,
    endYear: row.endYear,
    isRecurring: row.isRecurring,
    metropolisSlug: row.metropolis.slug,
    policyPlan: isPublished(row.policyPlan) && row.policyPlan ? { slug: row.policyPlan.slug, title: row.policyPlan.title } : null,
    source: toSourceRef(row.source),
    figures: toFigureViews(row.figures),
    projectTotals: totals[row.id] ?? null,
  };
}
