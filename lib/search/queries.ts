import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import type { SearchQuery } from './params';
import { searchDocuments, type SearchResults } from './search';

/** Every collection a result can come from, or whose withdrawal hides one (a métropole, a programme). */
export const SEARCH_TAGS = [
  cacheTags.metropolises,
  cacheTags.policyPlans,
  cacheTags.fundingProgrammes,
  cacheTags.fundedProjects,
  cacheTags.supportStructures,
  cacheTags.persons,
  cacheTags.workingGroups,
  cacheTags.publications,
  cacheTags.glossary,
] as const;

/** One search, cached per query and invalidated with the collections it reads. */
export async function getSearchResults(query: SearchQuery): Promise<SearchResults> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(...SEARCH_TAGS);
  return searchDocuments(query);
}
