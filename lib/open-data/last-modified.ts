import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { getDb } from '@/lib/db';
import { OPEN_DATA_COLLECTIONS, type OpenDataCollectionKey } from './collections';
import { loadCollectionLastModified } from './rows';

/**
 * Latest change of the published rows a collection contains (their public
 * history; max(updatedAt) for the very large ones, ./rows.ts), cached and
 * tagged with the collections it reads (ADR 004).
 */
export async function collectionLastModified(key: OpenDataCollectionKey): Promise<Date | null> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(...(OPEN_DATA_COLLECTIONS.find((collection) => collection.key === key)?.cacheTags ?? []));
  return loadCollectionLastModified(getDb(), key);
}
