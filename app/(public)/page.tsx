import type { Metadata } from 'next';
import Link from 'next/link';
import { JsonLd } from '@/components/json-ld';
import { ComputedFigureCard, FigureCard } from '@/components/figures';
import { MetropolisMap } from '@/components/metropolis-map';
import { WorkingGroupSummary } from '@/components/working-group-summary';
import { computedFigureAnchor } from '@/lib/figures/citation';
import { feedAlternateTypes } from '@/lib/feeds/alternates';
import { findOverviewFigures } from '@/lib/figures/queries';
import { formatNumber } from '@/lib/format';
import { getHomeCounts } from '@/lib/home/queries';
import { findPublishedMetropolises } from '@/lib/metropolises/queries';
import { organizationJsonLd, websiteJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/seo/site';
import { findPublishedWorkingGroups } from '@/lib/working-groups/queries';

export const metadata: Metadata = pageMetadata({
  title: { absolute: SITE_NAME },
  description: SITE_DESCRIPTION,
  path: '/',
  alternates: { types: feedAlternateTypes() },
});

const LATEST_RECAP_COUNT = 3;
const PUBLISHED_ENTRIES_BASIS = 'calculé à partir des fiches publiées sur ce portail';
// Counts of what is published now: the consultation date of a citation is their date.
const PUBLISHED_ENTRIES_PERIOD = 'situation à la date de consultation';
const publishedCount = (key: string) => ({
  anchorId: computedFigureAnchor(key),
  pagePath: '/',
  period: PUBLISHED_ENTRIES_PERIOD,
  basis: PUBLISHED_ENTRIES_BASIS,
});

export default async function HomePage() {
  const [counts, overviewFigures, metropolises, latestRecaps] = await Promise.all([
    getHomeCounts(),
    findOverviewFigures(),
    findPublishedMetropolises(),
    findPublishedWorkingGroups(LATEST_RECAP_COUNT),
  ]);

  return (
    <>
      <JsonLd data={[websiteJsonLd(), organizationJsonLd()]} />
      <div className="mb-10 max-w-3xl">
        <h1 className="mb-4 text-3xl font-bold text-gray-900 sm:text-4xl">Observatoire des politiques ESS des métropoles</h1>
        <p className="text-lg leading-relaxed text-gray-800">
          Comment les métropoles françaises soutiennent-elles l’économie sociale et solidaire (ESS) et l’innovation
          sociale ? Politiques, plans et leviers d’action, dispositifs de financement, structures d’accompagnement et
          comptes rendus des groupes de travail du programme « Métropoles, ESS et innovation sociale » du RTES et de
          l’Avise.
        </p>
      </div>

      <section aria-labelledby="chiffres-cles" className="mb-12">
        <h2 id="chiffres-cles" className="mb-4 text-2xl font-bold text-gray-900">
          Chiffres clés
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <li className="flex">
            <ComputedFigureCard
              value={formatNumber(counts.metropolisCount)}
              label="Métropoles observées"
              {...publishedCount('metropoles-observees')}
            />
          </li>
          {overviewFigures.map((figure) => (
            <li key={figure.id} className="flex">
              <FigureCard figure={figure} />
            </li>
          ))}
          <li className="flex">
            <ComputedFigureCard
              value={formatNumber(counts.metropolisWithPolicyCount)}
              label="Métropoles dont la politique ESS est documentée ici"
              {...publishedCount('metropoles-documentees')}
            />
          </li>
          <li className="flex">
            <ComputedFigureCard
              value={formatNumber(counts.policyPlanCount)}
              label={counts.policyPlanCount > 1 ? 'Plans et stratégies publiés' : 'Plan ou stratégie publié'}
              {...publishedCount('plans-publies')}
            />
          </li>
          <li className="flex">
            <ComputedFigureCard
              value={formatNumber(counts.supportStructureCount)}
              label="Structures d’accompagnement recensées"
              {...publishedCount('structures-recensees')}
            />
          </li>
        </ul>
      </section>

      <div className="mb-12 grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="carte">
          <h2 id="carte" className="mb-4 text-2xl font-bold text-gray-900">
            Carte des métropoles
          </h2>
          <MetropolisMap
            metropolises={metropolises}
            captionId="carte-legende"
            withDataTable
            caption={
              <>
                Siège des {formatNumber(metropolises.length)} métropoles ; la forme et la couleur de chaque point disent ce que
                l’observatoire publie sur sa politique ESS, et chaque point mène à la fiche de la métropole.{' '}
                <Link href="/metropoles" className="text-brand-700 underline hover:text-brand-800">
                  Liste des métropoles
                </Link>
              </>
            }
          />
        </section>

        <section aria-labelledby="derniers-comptes-rendus">
          <h2 id="derniers-comptes-rendus" className="mb-4 text-2xl font-bold text-gray-900">
            Derniers comptes rendus
          </h2>
          {latestRecaps.length === 0 ? (
            <p className="text-gray-800">Aucun compte rendu publié pour l’instant.</p>
          ) : (
            <ul className="flex flex-col gap-6">
              {latestRecaps.map((recap) => (
                <li key={recap.slug}>
                  <WorkingGroupSummary recap={recap} headingLevel={3} />
                </li>
              ))}
            </ul>
          )}
          <p className="mt-6">
            <Link href="/groupes-de-travail" className="font-medium text-brand-700 underline hover:text-brand-800">
              Tous les comptes rendus des groupes de travail
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}
