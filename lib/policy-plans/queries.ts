import 'server-only';
import { publicPlanWhere, PolicyPlanDetail, policyPlanDetailSelect, toPolicyPlanDetail } from './select';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/lib/db';
import { cacheTags, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { getProjectTotalsByProgramme } from '@/lib/figures/computed';
import { readPlanEditions } from './editions';

export async function findPublishedPolicyPlanSlugs(): Promise<string[]> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.policyPlans, cacheTags.metropolises);

  const rows = await getDb().policyPlan.findMany({ where: publicPlanWhere, select: { slug: true }, orderBy: { slug: 'asc' } });
  return rows.map((row) => row.slug);
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

  const db = getDb();
  const row = await db.policyPlan.findFirst({ where: { slug, ...publicPlanWhere }, select: { ...policyPlanDetailSelect, id: true, predecessorId: true } });
  if (!row) return null;

  const [totals, editions] = await Promise.all([
    getProjectTotalsByProgramme(row.fundingProgrammes.map((programme) => programme.id)),
    readPlanEditions(db, row),
  ]);
  return toPolicyPlanDetail(row, totals, editions);
}
