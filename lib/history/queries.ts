import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { getContentType } from '@/lib/content/registry';
import { descriptorOf } from '@/lib/content/server/descriptors';
import { relationTargets } from '@/lib/content/server/relation-options';
import { getDb } from '@/lib/db';
import { loadPageHistory, type LoadPageHistoryOptions, type PageHistory } from './page';

export type { PageHistory, PageHistoryEntry } from './page';
export { withCorrections } from './page';

/**
 * Tags: the page's subject (collection and slug: publishing it writes the
 * revisions read here, and invalidates exactly these), figures, and every type
 * whose names the changes show.
 */
export async function getPageHistory(options: LoadPageHistoryOptions): Promise<PageHistory> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  const { tags } = descriptorOf(options.entityType);
  const named = [...relationTargets(getContentType(options.entityType)), ...relationTargets(getContentType('Figure'))];
  cacheTag(
    tags.collection,
    ...(tags.slug ? [tags.slug(options.slug)] : []),
    descriptorOf('Figure').tags.collection,
    ...new Set(named.map((target) => descriptorOf(target).tags.collection)),
  );
  return loadPageHistory(getDb(), options);
}
