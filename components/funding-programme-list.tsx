import Link from 'next/link';
import { ComputedFigureCard, FigureList } from '@/components/figures';
import { MarkdownText } from '@/components/markdown';
import { SourceLine } from '@/components/source-line';
import { formatEurosFromCents, formatNumber, formatYearRange, fundingKindLabels } from '@/lib/format';
import type { FundingProgrammeView } from '@/lib/funding-programmes/select';

interface FundingProgrammeListProps {
  programmes: FundingProgrammeView[];
  headingLevel: 2 | 3;
  /** Link each programme to its plan (not on the plan's own page). */
  showPlan?: boolean;
}

const PROJECTS_BASIS = 'calculé à partir des projets enregistrés sur ce portail';

function periodText(programme: FundingProgrammeView): string {
  const range = formatYearRange(programme.startYear, programme.endYear);
  if (programme.isRecurring) return range ? `chaque année, ${range}` : 'chaque année';
  return range ?? 'période non renseignée';
}

/** Funding programmes with their declared figures (and sources) and, when projects are stored, computed totals. */
export function FundingProgrammeList({ programmes, headingLevel, showPlan = false }: FundingProgrammeListProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="flex flex-col gap-8">
      {programmes.map((programme) => (
        <li key={programme.id}>
          <article aria-labelledby={`programme-${programme.slug}`} className="rounded-lg border border-gray-200 p-4">
            <Heading id={`programme-${programme.slug}`} className="text-xl font-semibold text-gray-900">
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
            {programme.figures.length > 0 && (
              <div className="mt-4">
                <FigureList figures={programme.figures} />
              </div>
            )}
            {programme.projectTotals && (
              <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                <li className="flex">
                  <ComputedFigureCard
                    value={formatNumber(programme.projectTotals.projectCount)}
                    label={programme.projectTotals.projectCount > 1 ? 'Projets enregistrés' : 'Projet enregistré'}
                    basis={PROJECTS_BASIS}
                  />
                </li>
                <li className="flex">
                  <ComputedFigureCard
                    value={formatEurosFromCents(programme.projectTotals.amountCents)}
                    label="Montant accordé aux projets enregistrés"
                    basis={PROJECTS_BASIS}
                  />
                </li>
              </ul>
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}
