import 'server-only';
import type { DbClient } from '@/lib/db/client';
import { getProjectTotalsByProgramme } from '@/lib/figures/computed';
import { sumProjectGroups, type ProjectTotals } from '@/lib/figures/project-totals';
import { figureOrderBy, figureSelect, publishedFigureWhere, toFigureViews, type FigureView } from '@/lib/figures/select';
import type { Prisma } from '@/lib/generated/prisma/client';
import { metropolisProfileSelect, toMetropolisProfile } from '@/lib/metropolises/select';
import { publishedWhere } from '@/lib/publication';
import { buildLeverMatrix, groupFiguresByIndicator, type ComparedMetropolis, type Comparison } from './build';

/** A figure whose plan, programme or structure is not public has no page to be cited from. */
const attachedRowsPublishedWhere = {
  AND: [
    { OR: [{ policyPlanId: null }, { policyPlan: publishedWhere }] },
    { OR: [{ fundingProgrammeId: null }, { fundingProgramme: publishedWhere }] },
    { OR: [{ supportStructureId: null }, { supportStructure: publishedWhere }] },
  ],
} satisfies Prisma.FigureWhereInput;

const comparedFigureSelect = {
  ...figureSelect,
  metropolisId: true,
  policyPlan: { select: { slug: true, metropolisId: true } },
  fundingProgramme: { select: { metropolisId: true, metropolis: { select: { slug: true } } } },
} satisfies Prisma.FigureSelect;

/** Every published figure about the métropoles: their own, and those of their plans and programmes. */
async function findFiguresByMetropolis(db: DbClient, metropolisIds: string[]): Promise<Map<string, FigureView[]>> {
  const rows = await db.figure.findMany({
    where: {
      ...publishedFigureWhere,
      ...attachedRowsPublishedWhere,
      OR: [
        { metropolisId: { in: metropolisIds } },
        { fundingProgramme: { metropolisId: { in: metropolisIds } } },
        { policyPlan: { metropolisId: { in: metropolisIds } } },
      ],
    },
    orderBy: figureOrderBy,
    select: comparedFigureSelect,
  });
  const byMetropolis = new Map<string, FigureView[]>(metropolisIds.map((id) => [id, []]));
  for (const row of rows) {
    const ownerId = row.metropolisId ?? row.fundingProgramme?.metropolisId ?? row.policyPlan?.metropolisId;
    const [view] = toFigureViews([row]);
    if (ownerId && view) byMetropolis.get(ownerId)?.push(view);
  }
  return byMetropolis;
}

/** Count, total and QPV split of each métropole's stored projects, aggregated in SQL. */
async function findProjectTotalsByMetropolis(db: DbClient, metropolisIds: string[]): Promise<Map<string, ProjectTotals>> {
  const groups = await db.fundedProject.groupBy({
    by: ['metropolisId', 'isInPriorityNeighbourhood'],
    where: { ...publishedWhere, metropolisId: { in: metropolisIds }, fundingProgramme: publishedWhere },
    _count: { _all: true },
    _sum: { amountCents: true },
    _min: { year: true },
    _max: { year: true, publishedAt: true },
  });
  return new Map(
    metropolisIds.map((id) => [
      id,
      sumProjectGroups(
        groups
          .filter((group) => group.metropolisId === id)
          .map((group) => ({
            isInPriorityNeighbourhood: group.isInPriorityNeighbourhood,
            projectCount: group._count._all,
            amountCents: group._sum.amountCents ?? 0,
            firstYear: group._min.year,
            lastYear: group._max.year,
            lastPublishedAt: group._max.publishedAt,
          })),
      ),
    ]),
  );
}

/**
 * The published métropoles named by `slugs`, in that order, with what the
 * comparison shows; null when one of them is not published (the page says which).
 */
export async function loadComparison(db: DbClient, slugs: readonly string[]): Promise<Comparison | null> {
  const [rows, levers] = await Promise.all([
    db.metropolis.findMany({ where: { ...publishedWhere, slug: { in: [...slugs] } }, select: { id: true, ...metropolisProfileSelect } }),
    db.actionLever.findMany({ where: publishedWhere, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { slug: true } }),
  ]);
  const ordered = slugs.map((slug) => rows.find((row) => row.slug === slug));
  if (ordered.some((row) => row === undefined)) return null;
  const found = ordered as NonNullable<(typeof ordered)[number]>[];
  const ids = found.map((row) => row.id);

  const [programmeTotals, projectTotals, figures] = await Promise.all([
    getProjectTotalsByProgramme(found.flatMap((row) => row.fundingProgrammes.map((programme) => programme.id)), db),
    findProjectTotalsByMetropolis(db, ids),
    findFiguresByMetropolis(db, ids),
  ]);
  const metropolises: ComparedMetropolis[] = found.map(({ id, ...row }) => ({
    profile: toMetropolisProfile(row, programmeTotals),
    projects: projectTotals.get(id)!,
    figures: figures.get(id) ?? [],
  }));
  return {
    metropolises,
    levers: buildLeverMatrix(metropolises.map((metropolis) => metropolis.profile), levers.map((lever) => lever.slug)),
    indicators: groupFiguresByIndicator(metropolises.map((metropolis) => ({ slug: metropolis.profile.slug, figures: metropolis.figures }))),
  };
}

/** Which of `slugs` name a published métropole (the proxy's check, before the page streams). */
export async function findPublishedMetropolisSlugsAmong(db: DbClient, slugs: readonly string[]): Promise<Set<string>> {
  const rows = await db.metropolis.findMany({ where: { ...publishedWhere, slug: { in: [...slugs] } }, select: { slug: true } });
  return new Set(rows.map((row) => row.slug));
}
