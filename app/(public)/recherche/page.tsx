import type { Metadata } from 'next';
import { parseSearchParams, SEARCH_PATH } from '@/lib/search/params';
import { pageMetadata } from '@/lib/seo/metadata';
import { SearchForm } from './_components/search-form';
import { SearchResultsView } from './_components/search-results';

// Result pages are not for search engines (their space is unbounded).
export const metadata: Metadata = pageMetadata({ title: 'Recherche', description: 'Rechercher dans les métropoles, politiques, dispositifs, projets financés, structures, personnes, comptes rendus, publications et le glossaire de l’observatoire.', path: SEARCH_PATH, index: false });

type SearchParams = Record<string, string | string[] | undefined>;

function toSearchParams(record: SearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, item);
  }
  return params;
}

// Waits for its results instead of streaming them: streamed content is put in
// place by a script, and the search must work without JavaScript.
export const instant = false;

/** Rendered per request (its space of queries is unbounded); the database work is cached per query (lib/search/queries.ts). */
export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const parsed = parseSearchParams(toSearchParams(await searchParams));
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Recherche</h1>
      {parsed.success ? (
        <>
          <SearchForm text={parsed.query.text} />
          {parsed.query.text ? <SearchResultsView query={parsed.query} /> : <p className="mt-6 text-gray-800">Saisissez un ou plusieurs mots : les accents et les majuscules ne comptent pas, et les mots de la même famille sont trouvés (« coopératives » trouve « coopérative »).</p>}
        </>
      ) : (
        // proxy.ts answers these with a 400 before rendering; this covers a request that bypassed it.
        <>
          <ul role="alert" className="mb-4 list-disc pl-6 text-red-800">
            {parsed.issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
          <SearchForm text="" />
        </>
      )}
    </>
  );
}
