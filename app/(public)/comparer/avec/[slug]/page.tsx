import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findPublishedMetropolises, findPublishedMetropolisSlugs } from '@/lib/metropolises/queries';
import { withPlaceholder, type SlugPageProps } from '@/lib/static-params';
import { ComparePageBody } from '../../_components/compare-page-body';

// /comparer?avec=<slug> (a profile's "Comparer avec…"), rewritten here by
// proxy.ts: the form with that métropole ticked, prerendered for each one.

export async function generateStaticParams() {
  return withPlaceholder(await findPublishedMetropolisSlugs());
}

export const metadata: Metadata = { title: 'Comparer des métropoles' };

export default async function ComparePreselectedPage({ params }: SlugPageProps) {
  const { slug } = await params;
  const metropolises = await findPublishedMetropolises();
  if (!metropolises.some((metropolis) => metropolis.slug === slug)) notFound();
  return <ComparePageBody metropolises={metropolises.map(({ slug, shortName }) => ({ slug, shortName }))} selected={[slug]} comparison={null} />;
}
