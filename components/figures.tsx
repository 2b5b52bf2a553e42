import { FigureCitation } from '@/components/figure-citation';
import { DateText } from '@/components/date-text';
import { SourceLine } from '@/components/source-line';
import { declaredFigureAnchor, figurePermalink, NO_PERIOD_TEXT } from '@/lib/figures/citation';
import type { FigureView } from '@/lib/figures/select';
import { getSiteUrl } from '@/lib/env';
import { formatFigureValue, formatYearRange } from '@/lib/format';

const valueClass = 'text-3xl font-bold text-brand-800';
// scroll-mt keeps a card reached by its permalink clear of the top edge; target: shows which one it was.
const cardClass = 'flex w-full scroll-mt-4 flex-col gap-1 rounded-lg border border-gray-200 bg-white p-4 target:border-brand-700 target:ring-2 target:ring-brand-700';

/** A declared figure: value, what it measures, period, its source, and how to cite it. */
export function FigureCard({ figure }: { figure: FigureView }) {
  const anchorId = declaredFigureAnchor(figure.id);
  const period = formatYearRange(figure.periodStartYear, figure.periodEndYear);
  const value = formatFigureValue(figure);
  return (
    <div id={anchorId} className={cardClass}>
      <p className={valueClass}>{value}</p>
      <p className="font-medium text-gray-900">
        {figure.label}
        <span className="font-normal text-gray-700"> ({period ?? NO_PERIOD_TEXT})</span>
      </p>
      <SourceLine source={figure.source} />
      {figure.correction && (
        <p className="text-sm text-gray-700">
          Corrigé le <DateText date={figure.correction.date} /> ·{' '}
          <a href={`#${figure.correction.anchor}`} className="text-brand-700 underline hover:text-brand-800">
            voir la modification<span className="sr-only"> de « {figure.label} »</span>
          </a>
        </p>
      )}
      <FigureCitation
        citation={{
          label: figure.label,
          value,
          period,
          origin: { kind: 'source', source: figure.source },
          permalink: figurePermalink(getSiteUrl(), figure.pagePath, anchorId),
        }}
      />
    </div>
  );
}

export function FigureList({ figures }: { figures: FigureView[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {figures.map((figure) => (
        <li key={figure.id} className="flex">
          <FigureCard figure={figure} />
        </li>
      ))}
    </ul>
  );
}

export interface ComputedFigureProps {
  /** `chiffre-calcule-…` (computedFigureAnchor): stable, unique on the page. */
  anchorId: string;
  /** The public page the figure's permalink points to. */
  pagePath: string;
  value: string;
  label: string;
  /** "2016-2021", "situation à la date de consultation"… */
  period: string;
  /** How it was computed, e.g. "calculé à partir de 3 projets enregistrés (au 5 décembre 2026)". */
  basis: string;
}

/** A figure the portal computes from what it stores: labelled as such instead of carrying a source. */
export function ComputedFigureCard({ anchorId, pagePath, value, label, period, basis }: ComputedFigureProps) {
  return (
    <div id={anchorId} className={cardClass}>
      <p className={valueClass}>{value}</p>
      <p className="font-medium text-gray-900">
        {label}
        <span className="font-normal text-gray-700"> ({period})</span>
      </p>
      <p className="text-sm text-gray-700">{basis.charAt(0).toLocaleUpperCase('fr') + basis.slice(1)}</p>
      <FigureCitation
        citation={{ label, value, period, origin: { kind: 'computed', basis }, permalink: figurePermalink(getSiteUrl(), pagePath, anchorId) }}
      />
    </div>
  );
}
