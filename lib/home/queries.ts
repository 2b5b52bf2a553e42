import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/lib/db';
import { cacheTags, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { countPublishedContent, type HomeCounts } from './counts';

export type { HomeCounts } from './counts';

export async function getHomeCounts(): Promise<HomeCounts> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.metropolises, cacheTags.policyPlans, cacheTags.fundingProgrammes, cacheTags.workingGroups, cacheTags.supportStructures);
  return countPublishedContent(getDb());
}
