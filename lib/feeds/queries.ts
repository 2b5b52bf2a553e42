import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { getDb } from '@/lib/db';
import { getSiteUrl } from '@/lib/env';
import { loadFeed } from './build';
import type { FeedFilter } from './filter';

export type FeedResponse = { kind: 'feed'; xml: string } | { kind: 'unknown'; message: string };

/**
 * The feed document per filter, cached like the pages (ADR 004) and tagged
 * with every collection it reads: publishing a recap, a publication, a theme,
 * an organiser or a métropole refreshes it; its revisions are written by those
 * same publications.
 */
export async function getFeed(filter: FeedFilter): Promise<FeedResponse> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.workingGroups, cacheTags.publications, cacheTags.metropolises, cacheTags.themes, cacheTags.organisations);
  const result = await loadFeed(getDb(), filter, getSiteUrl());
  return result.kind === 'feed' ? { kind: 'feed', xml: result.xml } : result;
}
