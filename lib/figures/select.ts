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
  source: { select: sourceSelect },
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
}

type FigureRow = Prisma.FigureGetPayload<{ select: typeof figureSelect }>;

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
        source,
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
