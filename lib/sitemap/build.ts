import 'server-only';
import { CONTENT_ENTITY_TYPES, type ContentEntityType } from '@/lib/content/entity-types';
import { delegateOf, descriptorOf } from '@/lib/content/server/descriptors';
import type { DbClient } from '@/lib/db/client';
import { loadPublicDates } from '@/lib/history/load';
import { publishedWhere } from '@/lib/publication';

export interface SitemapEntry {
  url: string;
  lastModified?: Date;
}

/**
 * Canonical pages that are not one entry's page (no query strings), with the
 * types whose entries they list: their lastmod is the newest change of those.
 * `/projets` has none: recomputing it over every funded project is not worth it.
 */
const LIST_PAGES: ReadonlyArray<{ path: string; types: readonly ContentEntityType[] }> = [
  { path: '/', types: ['WorkingGroupReport', 'Figure', 'Metropolis'] },
  { path: '/metropoles', types: ['Metropolis', 'PolicyPlan'] },
  { path: '/structures', types: ['SupportStructure'] },
  { path: '/groupes-de-travail', types: ['WorkingGroupReport'] },
  { path: '/glossaire', types: ['GlossaryTerm'] },
  { path: '/projets', types: [] },
  { path: '/donnees', types: [] },
  { path: '/donnees/api', types: [] },
];

/** Types whose entries have a page of their own: every descriptor with a `publicPage` (persons' pages join here once their descriptor has one). */
export const SITEMAP_ENTITY_TYPES = CONTENT_ENTITY_TYPES.filter((type) => descriptorOf(type).publicPage);

/** Every type the sitemap reads (a plan's page also needs its métropole online: Metropolis has a page too). */
const SITEMAP_READ_TYPES = [...new Set([...SITEMAP_ENTITY_TYPES, ...LIST_PAGES.flatMap((page) => page.types)])];

/** Collection tags the sitemap depends on (its cache entry is tagged with them). */
export const SITEMAP_TAGS = SITEMAP_READ_TYPES.map((type) => descriptorOf(type).tags.collection);

const newest = (dates: Iterable<Date>) => {
  let max: Date | undefined;
  for (const date of dates) if (!max || date > max) max = date;
  return max;
};

/**
 * Every published public page with the date its published content last
 * changed (lib/history): an unpublished or trashed entry is not listed.
 */
export async function loadSitemapEntries(db: DbClient, siteUrl: string): Promise<SitemapEntry[]> {
  const datesByType = new Map<ContentEntityType, Map<string, Date>>();
  const pages: SitemapEntry[] = [];
  for (const type of SITEMAP_READ_TYPES) {
    const publicPage = descriptorOf(type).publicPage;
    const hasSlug = Boolean(publicPage);
    const rows = await delegateOf(db, type).findMany({
      where: { ...publishedWhere, ...publicPage?.visibleWhere },
      select: { id: true, createdAt: true, ...(hasSlug ? { slug: true } : {}) },
      orderBy: { id: 'asc' },
    });
    const dates = await loadPublicDates(db, type, rows.map((row) => ({ id: String(row.id), createdAt: row.createdAt as Date })));
    datesByType.set(type, new Map([...dates].map(([id, value]) => [id, value.lastChangedAt])));
    if (publicPage) {
      for (const row of rows) pages.push({ url: `${siteUrl}${publicPage.path(String(row.slug))}`, lastModified: dates.get(String(row.id))!.lastChangedAt });
    }
  }
  const lists = LIST_PAGES.map((page): SitemapEntry => {
    const lastModified = newest(page.types.flatMap((type) => [...(datesByType.get(type)?.values() ?? [])]));
    return lastModified ? { url: `${siteUrl}${page.path === '/' ? '' : page.path}`, lastModified } : { url: `${siteUrl}${page.path === '/' ? '' : page.path}` };
  });
  return [...lists, ...pages.sort((a, b) => a.url.localeCompare(b.url))];
}
