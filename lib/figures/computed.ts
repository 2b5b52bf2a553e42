import 'server-only';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import { publishedWhere } from '@/lib/publication';

/** Totals computed from the funded projects stored in the portal (not declared figures). */
export interface ProjectTotals {
  projectCount: number;
  amountCents: number;
}

/**
 * Per funding programme. Called from inside cached functions, which must then
 * carry the "funded-projects" tag; previews pass their own client.
 */
export async function getProjectTotalsByProgramme(programmeIds: string[], db: DbClient = getDb()): Promise<Record<string, ProjectTotals>> {
  if (programmeIds.length === 0) return {};
  const groups = await db.fundedProject.groupBy({
    by: ['fundingProgrammeId'],
    where: { ...publishedWhere, fundingProgrammeId: { in: programmeIds } },
    _count: { _all: true },
    _sum: { amountCents: true },
  });
  return Object.fromEntries(
    groups.map((group) => [
      group.fundingProgrammeId,
      { projectCount: group._count._all, amountCents: group._sum.amountCents ?? 0 },
    ]),
  );
}
