import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ALL_PROJECTS_SEGMENT, fromCacheSegments } from '@/lib/projects/filter';
import { unknownInOptions } from '@/lib/projects/labels';
import { getExplorerOptions } from '@/lib/projects/queries';
import { EXPLORER_DESCRIPTION } from '@/lib/seo/descriptions';
import { pageMetadata } from '@/lib/seo/metadata';
import { ExplorerIntro } from '../../_components/explorer-intro';
import { ProjectExplorer } from '../../_components/project-explorer';

interface CachedExplorerProps {
  params: Promise<{ filtre: string[] }>;
}

// The unfiltered list is built with the site; any other state is rendered on
// its first visit and kept until a tag it read is invalidated (ADR 009).
export async function generateStaticParams() {
  return [{ filtre: [ALL_PROJECTS_SEGMENT] }];
}

// Every filter-and-sort state is a view of one data set: its canonical address is /projets (ADR 015).
export const metadata: Metadata = pageMetadata({ title: 'Projets financés', description: EXPLORER_DESCRIPTION, path: '/projets' });

/**
 * A filter-and-sort state of /projets (proxy.ts rewrites the public address
 * here). params are read outside any Suspense boundary, so that the whole
 * page, totals and list included, is stored per state rather than streamed.
 */
export default async function CachedExplorerPage({ params }: CachedExplorerProps) {
  const parsed = fromCacheSegments((await params).filtre);
  if (!parsed.success) notFound();
  const options = await getExplorerOptions();
  if (unknownInOptions(parsed.query.filter, options).length > 0) notFound();
  return (
    <>
      <ExplorerIntro />
      <ProjectExplorer query={parsed.query} options={options} />
    </>
  );
}
