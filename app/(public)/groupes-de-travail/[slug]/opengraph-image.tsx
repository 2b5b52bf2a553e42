import { notFound } from 'next/navigation';
import { getRecapSharePng } from '@/lib/seo/share-image-queries';
import { SHARE_IMAGE_SIZE } from '@/lib/seo/site';
import { withPlaceholder, type SlugPageProps } from '@/lib/static-params';
import { findPublishedWorkingGroupSlugs } from '@/lib/working-groups/queries';

// A recap's share card: its number, title and meeting date (lib/seo/share-cards.ts).
export const alt = 'Carte de partage du compte rendu : numéro du groupe de travail, titre et date de la réunion';
export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';

export async function generateStaticParams() {
  return withPlaceholder(await findPublishedWorkingGroupSlugs());
}

export default async function Image({ params }: SlugPageProps) {
  const { slug } = await params;
  const bytes = await getRecapSharePng(slug);
  if (!bytes) notFound();
  return new Response(bytes, { headers: { 'Content-Type': contentType } });
}
