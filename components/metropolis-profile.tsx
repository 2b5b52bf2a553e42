import { PageHistorySection, UpdatedOn } from '@/components/page-history';
import type { PageHistory } from '@/lib/history/page';
import Link from 'next/link';
import { Abbr } from '@/components/abbr';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CompareWithLink } from '@/components/compare-with-link';
import { DateText } from '@/components/date-text';
import { ExternalLink } from '@/components/external-link';
import { FigureList } from '@/components/figures';
import { FundedProjectsByProgramme } from '@/components/funded-projects-by-programme';
import { FundingProgrammeList } from '@/components/funding-programme-list';
import { LeverList } from '@/components/lever-list';
import { MarkdownText } from '@/components/markdown';
import { PageCitation } from '@/components/page-citation';
import { PlanTimeline } from '@/components/plan-timeline';
import { SourceLine } from '@/components/source-line';
import { entryPageDates } from '@/lib/figures/citation';
import {
  formatNumber,
  formatOrdinal,
  formatYearRange,
  planKindLabels,
  planStatusLabels,
  supportStructureKindLabels,
} from '@/lib/format';
import type { MetropolisProfile, OfficialView } from '@/lib/metropolises/select';
import { displayHost } from '@/lib/safe-url';

const sectionHeading = 'mb-4 text-2xl font-bold text-gray-900';
const linkClass = 'text-brand-700 underline hover:text-brand-800';

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('fr') + text.slice(1);
}

/** "Oui, en 2018 — source : …": membership is a dated fact. */
function RtesMembership({ metropolis }: { metropolis: MetropolisProfile }) {
  if (metropolis.isRtesMember === null) return <>Non renseigné</>;
  const { year, source } = metropolis.rtesMembership;
  return (
    <>
      {metropolis.isRtesMember ? 'Oui' : 'Non'}
      {year !== null && `, en ${year}`}
      {source && <SourceLine source={source} className="text-sm text-gray-700" />}
    </>
  );
}

/** "Nom, fonction — en 2021, selon <source>": a role is never shown as current. */
function OfficialLine({ official }: { official: OfficialView }) {
  return (
    <div className="text-gray-800">
      <p>
        <Link href={`/personnes/${official.slug}`} className={`font-semibold ${linkClass}`}>
          {official.fullName}
        </Link>
        {official.role && `, ${lowerFirst(official.role)}`}
        {official.organisationName && ` (${official.organisationName})`}
        {official.roleYear !== null ? ` en ${official.roleYear}` : ' (année non précisée)'}
      </p>
      <SourceLine source={official.roleSource} className="text-sm text-gray-700" />
    </div>
  );
}

/** A métropole's public page; also renders a draft's preview in the back-office. */
export function MetropolisProfileView({ metropolis, history }: { metropolis: MetropolisProfile; history?: PageHistory }) {
  const hasPopulation = metropolis.population !== null && metropolis.identitySource !== null;
  const hasCommuneCount = metropolis.communeCount !== null && metropolis.identitySource !== null;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Accueil', href: '/' },
          { label: 'Métropoles', href: '/metropoles' },
          { label: metropolis.shortName },
        ]}
      />
      <h1 className="mb-2 text-3xl font-bold text-gray-900">{metropolis.officialName}</h1>
      <UpdatedOn history={history} />
      <p className="mb-2 text-lg text-gray-700">
        {metropolis.region} · siège : {metropolis.seatCity}
      </p>
      <CompareWithLink slug={metropolis.slug} shortName={metropolis.shortName} />

      <section aria-labelledby="identite" className="mb-12">
        <h2 id="identite" className={sectionHeading}>
          Identité
        </h2>
        <dl className="grid gap-x-8 gap-y-4 sm:grid-cols-2">
          <div>
            <dt className="font-semibold text-gray-900">Population</dt>
            <dd>
              {hasPopulation
                ? `${formatNumber(metropolis.population!)}\u00a0hab. (${metropolis.identitySource!.publisher}, ${lowerFirst(metropolis.identitySource!.title)})`
                : 'Non renseigné'}
            </dd>
          </div>
          <div>
            <dt className="font-semibold text-gray-900">Communes membres</dt>
            <dd>{hasCommuneCount ? formatNumber(metropolis.communeCount!) : 'Non renseigné'}</dd>
          </div>
          <div>
            <dt className="font-semibold text-gray-900">Région</dt>
            <dd>{metropolis.region}</dd>
          </div>
          <div>
            <dt className="font-semibold text-gray-900">Siège</dt>
            <dd>{metropolis.seatCity}</dd>
          </div>
          <div>
            <dt className="font-semibold text-gray-900">Année de création</dt>
            <dd>{metropolis.creationYear ?? 'Non renseigné'}</dd>
          </div>
          <div>
            <dt className="font-semibold text-gray-900">
              <Abbr term="SIREN" />
            </dt>
            <dd className="tabular-nums">{metropolis.sirenCode ?? 'Non renseigné'}</dd>
          </div>
          <div>
            <dt className="font-semibold text-gray-900">
              Membre du <Abbr term="RTES" />
            </dt>
            <dd>
              <RtesMembership metropolis={metropolis} />
            </dd>
          </div>
          <div>
            <dt className="font-semibold text-gray-900">Site internet</dt>
            <dd>
              {metropolis.website ? (
                <ExternalLink href={metropolis.website}>{displayHost(metropolis.website)}</ExternalLink>
              ) : (
                'Non renseigné'
              )}
            </dd>
          </div>
        </dl>
        {(hasPopulation || hasCommuneCount) && (
          <SourceLine
            source={metropolis.identitySource}
            label="Source de la population et du nombre de communes"
            className="mt-4 text-sm text-gray-700"
          />
        )}
      </section>

      <section aria-labelledby="politique" className="mb-12">
        <h2 id="politique" className={sectionHeading}>
          Politique en faveur de l’ESS
        </h2>
        {metropolis.policySummary ? (
          <MarkdownText topHeadingLevel={3} className="max-w-3xl text-gray-800">
            {metropolis.policySummary}
          </MarkdownText>
        ) : (
          <p className="text-gray-800">
            Aucune donnée publiée sur la politique ESS de cette métropole pour l’instant
            {metropolis.contextSummary ? ' : les sources consultées ne relèvent que des éléments de contexte, présentés plus bas.' : '.'}
          </p>
        )}
        <h3 className="mt-6 text-xl font-semibold text-gray-900">Élu·e chargé·e de l’ESS</h3>
        {metropolis.essOfficial ? (
          <OfficialLine official={metropolis.essOfficial} />
        ) : (
          <p className="text-gray-800">Non renseigné.</p>
        )}
        {metropolis.otherOfficials.length > 0 && (
          <>
            <h3 className="mt-6 text-xl font-semibold text-gray-900">Autres personnes citées par les sources</h3>
            <ul className="flex flex-col gap-2">
              {metropolis.otherOfficials.map((official) => (
                <li key={`${official.fullName}-${official.roleYear}`}>
                  <OfficialLine official={official} />
                </li>
              ))}
            </ul>
          </>
        )}
        {(metropolis.essOfficial || metropolis.otherOfficials.length > 0) && (
          <p className="mt-2 text-sm text-gray-700">
            Ces fonctions sont datées par leur source : elles ont pu changer depuis, notamment aux élections municipales et métropolitaines.
          </p>
        )}
      </section>

      {metropolis.contextSummary && (
        <section aria-labelledby="contexte" className="mb-12">
          <h2 id="contexte" className={sectionHeading}>
            Éléments de contexte
          </h2>
          <p className="mb-3 text-gray-800">
            Ces faits, relevés dans des sources publiques, concernent le territoire sans constituer une politique de la métropole en faveur de l’ESS.
          </p>
          <MarkdownText topHeadingLevel={3} className="max-w-3xl text-gray-800">
            {metropolis.contextSummary}
          </MarkdownText>
        </section>
      )}

      <section aria-labelledby="plans" className="mb-12">
        <h2 id="plans" className={sectionHeading}>
          Plans et stratégies
        </h2>
        {metropolis.policyPlans.length === 0 ? (
          <p className="text-gray-800">Aucun plan ni stratégie publié pour cette métropole.</p>
        ) : (
          <ul className="flex flex-col gap-6">
            {metropolis.policyPlans.map((plan) => (
              <li key={plan.slug} className="rounded-lg border border-gray-200 p-4">
                <h3 className="text-xl font-semibold">
                  <Link href={`/politiques/${plan.slug}`} className={linkClass}>
                    {plan.title}
                  </Link>
                </h3>
                <p className="mt-1 text-gray-700">
                  {planKindLabels[plan.kind]} · {formatYearRange(plan.startYear, plan.endYear)} · statut :{' '}
                  {planStatusLabels[plan.planStatus].toLowerCase()}
                </p>
                <LeverList levers={plan.levers} className="mt-3" />
              </li>
            ))}
          </ul>
        )}
      </section>

      <PlanTimeline plans={metropolis.policyPlans} />

      <section aria-labelledby="financements" className="mb-12">
        <h2 id="financements" className={sectionHeading}>
          Dispositifs de financement
        </h2>
        {metropolis.fundingProgrammes.length === 0 ? (
          <p className="text-gray-800">Aucun dispositif de financement publié pour cette métropole.</p>
        ) : (
          <FundingProgrammeList programmes={metropolis.fundingProgrammes} headingLevel={3} showPlan />
        )}
      </section>

      <FundedProjectsByProgramme programmes={metropolis.fundingProgrammes} />

      {metropolis.figures.length > 0 && (
        <section aria-labelledby="chiffres" className="mb-12">
          <h2 id="chiffres" className={sectionHeading}>
            Chiffres déclarés
          </h2>
          <FigureList figures={metropolis.figures} />
        </section>
      )}

      <section aria-labelledby="structures" className="mb-12">
        <h2 id="structures" className={sectionHeading}>
          Structures d’accompagnement
        </h2>
        {metropolis.supportStructures.length === 0 ? (
          <p className="text-gray-800">Aucune structure d’accompagnement publiée pour cette métropole.</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {metropolis.supportStructures.map((structure) => (
              <li key={structure.slug} className="rounded-lg border border-gray-200 p-4">
                <Link href={`/structures/${structure.slug}`} className={`font-semibold ${linkClass}`}>
                  {structure.name}
                </Link>
                <p className="text-sm text-gray-700">
                  {supportStructureKindLabels[structure.kind]} ·{' '}
                  {structure.partnershipStartYear
                    ? `partenaire depuis ${structure.partnershipStartYear}`
                    : 'début du partenariat non renseigné'}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="groupes-de-travail">
        <h2 id="groupes-de-travail" className={sectionHeading}>
          Groupes de travail
        </h2>
        {metropolis.workingGroups.length === 0 ? (
          <p className="text-gray-800">Aucune participation publiée aux groupes de travail du programme.</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {metropolis.workingGroups.map((group) => (
              <li key={group.slug}>
                <Link href={`/groupes-de-travail/${group.slug}`} className={`font-semibold ${linkClass}`}>
                  {group.title}
                </Link>
                <p className="text-sm text-gray-700">
                  {formatOrdinal(group.sequenceNumber)} groupe de travail, réuni le <DateText date={group.meetingDate} />
                  {group.focusTopic ? ` · focus présenté : ${group.focusTopic}` : ' · participation'}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <PageCitation title={metropolis.officialName} path={`/metropoles/${metropolis.slug}`} dates={entryPageDates(metropolis, history)} />
      <PageHistorySection history={history} />
    </>
  );
}
