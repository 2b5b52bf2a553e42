import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { getDb } from '@/lib/db';
import { publishedWhere } from '@/lib/publication';
import type { GlossaryAbbreviation } from './abbreviations';
import { glossaryEntrySelect, sortGlossary, toGlossaryEntry, type GlossaryEntry } from './select';

/** The published glossary, alphabetical (/glossaire). */
export async function findPublishedGlossary(): Promise<GlossaryEntry[]> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.glossary, cacheTags.sources);

  const rows = await getDb().glossaryTerm.findMany({ where: publishedWhere, select: glossaryEntrySelect });
  return sortGlossary(rows.map(toGlossaryEntry));
}

/**
 * What public texts need to mark acronyms: every published term. Cached and
 * tagged like any public read, so a page that renders Markdown is refreshed
 * when the glossary changes.
 */
export async function findGlossaryAbbreviations(): Promise<GlossaryAbbreviation[]> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.glossary);

  return getDb().glossaryTerm.findMany({ where: publishedWhere, select: { term: true, expansion: true, slug: true }, orderBy: { term: 'asc' } });
}
