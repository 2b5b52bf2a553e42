import type { MetadataRoute } from 'next';
import { findSitemapEntries } from '@/lib/sitemap/queries';

// /sitemap.xml: every published public page and when its content last changed (docs/decisions/014).
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return findSitemapEntries();
}
