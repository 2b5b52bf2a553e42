import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { getDb } from '@/lib/db';
import { findOpenDataCollection, type OpenDataCollectionKey } from '@/lib/open-data/collections';
import { findGroupesDeTravail, findMetropoles, findPolitiques, findProjet, findProjetPage, findStructures, WHOLE_COLLECTION_READERS, type ProjectListPage, type ProjectListQuery, type WholeCollectionKey } from './items';
import type { DetailCollectionKey, ItemOf } from './schemas';

// The API's public reads, cached like the pages (ADR 004) and tagged with every
// collection they read (lib/open-data/collections.ts), so a publication refreshes them.

function tagsOf(key: OpenDataCollectionKey): string[] {
  return [...findOpenDataCollection(key)!.cacheTags];
}

export async function getCollectionItems<K extends WholeCollectionKey>(key: K, site: string): Promise<ItemOf<K>[]> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(...tagsOf(key));
  return (WHOLE_COLLECTION_READERS[key] as (db: ReturnType<typeof getDb>, links: { site: string }) => Promise<ItemOf<K>[]>)(getDb(), { site });
}

export async function getDetailItem(key: DetailCollectionKey, id: string, site: string): Promise<ItemOf<DetailCollectionKey> | null> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(...tagsOf(key));
  const db = getDb();
  const links = { site };
  switch (key) {
    case 'metropoles':
      return (await findMetropoles(db, links, id))[0] ?? null;
    case 'politiques':
      return (await findPolitiques(db, links, id))[0] ?? null;
    case 'structures':
      return (await findStructures(db, links, id))[0] ?? null;
    case 'groupes-de-travail':
      return (await findGroupesDeTravail(db, links, id))[0] ?? null;
    case 'projets':
      return findProjet(db, links, id);
  }
}

export async function getProjetPage(query: ProjectListQuery, limit: number, site: string): Promise<ProjectListPage> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(...tagsOf('projets'));
  return findProjetPage(getDb(), { site }, query, limit);
}
