import Link from 'next/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { BarChart } from '@/components/charts/bar-chart';
import { MetropolisMap } from '@/components/metropolis-map';
import { SourceLine } from '@/components/source-line';
import { formatNumber } from '@/lib/format';
import { coverageLabels } from '@/lib/metropolises/coverage';
import {
  directoryFilterParamLabels,
  directoryHref,
  filterMetropolises,
  hasDirectoryFilter,
  regionFilterOptions,
  regionName,
  rtesFilterLabels,
  type DirectoryFilters,
} from '@/lib/metropolises/directory-filters';
import { countLeverCoverage } from '@/lib/metropolises/lever-coverage';
import { findPublishedActionLevers, findPublishedMetropolises } from '@/lib/metropolises/queries';
import type { MetropolisListItem } from '@/lib/metropolises/select';
import type { SourceRef } from '@/lib/sources/select';
import { DirectoryFilterForm } from './directory-filter-form';
import { MetropolisTable } from './metropolis-table';

const sectionHeading = 'mb-4 text-2xl font-bold text-gray-900';
const linkClass = 'text-brand-700 underline hover:text-brand-800';

function distinctSources(metropolises: MetropolisListItem[]): SourceRef[] {
  const byKey = new Map<string, SourceRef>();
  for (const { identitySource } of metropolises) {
    if (identitySource) byKey.set(`${identitySource.publisher}\u0000${identitySource.title}`, identitySource);
  }
  return [...byKey.values()];
}

/** "Région : Bretagne", one per active filter, each with the address of the list without it. */
function activeFilters(filters: DirectoryFilters): Array<{ label: string; withoutHref: string }> {
  const active: Array<{ label: string; withoutHref: string }> = [];
  if (filters.region) {
    active.push({ label: `${directoryFilterParamLabels.region} : ${regionName(filters.region)}`, withoutHref: directoryHref({ ...filters, region: null }) });
  }
  if (filters.coverage) {
    active.push({
      label: `${directoryFilterParamLabels.couverture} : ${coverageLabels[filters.coverage].toLocaleLowerCase('fr')}`,
      withoutHref: directoryHref({ ...filters, coverage: null }),
    });
  }
  if (filters.rtes) {
    active.push({
      label: `${directoryFilterParamLabels.rtes} : ${rtesFilterLabels[filters.rtes].toLocaleLowerCase('fr')}`,
      withoutHref: directoryHref({ ...filters, rtes: null }),
    });
  }
  return active;
}

/** /metropoles, with or without filters (the filtered addresses are rewritten here by proxy.ts). */
export async function MetropolisDirectory({ filters }: { filters: DirectoryFilters }) {
  const [metropolises, levers] = await Promise.all([findPublishedMetropolises(), findPublishedActionLevers()]);
  const shown = filterMetropolises(metropolises, filters);
  const isFiltered = hasDirectoryFilter(filters);
  const active = activeFilters(filters);
  const withPolicy = metropolises.filter((metropolis) => metropolis.hasPolicy).length;
  const populationSources = distinctSources(shown);
  const leverCoverage = countLeverCoverage(levers, shown);

  return (
    <>
      <Breadcrumbs
        items={isFiltered ? [{ label: 'Accueil', href: '/' }, { label: 'Métropoles', href: '/metropoles' }, { label: 'Sélection filtrée' }] : [{ label: 'Accueil', href: '/' }, { label: 'Métropoles' }]}
      />
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Les {formatNumber(metropolises.length)} métropoles</h1>
      <p className="mb-8 max-w-3xl text-lg leading-relaxed text-gray-800">
        Identité de chaque métropole et état de ce que l’observatoire sait de sa politique en faveur de l’économie
        sociale et solidaire : {formatNumber(withPolicy)} sur {formatNumber(metropolises.length)} ont une politique
        documentée ici. Pour les autres, aucune donnée n’est encore publiée.
      </p>

      <div className="flex flex-col gap-12">
        <div className="flex flex-col gap-4">
          <DirectoryFilterForm filters={filters} regions={regionFilterOptions(metropolises, filters)} />
          {isFiltered && (
            <div id="resultat-filtres">
              <p className="font-semibold text-gray-900">
                {shown.length === 0
                  ? 'Aucune métropole ne correspond à ces filtres.'
                  : `${formatNumber(shown.length)} ${shown.length > 1 ? 'métropoles correspondent' : 'métropole correspond'} sur ${formatNumber(metropolises.length)}.`}
              </p>
              <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-gray-800">
                {active.map((filter) => (
                  <li key={filter.label}>
                    {filter.label} (
                    <Link href={filter.withoutHref} prefetch={false} className={linkClass}>
                      retirer ce filtre
                    </Link>
                    )
                  </li>
                ))}
              </ul>
              {shown.length === 0 && (
                <p className="mt-2">
                  Retirez un filtre ci-dessus pour élargir la sélection, ou{' '}
                  <Link href="/metropoles" prefetch={false} className={linkClass}>
                    voyez les {formatNumber(metropolises.length)} métropoles
                  </Link>
                  .
                </p>
              )}
            </div>
          )}
        </div>

        {shown.length > 0 && (
          <>
            <section aria-labelledby="carte" className="max-w-xl">
              <h2 id="carte" className={sectionHeading}>
                Carte
              </h2>
              <MetropolisMap
                metropolises={shown}
                captionId="carte-legende"
                caption={`Siège de ${isFiltered ? 'chaque métropole sélectionnée' : 'chaque métropole'} ; la forme et la couleur du point disent ce que l’observatoire publie sur sa politique ESS. Les mêmes informations figurent dans la liste (colonne « Couverture »).`}
              />
            </section>

            <section aria-labelledby="leviers">
              <h2 id="leviers" className={sectionHeading}>
                Leviers d’action
              </h2>
              <BarChart
                title={`Métropoles dont un plan publié cite chaque levier d’action${isFiltered ? ' (sélection filtrée)' : ''}`}
                valueLabel="Nombre de métropoles"
                categoryLabel="Levier d’action"
                data={leverCoverage.map((lever) => ({ label: lever.name, value: lever.metropolisCount }))}
                formatValue={(count) => `${formatNumber(count)} métropole${count > 1 ? 's' : ''}`}
                note={`Calculé à partir des plans publiés sur ce portail, quel que soit leur statut (en vigueur, terminé, prévu…), pour les ${formatNumber(shown.length)} métropoles affichées : une métropole compte une fois par levier, même si plusieurs de ses plans le citent.`}
              />
            </section>

            <section aria-labelledby="liste">
              <h2 id="liste" className={sectionHeading}>
                Liste
              </h2>
              <MetropolisTable metropolises={shown} isFiltered={isFiltered} />
              {populationSources.map((source) => (
                <SourceLine
                  key={`${source.publisher}-${source.title}`}
                  source={source}
                  label="Source des populations"
                  className="mt-3 text-sm text-gray-700"
                />
              ))}
            </section>
          </>
        )}
      </div>
    </>
  );
}
