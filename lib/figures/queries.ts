import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/lib/db';
import { cacheTags, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { publishedWhere } from '@/lib/publication';
import { figureOrderBy, figureSelect, publishedFigureWhere, toFigureViews, type FigureView } from '@/lib/figures/select';

/**
 * Figures about the métropoles as a group (e.g. "15 of the 22 were RTES members
 * in 2018"): not attached to one métropole, plan, programme or structure.
 */
export async function findOverviewFigures(): Promise<FigureView[]> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.figures, cacheTags.sources, cacheTags.programmes);

  const rows = await getDb().figure.findMany({
    where: {
      ...publishedFigureWhere,
      metropolisId: null,
      policyPlanId: null,
      fundingProgrammeId: null,
      supportStructureId: null,
      OR: [{ programmeId: null }, { programme: publishedWhere }],
    },
    orderBy: figureOrderBy,
    select: figureSelect,
  });
  return toFigureViews(rows);
}
