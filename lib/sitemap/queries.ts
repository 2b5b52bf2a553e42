import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { getDb } from '@/lib/db';
import { getSiteUrl } from '@/lib/env';
import { loadSitemapEntries, SITEMAP_TAGS, type SitemapEntry } from './build';

/** Cached like the pages (ADR 004): publishing or unpublishing any listed type refreshes it. */
export async function findSitemapEntries(): Promise<SitemapEntry[]> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(...SITEMAP_TAGS);
  return loadSitemapEntries(getDb(), getSiteUrl());
}
