import Link from 'next/link';
import { DeclaredAndStored } from '@/components/declared-and-stored';
import { ComputedFigureCard, FigureList } from '@/components/figures';
import { MarkdownText } from '@/components/markdown';
import { SourceLine } from '@/components/source-line';
import { computedFigureAnchor, projectsBasis } from '@/lib/figures/citation';
import { reconcileProgrammeFigures } from '@/lib/figures/reconcile';
import { formatEurosFromCents, formatNumber, formatYearRange, fundingKindLabels } from '@/lib/format';
import type { FundingProgrammeView } from '@/lib/funding-programmes/select';

interface FundingProgrammeListProps {
  programmes: FundingProgrammeView[];
  headingLevel: 2 | 3;
  /** Link each programme to its plan (not on the plan's own page). */
  showPlan?: boolean;
}

function periodText(programme: FundingProgrammeView): string {
  const range = formatYearRange(programme.startYear, programme.endYear);
  if (programme.isRecurring) return range ? `chaque année, ${range}` : 'chaque année';
  return range ?? 'période non renseignée';
}

/**
 * A programme's figures: declared ones with their source; those the stored
 * projects can recompute, side by side with the computed value; and the
 * totals of the stored projects, labelled as computed.
 */
function ProgrammeFigures({ programme }: { programme: FundingProgrammeView }) {
  const { reconciled, others } = reconcileProgrammeFigures(programme.figures, programme.projectTotals);
  const totals = programme.projectTotals;
  const pagePath = `/metropoles/${programme.metropolisSlug}`;
  return (
    <>
      {others.length > 0 && (
        <div className="mt-4">
          <FigureList figures={others} />
        </div>
      )}
      {reconciled.length > 0 && (
        <ul className="mt-4 flex flex-col gap-4">
          {reconciled.map((reconciliation) => (
            <li key={reconciliation.figure.id}>
              <DeclaredAndStored reconciliation={reconciliation} programmeName={programme.name} />
            </li>
          ))}
        </ul>
      )}
      {totals && (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <li className="flex">
            <ComputedFigureCard
              anchorId={computedFigureAnchor(programme.id, 'projets')}
              pagePath={pagePath}
              value={formatNumber(totals.projectCount)}
              label={`${totals.projectCount > 1 ? 'Projets enregistrés' : 'Projet enregistré'} pour « ${programme.name} »`}
              period={formatYearRange(totals.firstYear, totals.lastYear) ?? 'toutes années'}
              basis={projectsBasis(totals.projectCount, totals.lastPublishedAt)}
            />
          </li>
          <li className="flex">
            <ComputedFigureCard
              anchorId={computedFigureAnchor(programme.id, 'montant')}
              pagePath={pagePath}
              value={formatEurosFromCents(totals.amountCents)}
              label={`Montant accordé aux projets enregistrés pour « ${programme.name} »`}
              period={formatYearRange(totals.firstYear, totals.lastYear) ?? 'toutes années'}
              basis={projectsBasis(totals.projectCount, totals.lastPublishedAt)}
            />
          </li>
        </ul>
      )}
    </>
  );
}

/** Funding programmes with their declared figures (and sources) and, when projects are stored, computed totals. */
export function FundingProgrammeList({ programmes, headingLevel, showPlan = false }: FundingProgrammeListProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="flex flex-col gap-8">
      {programmes.map((programme) => (
        <li key={programme.id}>
          <article id={`programme-${programme.slug}`} aria-labelledby={`programme-${programme.slug}-titre`} className="scroll-mt-4 rounded-lg border border-gray-200 p-4">
            <Heading id={`programme-${programme.slug}-titre`} className="text-xl font-semibold text-gray-900">
              {programme.name}
            </Heading>
            <p className="mt-1 text-gray-700">
              {fundingKindLabels[programme.kind]} · {periodText(programme)}
            </p>
            {showPlan && programme.policyPlan && (
              <p className="mt-1 text-gray-700">
                Dans le cadre de :{' '}
                <Link href={`/politiques/${programme.policyPlan.slug}`} className="text-brand-700 underline hover:text-brand-800">
                  {programme.policyPlan.title}
                </Link>
              </p>
            )}
            {programme.description && (
              <MarkdownText topHeadingLevel={headingLevel === 2 ? 3 : 4} className="max-w-3xl text-gray-800">
                {programme.description}
              </MarkdownText>
            )}
            {programme.source && <SourceLine source={programme.source} className="mt-2 text-sm text-gray-700" />}
            <ProgrammeFigures programme={programme} />
          </article>
        </li>
      ))}
    </ul>
  );
}
