import type { Metadata } from 'next';
import { parseProjectQuery } from '@/lib/projects/filter';
import { EXPLORER_DESCRIPTION } from '@/lib/seo/descriptions';
import { pageMetadata } from '@/lib/seo/metadata';
import { ExplorerIntro } from './_components/explorer-intro';
import { ProjectExplorer } from './_components/project-explorer';

// Searches and page positions are states of the explorer: its canonical address is the bare path.
export const metadata: Metadata = pageMetadata({ title: 'Projets financés', description: EXPLORER_DESCRIPTION, path: '/projets' });

type SearchParams = Record<string, string | string[] | undefined>;

function toSearchParams(record: SearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, item);
  }
  return params;
}

function explorerFor(params: URLSearchParams) {
  const parsed = parseProjectQuery(params);
  // proxy.ts answers malformed addresses with a 400 before this renders; this only covers a request that bypassed it.
  if (!parsed.success) {
    return (
      <ul role="alert" className="list-disc pl-6 text-red-800">
        {parsed.issues.map((issue) => (
          <li key={`${issue.param}-${issue.message}`}>{issue.message}</li>
        ))}
      </ul>
    );
  }
  return <ProjectExplorer query={parsed.query} />;
}

// The page waits for its query instead of streaming it into a Suspense
// fallback: streamed content is put in place by a script, and the explorer
// must work without JavaScript.
export const instant = false;

/**
 * Searches and page positions, rendered on demand (filters and sorts alone are
 * served from their cached page, /projets/vue/…, by proxy.ts).
 */
export default async function ProjectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = toSearchParams(await searchParams);
  return (
    <>
      <ExplorerIntro />
      {explorerFor(params)}
    </>
  );
}
