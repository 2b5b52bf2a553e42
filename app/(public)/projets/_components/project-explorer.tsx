import { getExplorerOptions, getExplorerResults } from '@/lib/projects/queries';
import type { ExplorerOptions } from '@/lib/projects/explorer';
import type { ProjectQuery } from '@/lib/projects/filter';
import { describeActiveFilters, describeSort, unknownInOptions, unknownValueMessage } from '@/lib/projects/labels';
import { ActiveFilters, EmptyResult } from './active-filters';
import { Downloads } from './downloads';
import { FilterForm } from './filter-form';
import { Pagination } from './pagination';
import { ProjectTable } from './project-table';
import { ProjectTotalsView } from './project-totals';

/** Explains a filter naming nothing published, should a request reach the page without the proxy's check. */
export function UnknownFilterNotice({ messages }: { messages: string[] }) {
  return (
    <div role="alert" className="mb-8 rounded border border-red-700 p-4">
      <h2 className="mb-2 text-xl font-bold text-red-800">Filtre inconnu</h2>
      <ul className="list-disc pl-6">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      <p className="mt-2">
        <a href="/projets" className="text-brand-700 underline hover:text-brand-800">
          Tous les projets financés
        </a>
      </p>
    </div>
  );
}

/** The explorer for one state of the query string: the form, the totals, the downloads, the list. */
export async function ProjectExplorer({ query, options }: { query: ProjectQuery; options?: ExplorerOptions }) {
  const choices = options ?? (await getExplorerOptions());
  const unknown = unknownInOptions(query.filter, choices);
  if (unknown.length > 0) return <UnknownFilterNotice messages={unknown.map(unknownValueMessage)} />;
  const { page, totals, computedAt } = await getExplorerResults(query);
  const activeFilters = describeActiveFilters(query, choices);
  return (
    <>
      <FilterForm query={query} options={choices} />
      <section aria-labelledby="titre-resultats" className="mb-8">
        <h2 id="titre-resultats" className="mb-3 text-2xl font-bold text-gray-900">
          Résultats
        </h2>
        <ActiveFilters filters={activeFilters} />
        {totals.projectCount === 0 && <EmptyResult filters={activeFilters} />}
      </section>
      {totals.projectCount > 0 && (
        <>
          <ProjectTotalsView totals={totals} computedAt={computedAt} />
          <Downloads query={query} total={totals.projectCount} />
          <section aria-labelledby="titre-liste" className="mb-8">
            <h2 id="titre-liste" className="mb-3 text-2xl font-bold text-gray-900">
              Liste des projets
            </h2>
            {page.rows.length === 0 ? (
              <p className="text-gray-800">
                Cette page de résultats ne contient plus de projets.{' '}
                <a href="/projets" className="text-brand-700 underline hover:text-brand-800">
                  Revenir à la première page
                </a>
              </p>
            ) : (
              <>
                <ProjectTable rows={page.rows} firstRank={page.firstRank} total={totals.projectCount} sortDescription={describeSort(query)} />
                <Pagination query={query} page={page} />
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
