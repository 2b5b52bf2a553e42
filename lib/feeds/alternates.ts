import { getSiteUrl } from '@/lib/env';
import { feedPath, type FeedFilter } from './filter';

/**
 * `<link rel="alternate" type="application/atom+xml">` for a page's metadata:
 * `alternates: { types: feedAlternateTypes(…) }` (merge with other alternates there).
 * Absolute, because the root layout sets no metadataBase.
 */
export function feedAlternateTypes(options: { filter?: FeedFilter; title?: string } = {}) {
  return {
    'application/atom+xml': [{ url: `${getSiteUrl()}${feedPath(options.filter)}`, title: options.title ?? 'Flux Atom des comptes rendus et publications' }],
  };
}
