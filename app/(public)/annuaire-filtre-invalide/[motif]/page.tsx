import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { coverageLabels, METROPOLIS_COVERAGES } from '@/lib/metropolises/coverage';
import {
  coverageFilterValue,
  directoryFilterParamLabels,
  directoryHref,
  METROPOLITAN_REGIONS,
  NO_DIRECTORY_FILTERS,
  parseInvalidFiltersSegment,
  regionSlug,
  rtesFilterLabels,
  rtesFilterValue,
  type DirectoryFilterParam,
} from '@/lib/metropolises/directory-filters';
import { pageMetadata } from '@/lib/seo/metadata';

// The 400 page of /metropoles (proxy.ts rewrites an unknown or repeated filter
// value here with that status). It names the filters, never echoes the value
// sent: one prerendered page per set of filters, nothing reflected.

interface InvalidFilterProps {
  params: Promise<{ motif: string }>;
}

// Deliberately not prerendered: a prerendered page records status 200, which
// Next then serves over the proxy's 400; a page first rendered on request keeps
// the proxy's status, in the cache too. With cacheComponents the list cannot be
// empty: this one value is no set of filters, so its page is a 404.
export function generateStaticParams() {
  return [{ motif: 'aucun' }];
}

export const metadata: Metadata = pageMetadata({
  title: 'Filtre non reconnu',
  description: 'Un filtre de la liste des métropoles n’est pas reconnu : les valeurs acceptées de chaque filtre.',
  path: '/metropoles',
  canonical: false,
  index: false,
});

const linkClass = 'text-brand-700 underline hover:text-brand-800';

const acceptedValues: Record<DirectoryFilterParam, Array<{ value: string; label: string; href: string }>> = {
  region: METROPOLITAN_REGIONS.map((name) => ({ value: regionSlug(name), label: name, href: directoryHref({ ...NO_DIRECTORY_FILTERS, region: regionSlug(name) }) })),
  couverture: METROPOLIS_COVERAGES.map((coverage) => ({
    value: coverageFilterValue(coverage),
    label: coverageLabels[coverage],
    href: directoryHref({ ...NO_DIRECTORY_FILTERS, coverage }),
  })),
  rtes: (['MEMBER', 'NOT_MEMBER', 'UNKNOWN'] as const).map((rtes) => ({
    value: rtesFilterValue(rtes),
    label: rtesFilterLabels[rtes],
    href: directoryHref({ ...NO_DIRECTORY_FILTERS, rtes }),
  })),
};

export default async function InvalidDirectoryFilterPage({ params }: InvalidFilterProps) {
  const invalid = parseInvalidFiltersSegment((await params).motif);
  if (!invalid) notFound();
  return (
    <>
      <Breadcrumbs items={[{ label: 'Accueil', href: '/' }, { label: 'Métropoles', href: '/metropoles' }, { label: 'Filtre non reconnu' }]} />
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Filtre non reconnu</h1>
      <p className="mb-6 max-w-3xl text-lg text-gray-800">
        L’adresse demandée contient {invalid.length > 1 ? 'des filtres dont la valeur n’est' : 'un filtre dont la valeur n’est'} pas reconnue, ou
        donnée plusieurs fois : la liste des métropoles n’a donc pas été filtrée. Choisissez une valeur ci-dessous ou{' '}
        <Link href="/metropoles" prefetch={false} className={linkClass}>
          affichez toutes les métropoles
        </Link>
        .
      </p>
      <div className="flex flex-col gap-8">
        {invalid.map((param) => (
          <section key={param} aria-labelledby={`filtre-${param}`}>
            <h2 id={`filtre-${param}`} className="mb-2 text-xl font-bold text-gray-900">
              {directoryFilterParamLabels[param]} (paramètre <code>{param}</code>)
            </h2>
            <p className="mb-2 text-gray-800">Valeurs acceptées, une seule fois dans l’adresse :</p>
            <ul className="flex flex-col gap-1">
              {acceptedValues[param].map((accepted) => (
                <li key={accepted.value}>
                  <Link href={accepted.href} prefetch={false} className={linkClass}>
                    {accepted.label}
                  </Link>{' '}
                  (<code>{`${param}=${accepted.value}`}</code>)
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
