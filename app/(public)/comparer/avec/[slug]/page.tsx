import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findPublishedMetropolises, findPublishedMetropolisSlugs } from '@/lib/metropolises/queries';
import { COMPARISON_DESCRIPTION } from '@/lib/seo/descriptions';
import { pageMetadata } from '@/lib/seo/metadata';
import { withPlaceholder, type SlugPageProps } from '@/lib/static-params';
import { ComparePageBody } from '../../_components/compare-page-body';

// /comparer?avec=<slug> (a profile's "Comparer avec…"), rewritten here by
// proxy.ts: the form with that métropole ticked, prerendered for each one.

export async function generateStaticParams() {
  return withPlaceholder(await findPublishedMetropolisSlugs());
}

// The form with one métropole ticked: a state of /comparer, its canonical address (ADR 015).
export const metadata: Metadata = pageMetadata({ title: 'Comparer des métropoles', description: COMPARISON_DESCRIPTION, path: '/comparer', index: false });

export default async function ComparePreselectedPage({ params }: SlugPageProps) {
  const { slug } = await params;
  const metropolises = await findPublishedMetropolises();
  if (!metropolises.some((metropolis) => metropolis.slug === slug)) notFound();
  return <ComparePageBody metropolises={metropolises.map(({ slug, shortName }) => ({ slug, shortName }))} selected={[slug]} comparison={null} />;
}
