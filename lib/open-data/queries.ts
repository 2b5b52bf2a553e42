import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import { getEnv, getSiteUrl } from '@/lib/env';
import { OPEN_DATA_COLLECTIONS, type OpenDataCollection } from './collections';
import { catalogueJsonLd, catalogueTurtle, type CatalogueDatasetInput } from './dcat';
import { loadCollectionLastModified, loadCollectionRowCount, loadCollectionYears } from './rows';

/** Every collection tag the open-data summaries read. */
export const OPEN_DATA_TAGS = [...new Set(OPEN_DATA_COLLECTIONS.flatMap((collection) => collection.cacheTags))];

export interface OpenDataSummary extends CatalogueDatasetInput {
  collection: OpenDataCollection;
}

/** Count, years and last change of each collection, uncached (tests pass their client). */
export async function loadOpenDataSummaries(db: DbClient): Promise<OpenDataSummary[]> {
  const summaries: OpenDataSummary[] = [];
  // One collection after the other: the embedded database serves one connection.
  for (const collection of OPEN_DATA_COLLECTIONS) {
    const rowCount = await loadCollectionRowCount(db, collection.key);
    const lastModified = await loadCollectionLastModified(db, collection.key);
    const years = await loadCollectionYears(db, collection.key);
    summaries.push({ collection, rowCount, lastModified, years });
  }
  return summaries;
}

export async function findOpenDataSummaries(): Promise<OpenDataSummary[]> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(...OPEN_DATA_TAGS);
  return loadOpenDataSummaries(getDb());
}

/** The address harvesters write to: OPEN_DATA_CONTACT_EMAIL, else the portal's sender address. */
export function openDataContactEmail(): string {
  const env = getEnv();
  if (env.OPEN_DATA_CONTACT_EMAIL) return env.OPEN_DATA_CONTACT_EMAIL;
  const bracketed = /<([^<>\s]+@[^<>\s]+)>/.exec(env.MAIL_FROM);
  return bracketed?.[1] ?? env.MAIL_FROM.trim();
}

export async function getCatalogueJsonLdText(): Promise<string> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(...OPEN_DATA_TAGS);
  return `${JSON.stringify(catalogueJsonLd({ datasets: await loadOpenDataSummaries(getDb()), siteUrl: getSiteUrl(), contactEmail: openDataContactEmail() }), null, 2)}\n`;
}

export async function getCatalogueTurtleText(): Promise<string> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(...OPEN_DATA_TAGS);
  return catalogueTurtle({ datasets: await loadOpenDataSummaries(getDb()), siteUrl: getSiteUrl(), contactEmail: openDataContactEmail() });
}
