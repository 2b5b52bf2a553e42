import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/lib/db';
import { cacheTags, METROPOLIS_PROFILE_TAGS, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import type { Comparison } from './build';
import { loadComparison } from './load';

export type { Comparison, ComparedMetropolis, IndicatorRow, LeverRow } from './build';

/** Cached per selection (in its order); tagged with everything a profile reads, and each métropole's slug. */
export async function getComparison(slugs: readonly string[]): Promise<Comparison | null> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(
    ...slugs.map((slug) => cacheTags.metropolis(slug)),
    ...METROPOLIS_PROFILE_TAGS,
  );
  return loadComparison(getDb(), slugs);
}
