import { SourceLine } from '@/components/source-line';
import { formatFigureValue, formatYearRange } from '@/lib/format';
import type { FigureView } from '@/lib/figures/select';

const valueClass = 'text-3xl font-bold text-brand-800';
const cardClass = 'flex w-full flex-col gap-1 rounded-lg border border-gray-200 bg-white p-4';

/** A declared figure: value, what it measures, period, and its source. */
export function FigureCard({ figure }: { figure: FigureView }) {
  const period = formatYearRange(figure.periodStartYear, figure.periodEndYear);
  return (
    <div className={cardClass}>
      <p className={valueClass}>{formatFigureValue(figure)}</p>
      <p className="font-medium text-gray-900">
        {figure.label}
        <span className="font-normal text-gray-700"> ({period ?? 'année non précisée par la source'})</span>
      </p>
      <SourceLine source={figure.source} />
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

interface ComputedFigureProps {
  value: string;
  label: string;
  /** How it was computed, e.g. "calculé à partir des projets enregistrés". */
  basis: string;
}

/** A figure the portal computes from what it stores: labelled as such instead of carrying a source. */
export function ComputedFigureCard({ value, label, basis }: ComputedFigureProps) {
  return (
    <div className={cardClass}>
      <p className={valueClass}>{value}</p>
      <p className="font-medium text-gray-900">{label}</p>
      <p className="text-sm text-gray-700">{basis[0]!.toUpperCase() + basis.slice(1)}</p>
    </div>
  );
}
