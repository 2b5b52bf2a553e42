import Link from 'next/link';
import { formatNumber } from '@/lib/format';
import { SEARCH_MAX_PAGE, SEARCH_PAGE_SIZE, SEARCH_TYPES, searchHref, splitMarked, type SearchQuery } from '@/lib/search/params';
import { getSearchResults } from '@/lib/search/queries';
import type { SearchFacet } from '@/lib/search/search';

function Marked({ text }: { text: string }) {
  return (
    <>
      {splitMarked(text).map((part, index) =>
        part.isMatch ? (
          <mark key={index} className="bg-yellow-200 text-gray-900">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

function FacetList({ title, facets, current, hrefOf, allHref }: { title: string; facets: SearchFacet[]; current?: string; hrefOf: (value: string) => string; allHref: string }) {
  if (facets.length === 0) return null;
  return (
    <nav aria-label={title} className="mb-6">
      <h2 className="mb-2 text-lg font-semibold text-gray-900">{title}</h2>
      <ul className="space-y-1">
        <li>
          <Link href={allHref} prefetch={false} aria-current={current ? undefined : 'true'} className="text-brand-700 underline aria-[current]:font-bold aria-[current]:no-underline">
            Tous
          </Link>
        </li>
        {facets.map((facet) => (
          <li key={facet.value}>
            <Link href={hrefOf(facet.value)} prefetch={false} aria-current={facet.value === current ? 'true' : undefined} className="text-brand-700 underline aria-[current]:font-bold aria-[current]:no-underline">
              {facet.label} <span className="text-gray-700">({formatNumber(facet.count)})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export async function SearchResultsView({ query }: { query: SearchQuery }) {
  const results = await getSearchResults(query);
  const pageCount = Math.min(SEARCH_MAX_PAGE, Math.ceil(results.total / SEARCH_PAGE_SIZE));
  const first = (query.page - 1) * SEARCH_PAGE_SIZE + 1;
  if (results.total === 0 || results.hits.length === 0) {
    return (
      <section aria-labelledby="aucun-resultat" className="mt-6">
        <h2 id="aucun-resultat" className="mb-2 text-xl font-semibold text-gray-900">
          Aucun résultat pour « {query.text} »{query.type || query.metropolis ? ' avec ces filtres' : ''}
        </h2>
        {results.suggestions.length > 0 && (
          <p className="mb-3">
            Vouliez-vous dire{' '}
            {results.suggestions.map((suggestion, index) => (
              <span key={suggestion}>
                {index > 0 && (index === results.suggestions.length - 1 ? ' ou ' : ', ')}
                <Link href={searchHref({ text: suggestion })} prefetch={false} className="font-medium text-brand-700 underline">
                  {suggestion}
                </Link>
              </span>
            ))}{' '}
            ?
          </p>
        )}
        <ul className="list-disc space-y-1 pl-6 text-gray-800">
          {(query.type || query.metropolis || query.page > 1) && (
            <li>
              <Link href={searchHref({ text: query.text })} prefetch={false} className="text-brand-700 underline">
                Chercher « {query.text} » partout
              </Link>
            </li>
          )}
          <li>Vérifiez l’orthographe, ou essayez moins de mots, ou des mots plus généraux.</li>
          <li>Mettez une expression entre guillemets pour la trouver telle quelle ; « ou » entre deux mots trouve l’un ou l’autre.</li>
          <li>
            Parcourez aussi les <Link href="/metropoles" className="text-brand-700 underline">métropoles</Link>, les <Link href="/projets" className="text-brand-700 underline">projets financés</Link> ou le <Link href="/glossaire" className="text-brand-700 underline">glossaire</Link>.
          </li>
        </ul>
      </section>
    );
  }
  return (
    <div className="mt-6 grid gap-6 md:grid-cols-[14rem_1fr]">
      <aside>
        <FacetList title="Type" facets={results.types} current={query.type} hrefOf={(type) => searchHref({ ...query, type: type as SearchQuery['type'], page: 1 })} allHref={searchHref({ ...query, type: undefined, page: 1 })} />
        <FacetList title="Métropole" facets={results.metropolises} current={query.metropolis} hrefOf={(metropolis) => searchHref({ ...query, metropolis, page: 1 })} allHref={searchHref({ ...query, metropolis: undefined, page: 1 })} />
      </aside>
      <section aria-labelledby="resultats">
        <h2 id="resultats" className="mb-3 text-xl font-semibold text-gray-900" aria-live="polite">
          {formatNumber(results.total)} résultat{results.total > 1 ? 's' : ''} pour « {query.text} »
          {results.total > SEARCH_PAGE_SIZE && ` (${formatNumber(first)} à ${formatNumber(first + results.hits.length - 1)})`}
        </h2>
        <ol className="space-y-4">
          {results.hits.map((hit) => (
            <li key={`${hit.entityType}-${hit.entityId}`} className="border-b border-gray-200 pb-3">
              <p className="text-sm text-gray-700">
                {SEARCH_TYPES[hit.typeParam].label}
                {hit.metropolisName && ` · ${hit.metropolisName}`}
              </p>
              <h3 className="text-lg font-semibold">
                <Link href={hit.url} prefetch={false} className="text-brand-700 underline">
                  <Marked text={hit.titleMarked} />
                </Link>
              </h3>
              {hit.snippetMarked && (
                <p className="text-gray-800">
                  <Marked text={hit.snippetMarked} />
                </p>
              )}
            </li>
          ))}
        </ol>
        {pageCount > 1 && (
          <nav aria-label="Pages de résultats" className="mt-4 flex flex-wrap gap-3">
            {query.page > 1 && (
              <Link href={searchHref({ ...query, page: query.page - 1 })} prefetch={false} rel="prev" className="rounded border border-brand-700 px-3 py-1 text-brand-700 underline">
                Résultats précédents
              </Link>
            )}
            <span className="px-1 py-1 text-gray-800">
              Page {query.page} sur {pageCount}
            </span>
            {query.page < pageCount && (
              <Link href={searchHref({ ...query, page: query.page + 1 })} prefetch={false} rel="next" className="rounded border border-brand-700 px-3 py-1 text-brand-700 underline">
                Résultats suivants
              </Link>
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
