import type { Prisma } from '@/lib/generated/prisma/client';
import type { FigureUnit } from '@/lib/generated/prisma/enums';
import { publishedWhere } from '@/lib/publication';
import { sourceSelect, toSourceRef, type SourceRef } from '@/lib/sources/select';

/** Published figures whose source is published too. */
export const publishedFigureWhere = {
  ...publishedWhere,
  source: publishedWhere,
} as const satisfies Prisma.FigureWhereInput;

export const figureOrderBy: Prisma.FigureOrderByWithRelationInput[] = [{ position: 'asc' }, { label: 'asc' }];

export const figureSelect = {
  id: true,
  indicator: true,
  label: true,
  value: true,
  unit: true,
  isLowerBound: true,
  periodStartYear: true,
  periodEndYear: true,
  fundingProgrammeId: true,
  source: { select: sourceSelect },
  // What the figure is attached to decides the page it is cited from (figurePagePath).
  metropolis: { select: { slug: true } },
  policyPlan: { select: { slug: true } },
  fundingProgramme: { select: { metropolis: { select: { slug: true } } } },
  supportStructure: { select: { slug: true } },
} as const satisfies Prisma.FigureSelect;

/** A declared figure with its source, as plain data (the Decimal becomes a number). */
export interface FigureView {
  id: string;
  indicator: string;
  label: string;
  value: number;
  unit: FigureUnit;
  isLowerBound: boolean;
  periodStartYear: number | null;
  periodEndYear: number | null;
  source: SourceRef;
  /** Set for a programme's figure, which its stored projects may recompute (lib/figures/reconcile.ts). */
  fundingProgrammeId: string | null;
  /** The public page that shows it, where its permalink points (with its anchor). */
  pagePath: string;
  /** Its latest public correction, set by the page that shows its history (lib/history). */
  correction?: { date: Date; anchor: string };
}

type FigureRow = Prisma.FigureGetPayload<{ select: typeof figureSelect }>;

/**
 * One page per figure, so that its permalink does not depend on where it was
 * read: a structure's figure is on the structure's page, a programme's on its
 * métropole's profile (programmes have no page of their own), a plan's on the
 * plan's page, a métropole's on its profile, the programme-wide ones on the home page.
 */
export function figurePagePath(row: Pick<FigureRow, 'metropolis' | 'policyPlan' | 'fundingProgramme' | 'supportStructure'>): string {
  if (row.supportStructure) return `/structures/${row.supportStructure.slug}`;
  if (row.fundingProgramme) return `/metropoles/${row.fundingProgramme.metropolis.slug}`;
  if (row.policyPlan) return `/politiques/${row.policyPlan.slug}`;
  if (row.metropolis) return `/metropoles/${row.metropolis.slug}`;
  return '/';
}

export function toFigureViews(rows: FigureRow[]): FigureView[] {
  return rows.flatMap((row) => {
    const source = toSourceRef(row.source);
    if (!source) return [];
    return [
      {
        id: row.id,
        indicator: row.indicator,
        label: row.label,
        value: row.value.toNumber(),
        unit: row.unit,
        isLowerBound: row.isLowerBound,
        periodStartYear: row.periodStartYear,
        periodEndYear: row.periodEndYear,
        fundingProgrammeId: row.fundingProgrammeId,
        source,
        pagePath: figurePagePath(row),
      },
    ];
  });
}

/** Figures included in a relation: published, with a published source, in display order. */
export const publishedFiguresInclude = {
  where: publishedFigureWhere,
  orderBy: figureOrderBy,
  select: figureSelect,
} satisfies Prisma.FigureFindManyArgs;
