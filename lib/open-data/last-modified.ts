import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { findCollectionLastModified } from '@/lib/api/items';
import { getDb } from '@/lib/db';
import { findOpenDataCollection, type OpenDataCollectionKey } from './collections';

async function cachedLastModified(key: OpenDataCollectionKey): Promise<string | null> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(...findOpenDataCollection(key)!.cacheTags);
  return (await findCollectionLastModified(getDb(), key))?.toISOString() ?? null;
}

/**
 * Latest change of the published rows a collection contains: max(updatedAt) of
 * those rows (a withdrawal is not a change of what remains, so it does not move it).
 */
export async function collectionLastModified(key: OpenDataCollectionKey): Promise<Date | null> {
  const iso = await cachedLastModified(key);
  return iso ? new Date(iso) : null;
}
