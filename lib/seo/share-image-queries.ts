import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { findPublishedMetropolises } from '@/lib/metropolises/queries';
import { getPublishedWorkingGroupBySlug } from '@/lib/working-groups/queries';
import { metropolisShareCard, recapShareCard, SITE_SHARE_CARD } from './share-cards';
import { renderShareImage } from './share-image';

// The PNG bytes of each share card, kept like the pages (ADR 004): drawing a
// card costs far more than reading its data, so the bytes are cached under the
// tags of what they show, and an unknown slug gives null (a 404).

async function png(response: Response): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await response.arrayBuffer());
}

export async function getSiteSharePng(): Promise<Uint8Array<ArrayBuffer>> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  return png(await renderShareImage(SITE_SHARE_CARD));
}

export async function getRecapSharePng(slug: string): Promise<Uint8Array<ArrayBuffer> | null> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.workingGroup(slug), cacheTags.workingGroups);
  const recap = await getPublishedWorkingGroupBySlug(slug);
  return recap ? png(await renderShareImage(recapShareCard(recap))) : null;
}

export async function getMetropolisSharePng(slug: string): Promise<Uint8Array<ArrayBuffer> | null> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(cacheTags.metropolis(slug), cacheTags.metropolises);
  const metropolis = (await findPublishedMetropolises()).find((item) => item.slug === slug);
  return metropolis ? png(await renderShareImage(metropolisShareCard(metropolis))) : null;
}
