import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { coverageLabels, METROPOLIS_COVERAGES } from '@/lib/metropolises/coverage';
import {
  directoryFilterSegments,
  NO_DIRECTORY_FILTERS,
  parseDirectoryFilterSegments,
  regionName,
  regionSlug,
  rtesFilterLabels,
  type DirectoryFilterSegments,
} from '@/lib/metropolises/directory-filters';
import { findPublishedMetropolises } from '@/lib/metropolises/queries';
import { DIRECTORY_DESCRIPTION } from '@/lib/seo/descriptions';
import { pageMetadata } from '@/lib/seo/metadata';
import { MetropolisDirectory } from '@/app/(public)/metropoles/_components/metropolis-directory';

// The page behind /metropoles?region=…&couverture=…&rtes=… (proxy.ts rewrites to
// it), so that each combination is prerendered and cached like any page and
// works without JavaScript. Its own address is not linked to (docs/decisions/011).

interface FilteredDirectoryProps {
  params: Promise<DirectoryFilterSegments>;
}

/** Each filter alone is built ahead; other combinations are rendered on first request, then kept. */
export async function generateStaticParams(): Promise<DirectoryFilterSegments[]> {
  const regions = new Set((await findPublishedMetropolises()).map((metropolis) => regionSlug(metropolis.region)).filter((slug) => regionName(slug)));
  return [
    ...[...regions].map((region) => directoryFilterSegments({ ...NO_DIRECTORY_FILTERS, region })),
    ...METROPOLIS_COVERAGES.map((coverage) => directoryFilterSegments({ ...NO_DIRECTORY_FILTERS, coverage })),
    ...(['MEMBER', 'NOT_MEMBER', 'UNKNOWN'] as const).map((rtes) => directoryFilterSegments({ ...NO_DIRECTORY_FILTERS, rtes })),
  ];
}

export async function generateMetadata({ params }: FilteredDirectoryProps): Promise<Metadata> {
  const filters = parseDirectoryFilterSegments(await params);
  if (!filters) return { title: 'Page introuvable' };
  const parts = [
    filters.region && regionName(filters.region),
    filters.coverage && coverageLabels[filters.coverage].toLocaleLowerCase('fr'),
    filters.rtes && `membre du RTES : ${rtesFilterLabels[filters.rtes].toLocaleLowerCase('fr')}`,
  ].filter(Boolean);
  // A filtered view of the directory: its canonical address is the bare /metropoles (ADR 015).
  return pageMetadata({ title: parts.length > 0 ? `Les métropoles (${parts.join(', ')})` : 'Les métropoles', description: DIRECTORY_DESCRIPTION, path: '/metropoles' });
}

export default async function FilteredDirectoryPage({ params }: FilteredDirectoryProps) {
  const filters = parseDirectoryFilterSegments(await params);
  if (!filters) notFound();
  return <MetropolisDirectory filters={filters} />;
}
