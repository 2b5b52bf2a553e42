import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { getDb } from '@/lib/db';
import type { Database } from '@/lib/db/client';
import { publishedWhere } from '@/lib/publication';

/** Content types with a public detail page, hence old URLs worth redirecting. */
export type RedirectedEntityType = 'Metropolis' | 'PolicyPlan' | 'SupportStructure' | 'WorkingGroupReport';

interface RedirectRule {
  /** Collection tags of every type whose changes can alter the answer. */
  tags: string[];
  /** Current slug of the entry when its public page exists. */
  findPublicSlug: (db: Database, id: string) => Promise<{ slug: string } | null>;
}

const RULES: Record<RedirectedEntityType, RedirectRule> = {
  Metropolis: {
    tags: [cacheTags.metropolises],
    findPublicSlug: (db, id) => db.metropolis.findFirst({ where: { id, ...publishedWhere }, select: { slug: true } }),
  },
  PolicyPlan: {
    // A plan is public only if its métropole is (lib/policy-plans/queries.ts).
    tags: [cacheTags.policyPlans, cacheTags.metropolises],
    findPublicSlug: (db, id) =>
      db.policyPlan.findFirst({ where: { id, ...publishedWhere, metropolis: publishedWhere }, select: { slug: true } }),
  },
  SupportStructure: {
    tags: [cacheTags.supportStructures],
    findPublicSlug: (db, id) => db.supportStructure.findFirst({ where: { id, ...publishedWhere }, select: { slug: true } }),
  },
  WorkingGroupReport: {
    tags: [cacheTags.workingGroups],
    findPublicSlug: (db, id) => db.workingGroupReport.findFirst({ where: { id, ...publishedWhere }, select: { slug: true } }),
  },
};

/**
 * Current slug of the entry a former slug belongs to, when that entry is public.
 * The redirect row points at the entry's id, so a chain of renames resolves in
 * one step to the latest slug.
 */
export async function resolveRedirectTarget(db: Database, entityType: RedirectedEntityType, slug: string): Promise<string | null> {
  const redirect = await db.slugRedirect.findUnique({
    where: { entityType_slug: { entityType, slug } },
    select: { entityId: true },
  });
  if (!redirect) return null;
  const entry = await RULES[entityType].findPublicSlug(db, redirect.entityId);
  // Never redirect a URL to itself (the entry's page would have been found).
  return entry && entry.slug !== slug ? entry.slug : null;
}

/** Cached for public pages: renames, publications and trashing update the collection tag. */
export async function findRedirectTarget(entityType: RedirectedEntityType, slug: string): Promise<string | null> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(...RULES[entityType].tags);

  return resolveRedirectTarget(getDb(), entityType, slug);
}
