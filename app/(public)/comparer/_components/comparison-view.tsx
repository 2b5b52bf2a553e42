import Link from 'next/link';
import { Fragment } from 'react';
import { BarChart } from '@/components/charts/bar-chart';
import { DeclaredAndStored } from '@/components/declared-and-stored';
import { DateText } from '@/components/date-text';
import { ComputedFigureCard, FigureCard } from '@/components/figures';
import { SourceLine } from '@/components/source-line';
import { leverCoverage, type ComparedMetropolis, type Comparison, type IndicatorRow } from '@/lib/compare/build';
import { computedFigureAnchor, projectsBasis } from '@/lib/figures/citation';
import { priorityNeighbourhoodShare, type ProgrammeProjectTotals } from '@/lib/figures/project-totals';
import { reconcileFigure } from '@/lib/figures/reconcile';
import type { FigureView } from '@/lib/figures/select';
import {
  formatEurosFromCents,
  formatNumber,
  formatOrdinal,
  formatPercent,
  formatYearRange,
  fundingKindLabels,
  planKindLabels,
  planStatusLabels,
  supportStructureKindLabels,
} from '@/lib/format';
import type { MetropolisProfile } from '@/lib/metropolises/select';
import { ComparisonTable, type ComparisonRow } from './comparison-table';

const sectionHeading = 'mb-4 text-2xl font-bold text-gray-900';
const linkClass = 'text-brand-700 underline hover:text-brand-800';
const none = (text: string) => <p className="text-gray-700">{text}</p>;

type Plan = MetropolisProfile['policyPlans'][number];

function planPeriod(plan: Pick<Plan, 'startYear' | 'endYear'>): string {
  return formatYearRange(plan.startYear, plan.endYear) ?? 'période non renseignée';
}

function PlanItems({ plans }: { plans: Plan[] }) {
  return (
    <ul className="flex flex-col gap-2">
      {plans.map((plan) => (
        <li key={plan.slug}>
          <Link href={`/politiques/${plan.slug}`} className={linkClass}>
            {plan.title}
          </Link>
          <span className="block text-sm text-gray-700">
            {planKindLabels[plan.kind]} · {planPeriod(plan)} · {planStatusLabels[plan.planStatus].toLowerCase()}
          </span>
        </li>
      ))}
    </ul>
  );
}

function rtesText(profile: MetropolisProfile): string {
  if (profile.isRtesMember === null) return 'Non renseigné';
  const answer = profile.isRtesMember ? 'Oui' : 'Non';
  return profile.rtesMembership.year === null ? answer : `${answer}, en ${profile.rtesMembership.year}`;
}

function identityRows(metropolises: ComparedMetropolis[]): ComparisonRow[] {
  const profiles = metropolises.map((metropolis) => metropolis.profile);
  const withSource = (value: number | null, profile: MetropolisProfile, unit: string) =>
    value !== null && profile.identitySource ? (
      <>
        <p className="tabular-nums">
          {formatNumber(value)}
          {unit}
        </p>
        <SourceLine source={profile.identitySource} className="text-sm text-gray-700" />
      </>
    ) : (
      none('Non renseigné')
    );
  return [
    { key: 'nom', header: 'Nom officiel', cells: profiles.map((profile) => profile.officialName) },
    { key: 'region', header: 'Région', cells: profiles.map((profile) => profile.region) },
    { key: 'population', header: 'Population', cells: profiles.map((profile) => withSource(profile.population, profile, '\u00a0hab.')) },
    { key: 'communes', header: 'Communes membres', cells: profiles.map((profile) => withSource(profile.communeCount, profile, '')) },
    {
      key: 'rtes',
      header: 'Membre du RTES',
      cells: profiles.map((profile) => (
        <>
          <p>{rtesText(profile)}</p>
          {profile.isRtesMember !== null && <SourceLine source={profile.rtesMembership.source} className="text-sm text-gray-700" />}
        </>
      )),
    },
  ];
}

function planRows(metropolises: ComparedMetropolis[]): ComparisonRow[] {
  const plans = metropolises.map((metropolis) => metropolis.profile.policyPlans);
  return [
    {
      key: 'en-vigueur',
      header: 'Plans en vigueur',
      cells: plans.map((list) => {
        const inForce = list.filter((plan) => plan.planStatus === 'IN_FORCE');
        return inForce.length > 0 ? <PlanItems plans={inForce} /> : none('Aucun plan en vigueur publié.');
      }),
    },
    {
      key: 'autres',
      header: 'Autres plans publiés',
      cells: plans.map((list) => {
        const others = list.filter((plan) => plan.planStatus !== 'IN_FORCE');
        return others.length > 0 ? <PlanItems plans={others} /> : none('Aucun.');
      }),
    },
  ];
}

function LeverSection({ comparison, columns }: { comparison: Comparison; columns: Array<{ slug: string; shortName: string }> }) {
  const count = comparison.metropolises.length;
  return (
    <section aria-labelledby="leviers" className="mb-12">
      <h2 id="leviers" className={sectionHeading}>
        Leviers d’action
      </h2>
      <p className="mb-4 max-w-3xl text-gray-800">Pour chaque levier, les plans publiés de chaque métropole qui le nomment, quel que soit leur statut.</p>
      {comparison.levers.length === 0 ? (
        none('Aucun plan publié des métropoles comparées ne nomme de levier d’action.')
      ) : (
        <>
          <ComparisonTable
            caption="Leviers d’action nommés par les plans publiés de chaque métropole"
            rowLabel="Levier d’action"
            metropolises={columns}
            rows={comparison.levers.map((lever) => ({
              key: lever.slug,
              header: lever.name,
              cells: columns.map(({ slug }) => {
                const plans = lever.plansByMetropolis[slug] ?? [];
                if (plans.length === 0) return <p key={slug}>Non</p>;
                return (
                  <Fragment key={slug}>
                    <p className="font-semibold">Oui</p>
                    <ul className="text-sm">
                      {plans.map((plan) => (
                        <li key={plan.slug}>
                          <Link href={`/politiques/${plan.slug}`} className={linkClass}>
                            {plan.title}
                          </Link>{' '}
                          ({planPeriod(plan)}, {planStatusLabels[plan.planStatus].toLowerCase()})
                        </li>
                      ))}
                    </ul>
                  </Fragment>
                );
              }),
            }))}
          />
          <div className="mt-8">
            <BarChart
              title="Couverture des leviers d’action par les métropoles comparées"
              valueLabel="Métropoles comparées dont un plan publié nomme le levier"
              categoryLabel="Levier d’action"
              data={comparison.levers.map((lever) => ({ label: lever.name, value: leverCoverage(lever) }))}
              formatValue={(value) => `${formatNumber(value)} sur ${formatNumber(count)}`}
              note="Calculé à partir des plans publiés sur ce portail et des leviers qu’ils nomment."
            />
          </div>
        </>
      )}
    </section>
  );
}

function programmeRows(metropolises: ComparedMetropolis[]): ComparisonRow[] {
  return [
    {
      key: 'dispositifs',
      header: 'Dispositifs publiés',
      cells: metropolises.map(({ profile }) =>
        profile.fundingProgrammes.length === 0 ? (
          none('Aucun dispositif de financement publié.')
        ) : (
          <ul key={profile.slug} className="flex flex-col gap-3">
            {profile.fundingProgrammes.map((programme) => (
              <li key={programme.slug}>
                <Link href={`/metropoles/${profile.slug}#programme-${programme.slug}`} className={linkClass}>
                  {programme.name}
                </Link>
                <span className="block text-sm text-gray-700">
                  {fundingKindLabels[programme.kind]} · {formatYearRange(programme.startYear, programme.endYear) ?? 'période non renseignée'}
                  {programme.isRecurring ? ' · chaque année' : ''}
                </span>
                {programme.source && <SourceLine source={programme.source} className="text-sm text-gray-700" />}
              </li>
            ))}
          </ul>
        ),
      ),
    },
  ];
}

function projectRows(metropolises: ComparedMetropolis[], pagePath: string): ComparisonRow[] {
  const card = (metropolis: ComparedMetropolis, key: string, label: string, value: string) => {
    const { projects } = metropolis;
    return (
      <ComputedFigureCard
        anchorId={computedFigureAnchor(metropolis.profile.slug, key)}
        pagePath={pagePath}
        value={value}
        label={`${label} (${metropolis.profile.shortName})`}
        period={formatYearRange(projects.firstYear, projects.lastYear) ?? 'toutes années'}
        basis={projectsBasis(projects.projectCount, projects.lastPublishedAt)}
      />
    );
  };
  return [
    {
      key: 'nombre',
      header: 'Nombre de projets',
      cells: metropolises.map((metropolis) => card(metropolis, 'projets', 'Projets financés enregistrés', formatNumber(metropolis.projects.projectCount))),
    },
    {
      key: 'montant',
      header: 'Montant accordé',
      cells: metropolises.map((metropolis) => card(metropolis, 'montant', 'Montant accordé aux projets enregistrés', formatEurosFromCents(metropolis.projects.amountCents))),
    },
    {
      key: 'qpv',
      header: 'Part en quartier prioritaire',
      cells: metropolises.map((metropolis) => {
        const share = priorityNeighbourhoodShare(metropolis.projects);
        const known = metropolis.projects.priorityNeighbourhoodKnownCount;
        const base = known === 0 ? 'aucun projet dont la situation est connue' : `sur ${formatNumber(known)} projet${known > 1 ? 's' : ''} dont la situation est connue`;
        return card(metropolis, 'part-qpv', `Part des projets enregistrés situés en quartier prioritaire, ${base}`, share === null ? 'Non calculable' : formatPercent(share));
      }),
    },
  ];
}

function structureRows(metropolises: ComparedMetropolis[]): ComparisonRow[] {
  return [
    {
      key: 'structures',
      header: 'Structures publiées',
      cells: metropolises.map(({ profile }) =>
        profile.supportStructures.length === 0 ? (
          none('Aucune structure d’accompagnement publiée.')
        ) : (
          <ul key={profile.slug} className="flex flex-col gap-2">
            {profile.supportStructures.map((structure) => (
              <li key={structure.slug}>
                <Link href={`/structures/${structure.slug}`} className={linkClass}>
                  {structure.name}
                </Link>
                <span className="block text-sm text-gray-700">
                  {supportStructureKindLabels[structure.kind]}
                  {structure.partnershipStartYear ? ` · partenaire depuis ${structure.partnershipStartYear}` : ''}
                </span>
              </li>
            ))}
          </ul>
        ),
      ),
    },
  ];
}

function workingGroupRows(metropolises: ComparedMetropolis[]): ComparisonRow[] {
  return [
    {
      key: 'groupes',
      header: 'Comptes rendus où la métropole figure',
      cells: metropolises.map(({ profile }) =>
        profile.workingGroups.length === 0 ? (
          none('Aucune participation publiée.')
        ) : (
          <ul key={profile.slug} className="flex flex-col gap-2">
            {profile.workingGroups.map((group) => (
              <li key={group.slug}>
                <Link href={`/groupes-de-travail/${group.slug}`} className={linkClass}>
                  {formatOrdinal(group.sequenceNumber)} groupe de travail
                </Link>
                <span className="block text-sm text-gray-700">
                  Réuni le <DateText date={group.meetingDate} />
                  {group.focusTopic ? ` · focus présenté : ${group.focusTopic}` : ' · participation'}
                </span>
              </li>
            ))}
          </ul>
        ),
      ),
    },
  ];
}

/** A declared figure, or, when its programme's stored projects can recompute it, both side by side. */
function FigureCell({ figures, programmeTotals, programmeNames }: { figures: FigureView[]; programmeTotals: Map<string, ProgrammeProjectTotals | null>; programmeNames: Map<string, string> }) {
  if (figures.length === 0) return none('Aucun chiffre publié.');
  return (
    <ul className="flex flex-col gap-3">
      {figures.map((figure) => {
        const reconciliation = figure.fundingProgrammeId && programmeTotals.has(figure.fundingProgrammeId) ? reconcileFigure(figure, programmeTotals.get(figure.fundingProgrammeId)!) : null;
        return (
          <li key={figure.id} className="flex">
            {reconciliation ? (
              <DeclaredAndStored reconciliation={reconciliation} programmeName={programmeNames.get(figure.fundingProgrammeId!)!} isStacked />
            ) : (
              <FigureCard figure={figure} />
            )}
          </li>
        );
      })}
    </ul>
  );
}

function indicatorRows(rows: IndicatorRow[], columns: Array<{ slug: string }>, metropolises: ComparedMetropolis[]): ComparisonRow[] {
  const programmes = metropolises.flatMap((metropolis) => metropolis.profile.fundingProgrammes);
  const programmeTotals = new Map(programmes.map((programme) => [programme.id, programme.projectTotals]));
  const programmeNames = new Map(programmes.map((programme) => [programme.id, programme.name]));
  return rows.map((row) => ({
    key: row.key,
    header: row.label,
    cells: columns.map(({ slug }) => <FigureCell key={slug} figures={row.figuresByMetropolis[slug] ?? []} programmeTotals={programmeTotals} programmeNames={programmeNames} />),
  }));
}

function Section({ id, title, children, intro }: { id: string; title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-12">
      <h2 id={id} className={sectionHeading}>
        {title}
      </h2>
      {intro && <p className="mb-4 max-w-3xl text-gray-800">{intro}</p>}
      {children}
    </section>
  );
}

/** The métropoles side by side, section by section; `pagePath` is this comparison's address (permalinks of its computed figures). */
export function ComparisonView({ comparison, pagePath }: { comparison: Comparison; pagePath: string }) {
  const { metropolises } = comparison;
  const columns = metropolises.map(({ profile }) => ({ slug: profile.slug, shortName: profile.shortName }));
  const shared = comparison.indicators.filter((row) => row.isShared);
  const others = comparison.indicators.filter((row) => !row.isShared);
  return (
    <>
      <Section id="identite" title="Identité et adhésion au RTES">
        <ComparisonTable caption="Identité des métropoles et adhésion au RTES" rowLabel="Critère" metropolises={columns} rows={identityRows(metropolises)} />
      </Section>

      <Section id="plans" title="Plans et stratégies" intro="Le statut tient compte de la période : un plan dont la dernière année est passée est présenté comme terminé.">
        <ComparisonTable caption="Plans et stratégies publiés, en vigueur ou non" rowLabel="Plans" metropolises={columns} rows={planRows(metropolises)} />
      </Section>

      <LeverSection comparison={comparison} columns={columns} />

      <Section id="financements" title="Dispositifs de financement">
        <ComparisonTable caption="Dispositifs de financement publiés" rowLabel="Dispositifs" metropolises={columns} rows={programmeRows(metropolises)} />
      </Section>

      <Section
        id="projets"
        title="Projets financés enregistrés"
        intro="Calculés à partir des projets enregistrés sur ce portail, qui ne sont pas forcément tous ceux que les dispositifs ont financés : les chiffres déclarés par les sources figurent plus bas, à côté du calcul quand il est possible."
      >
        <ComparisonTable caption="Projets financés enregistrés sur ce portail" rowLabel="Calcul" metropolises={columns} rows={projectRows(metropolises, pagePath)} />
      </Section>

      <Section id="structures" title="Structures d’accompagnement">
        <ComparisonTable caption="Structures d’accompagnement publiées" rowLabel="Structures" metropolises={columns} rows={structureRows(metropolises)} />
      </Section>

      <Section id="groupes-de-travail" title="Groupes de travail">
        <ComparisonTable caption="Participation aux groupes de travail du programme" rowLabel="Groupes de travail" metropolises={columns} rows={workingGroupRows(metropolises)} />
      </Section>

      <Section
        id="chiffres"
        title="Chiffres, par indicateur"
        intro="Chaque chiffre avec sa source ; un même indicateur est sur une même ligne. Les chiffres d’années ou de périmètres différents ne se comparent qu’avec prudence."
      >
        {comparison.indicators.length === 0 ? (
          none('Aucun chiffre publié pour les métropoles comparées.')
        ) : (
          <div className="flex flex-col gap-10">
            {shared.length > 0 && (
              <div>
                <h3 className="mb-3 text-xl font-semibold text-gray-900">Indicateurs communs</h3>
                <ComparisonTable caption="Chiffres des indicateurs communs à toutes les métropoles" rowLabel="Indicateur" metropolises={columns} rows={indicatorRows(shared, columns, metropolises)} />
              </div>
            )}
            {others.length > 0 && (
              <div>
                <h3 className="mb-3 text-xl font-semibold text-gray-900">Autres chiffres</h3>
                <ComparisonTable caption="Autres chiffres publiés" rowLabel="Indicateur" metropolises={columns} rows={indicatorRows(others, columns, metropolises)} />
              </div>
            )}
          </div>
        )}
      </Section>
    </>
  );
}
