import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { delegateOf, publicPageOf, type PublicPageEntityType } from '@/lib/content/server/descriptors';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import { publishedWhere } from '@/lib/publication';

export interface RedirectTargetOptions {
  /** A type with a public detail page (its descriptor's `publicPage`). */
  entityType: PublicPageEntityType;
  slug: string;
  db?: DbClient;
}

/**
 * Current slug of the entry a former slug belongs to, when that entry is public.
 * The redirect row points at the entry's id, so a chain of renames resolves in
 * one step to the latest slug.
 */
export async function resolveRedirectTarget({ entityType, slug, db = getDb() }: RedirectTargetOptions): Promise<string | null> {
  const redirect = await db.slugRedirect.findUnique({
    where: { entityType_slug: { entityType, slug } },
    select: { entityId: true },
  });
  if (!redirect) return null;
  const entry = await delegateOf(db, entityType).findFirst({
    where: { id: redirect.entityId, ...publishedWhere, ...publicPageOf(entityType).visibleWhere },
    select: { slug: true },
  });
  // Never redirect a URL to itself (the entry's page would have been found).
  return entry && entry.slug !== slug ? String(entry.slug) : null;
}

/** Cached for public pages: renames, publications and trashing update the collection tags. */
export async function findRedirectTarget(entityType: PublicPageEntityType, slug: string): Promise<string | null> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(...publicPageOf(entityType).tags);

  return resolveRedirectTarget({ entityType, slug });
}
