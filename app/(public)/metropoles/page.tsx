import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { MetropolisMap } from '@/components/metropolis-map';
import { SourceLine } from '@/components/source-line';
import { formatNumber } from '@/lib/format';
import { findPublishedMetropolises } from '@/lib/metropolises/queries';
import { type MetropolisListItem } from '@/lib/metropolises/select';
import type { SourceRef } from '@/lib/sources/select';
import { MetropolisTable } from './_components/metropolis-table';

export const metadata: Metadata = {
  title: 'Les métropoles',
  description:
    'Les 22 métropoles françaises : région, siège, population et politique en faveur de l’économie sociale et solidaire.',
};

function distinctSources(metropolises: MetropolisListItem[]): SourceRef[] {
  const byKey = new Map<string, SourceRef>();
  for (const { identitySource } of metropolises) {
    if (identitySource) byKey.set(`${identitySource.publisher}\u0000${identitySource.title}`, identitySource);
  }
  return [...byKey.values()];
}

export default async function MetropolisesPage() {
  const metropolises = await findPublishedMetropolises();
  const populationSources = distinctSources(metropolises);
  const withPolicy = metropolises.filter((metropolis) => metropolis.hasPolicy).length;

  return (
    <>
      <Breadcrumbs items={[{ label: 'Accueil', href: '/' }, { label: 'Métropoles' }]} />
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Les {formatNumber(metropolises.length)} métropoles</h1>
      <p className="mb-8 max-w-3xl text-lg leading-relaxed text-gray-800">
        Identité de chaque métropole et état de ce que l’observatoire sait de sa politique en faveur de l’économie
        sociale et solidaire : {formatNumber(withPolicy)} sur {formatNumber(metropolises.length)} ont une politique
        documentée ici. Pour les autres, aucune donnée n’est encore publiée.
      </p>

      <div className="flex flex-col gap-12">
        <section aria-labelledby="carte" className="max-w-xl">
          <h2 id="carte" className="mb-4 text-2xl font-bold text-gray-900">
            Carte
          </h2>
          <MetropolisMap
            metropolises={metropolises}
            captionId="carte-legende"
            caption="Siège de chaque métropole ; la liste complète figure dans le tableau."
          />
        </section>

        <section aria-labelledby="liste">
          <h2 id="liste" className="mb-4 text-2xl font-bold text-gray-900">
            Liste
          </h2>
          <MetropolisTable metropolises={metropolises} />
          {populationSources.map((source) => (
            <SourceLine
              key={`${source.publisher}-${source.title}`}
              source={source}
              label="Source des populations"
              className="mt-3 text-sm text-gray-700"
            />
          ))}
        </section>
      </div>
    </>
  );
}
