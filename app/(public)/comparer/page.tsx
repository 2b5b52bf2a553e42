import type { Metadata } from 'next';
import { findPublishedMetropolises } from '@/lib/metropolises/queries';
import { COMPARISON_DESCRIPTION } from '@/lib/seo/descriptions';
import { pageMetadata } from '@/lib/seo/metadata';
import { ComparePageBody } from './_components/compare-page-body';

export const metadata: Metadata = pageMetadata({ title: 'Comparer des métropoles', description: COMPARISON_DESCRIPTION, path: '/comparer' });

// The form alone. A query string never reaches this page: proxy.ts rewrites
// each selection to its own page (lib/compare/proxy.ts).
export default async function ComparePage() {
  const metropolises = await findPublishedMetropolises();
  return <ComparePageBody metropolises={metropolises.map(({ slug, shortName }) => ({ slug, shortName }))} selected={[]} comparison={null} />;
}
