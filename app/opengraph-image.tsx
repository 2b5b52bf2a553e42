import { getSiteSharePng } from '@/lib/seo/share-image-queries';
import { DEFAULT_SHARE_IMAGE_ALT, SHARE_IMAGE_SIZE } from '@/lib/seo/site';

// The site's share card, for every page without one of its own (lib/seo/metadata.ts points to it).
export const alt = DEFAULT_SHARE_IMAGE_ALT;
export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';

export default async function Image() {
  return new Response(await getSiteSharePng(), { headers: { 'Content-Type': contentType } });
}
