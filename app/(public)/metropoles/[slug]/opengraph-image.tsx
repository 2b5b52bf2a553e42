import { notFound } from 'next/navigation';
import { findPublishedMetropolisSlugs } from '@/lib/metropolises/queries';
import { getMetropolisSharePng } from '@/lib/seo/share-image-queries';
import { SHARE_IMAGE_SIZE } from '@/lib/seo/site';
import { withPlaceholder, type SlugPageProps } from '@/lib/static-params';

// A métropole's share card: name, region, what the portal documents of its ESS policy, population with its source.
export const alt = 'Carte de partage de la métropole : nom, région, état de sa politique ESS documentée et population';
export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';

export async function generateStaticParams() {
  return withPlaceholder(await findPublishedMetropolisSlugs());
}

export default async function Image({ params }: SlugPageProps) {
  const { slug } = await params;
  const bytes = await getMetropolisSharePng(slug);
  if (!bytes) notFound();
  return new Response(bytes, { headers: { 'Content-Type': contentType } });
}
