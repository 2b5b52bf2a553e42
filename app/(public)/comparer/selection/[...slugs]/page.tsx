import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { parseComparisonQuery } from '@/lib/compare/params';
import { getComparison } from '@/lib/compare/queries';
import { findPublishedMetropolises } from '@/lib/metropolises/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { ComparePageBody } from '../../_components/compare-page-body';

// /comparer?m=a,b,c, rewritten here by proxy.ts as /comparer/selection/a/b/c:
// the whole comparison is rendered on the server from the path (nothing
// streamed), on its first request, then kept until a tag invalidates it.

interface SelectionPageProps {
  params: Promise<{ slugs: string[] }>;
}

/** The slugs of a well-formed selection, or null (the page is then a 404). */
async function selectionOf(params: SelectionPageProps['params']): Promise<string[] | null> {
  const { slugs } = await params;
  const query = parseComparisonQuery({ m: [slugs.join(',')], avec: [] });
  return query.kind === 'compare' ? query.slugs : null;
}

// Selections are too many to build (up to four of 22, in order): each is rendered on request.
// With cacheComponents the list cannot be empty: this one is no selection, so its page is a 404.
export function generateStaticParams() {
  return [{ slugs: ['aucune-selection'] }];
}

export async function generateMetadata({ params }: SelectionPageProps): Promise<Metadata> {
  const slugs = await selectionOf(params);
  const comparison = slugs && (await getComparison(slugs));
  if (!comparison) return { title: 'Page introuvable' };
  const names = comparison.metropolises.map(({ profile }) => profile.shortName);
  // Selections are too many to index (up to four of 22, in order): canonical /comparer, noindex (ADR 015).
  return pageMetadata({
    title: `Comparaison : ${names.slice(0, -1).join(', ')} et ${names.at(-1)}`,
    description: `${names.join(', ')} côte à côte : plans, leviers d’action, dispositifs de financement, projets financés et chiffres sourcés.`,
    path: '/comparer',
    index: false,
  });
}

export default async function ComparisonSelectionPage({ params }: SelectionPageProps) {
  const slugs = await selectionOf(params);
  if (!slugs) notFound();
  const [comparison, metropolises] = await Promise.all([getComparison(slugs), findPublishedMetropolises()]);
  if (!comparison) notFound();
  return <ComparePageBody metropolises={metropolises.map(({ slug, shortName }) => ({ slug, shortName }))} selected={slugs} comparison={comparison} />;
}
