import 'server-only';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import { publishedWhere } from '@/lib/publication';
import { toProgrammeTotals, type ProgrammeProjectTotals, type ProjectGroup } from './project-totals';

export type { ProgrammeProjectTotals, ProjectTotals } from './project-totals';

/**
 * Per funding programme, with the split by year that declared figures' periods
 * are matched against. Counts and sums run in SQL (GROUP BY programme, year and
 * QPV status). Called from inside cached functions, which must then carry the
 * "funded-projects" tag; previews pass their own client.
 */
export async function getProjectTotalsByProgramme(programmeIds: string[], db: DbClient = getDb()): Promise<Record<string, ProgrammeProjectTotals>> {
  if (programmeIds.length === 0) return {};
  const groups = await db.fundedProject.groupBy({
    by: ['fundingProgrammeId', 'year', 'isInPriorityNeighbourhood'],
    where: { ...publishedWhere, fundingProgrammeId: { in: programmeIds } },
    _count: { _all: true },
    _sum: { amountCents: true },
    _max: { publishedAt: true },
  });
  const byProgramme = new Map<string, ProjectGroup[]>();
  for (const group of groups) {
    const list = byProgramme.get(group.fundingProgrammeId) ?? [];
    list.push({
      year: group.year,
      isInPriorityNeighbourhood: group.isInPriorityNeighbourhood,
      projectCount: group._count._all,
      amountCents: group._sum.amountCents ?? 0,
      lastPublishedAt: group._max.publishedAt,
    });
    byProgramme.set(group.fundingProgrammeId, list);
  }
  return Object.fromEntries([...byProgramme].map(([programmeId, list]) => [programmeId, toProgrammeTotals(list)]));
}
