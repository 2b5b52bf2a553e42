import { PageHistorySection, UpdatedOn } from '@/components/page-history';
import type { PageHistory } from '@/lib/history/page';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { FigureList } from '@/components/figures';
import { FundingProgrammeList } from '@/components/funding-programme-list';
import { LeverList } from '@/components/lever-list';
import { MarkdownText } from '@/components/markdown';
import { PageCitation } from '@/components/page-citation';
import { SourceLine } from '@/components/source-line';
import { entryPageDates } from '@/lib/figures/citation';
import { formatYearRange, planKindLabels, planStatusLabels } from '@/lib/format';
import type { PolicyPlanDetail } from '@/lib/policy-plans/select';

const sectionHeading = 'mb-4 text-2xl font-bold text-gray-900';
const linkClass = 'text-brand-700 underline hover:text-brand-800';

function editionLabel(edition: { title: string; startYear: number; endYear: number | null }): string {
  return `${edition.title} (${formatYearRange(edition.startYear, edition.endYear)})`;
}

/**
 * The previous and next editions as explicit links, then the whole published
 * series in order with each edition's period and status, this one marked.
 */
function PlanEditions({ plan }: { plan: PolicyPlanDetail }) {
  if (!plan.predecessor && !plan.successor) return <p className="text-gray-800">Aucune autre édition de ce plan n’est publiée.</p>;
  const series = [
    ...plan.editions.earlier.map((edition) => ({ ...edition, isCurrent: false })),
    { slug: plan.slug, title: plan.title, startYear: plan.startYear, endYear: plan.endYear, planStatus: plan.planStatus, isCurrent: true },
    ...plan.editions.later.map((edition) => ({ ...edition, isCurrent: false })),
  ];
  return (
    <>
      <ul className="mb-6 flex flex-col gap-2">
        {plan.predecessor && (
          <li>
            Édition précédente :{' '}
            <Link href={`/politiques/${plan.predecessor.slug}`} rel="prev" className={linkClass}>
              {editionLabel(plan.predecessor)}
            </Link>
          </li>
        )}
        {plan.successor && (
          <li>
            Édition suivante :{' '}
            <Link href={`/politiques/${plan.successor.slug}`} rel="next" className={linkClass}>
              {editionLabel(plan.successor)}
            </Link>
          </li>
        )}
      </ul>
      <h3 id="toutes-les-editions" className="mb-2 text-xl font-semibold text-gray-900">
        Les {series.length} éditions publiées, de la plus ancienne à la plus récente
      </h3>
      <ol aria-labelledby="toutes-les-editions" className="flex list-decimal flex-col gap-2 pl-6">
        {series.map((edition) => (
          <li key={edition.slug}>
            {edition.isCurrent ? (
              <span aria-current="page" className="font-semibold">
                {editionLabel(edition)} (cette page)
              </span>
            ) : (
              <Link href={`/politiques/${edition.slug}`} className={linkClass}>
                {editionLabel(edition)}
              </Link>
            )}{' '}
            · statut : {planStatusLabels[edition.planStatus].toLocaleLowerCase('fr')}
          </li>
        ))}
      </ol>
    </>
  );
}

/** A plan's public page; also renders a draft's preview in the back-office. */
export function PolicyPlanDetailView({ plan, history }: { plan: PolicyPlanDetail; history?: PageHistory }) {
  const period = formatYearRange(plan.startYear, plan.endYear);

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Accueil', href: '/' },
          { label: 'Métropoles', href: '/metropoles' },
          { label: plan.metropolis.shortName, href: `/metropoles/${plan.metropolis.slug}` },
          { label: plan.title },
        ]}
      />
      <p className="mb-1 font-medium text-brand-700">{planKindLabels[plan.kind]}</p>
      <h1 className="mb-6 text-3xl font-bold text-gray-900">{plan.title}</h1>
      <UpdatedOn history={history} />

      <dl className="mb-8 grid gap-x-8 gap-y-3 sm:grid-cols-3">
        <div>
          <dt className="font-semibold text-gray-900">Métropole</dt>
          <dd>
            <Link href={`/metropoles/${plan.metropolis.slug}`} className={linkClass}>
              {plan.metropolis.officialName}
            </Link>
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-gray-900">Période</dt>
          <dd>{period ?? 'Non renseignée'}</dd>
        </div>
        <div>
          <dt className="font-semibold text-gray-900">Statut</dt>
          <dd>{planStatusLabels[plan.planStatus]}</dd>
        </div>
      </dl>

      <section aria-labelledby="resume" className="mb-12">
        <h2 id="resume" className={sectionHeading}>
          Résumé
        </h2>
        {plan.summary ? (
          <MarkdownText topHeadingLevel={3} className="max-w-3xl text-gray-800">
            {plan.summary}
          </MarkdownText>
        ) : (
          <p className="text-gray-800">Aucune donnée publiée.</p>
        )}
        <SourceLine source={plan.source} className="mt-4 text-sm text-gray-700" />
      </section>

      <section aria-labelledby="leviers" className="mb-12">
        <h2 id="leviers" className={sectionHeading}>
          Leviers d’action
        </h2>
        <LeverList levers={plan.levers} isDetailed />
      </section>

      {plan.figures.length > 0 && (
        <section aria-labelledby="chiffres" className="mb-12">
          <h2 id="chiffres" className={sectionHeading}>
            Chiffres
          </h2>
          <FigureList figures={plan.figures} />
        </section>
      )}

      <section aria-labelledby="financements" className="mb-12">
        <h2 id="financements" className={sectionHeading}>
          Dispositifs de financement
        </h2>
        {plan.fundingProgrammes.length === 0 ? (
          <p className="text-gray-800">Aucun dispositif de financement publié pour ce plan.</p>
        ) : (
          <FundingProgrammeList programmes={plan.fundingProgrammes} headingLevel={3} />
        )}
      </section>

      <section aria-labelledby="editions">
        <h2 id="editions" className={sectionHeading}>
          Éditions
        </h2>
        <PlanEditions plan={plan} />
      </section>

      <PageCitation title={plan.title} path={`/politiques/${plan.slug}`} dates={entryPageDates(plan, history)} />
      <PageHistorySection history={history} />
    </>
  );
}
