import { ComputedFigureCard, FigureCard } from '@/components/figures';
import { computedFigureAnchor, projectsBasis } from '@/lib/figures/citation';
import type { Reconciliation, StoredMeasure } from '@/lib/figures/reconcile';
import { formatEurosFromCents, formatNumber, formatPercent, formatYearRange } from '@/lib/format';

const headings: Record<Reconciliation['agreement'], string> = {
  agrees: 'Chiffre déclaré et projets enregistrés : ils concordent',
  differs: 'Chiffre déclaré et projets enregistrés : ils diffèrent',
  'not-computable': 'Chiffre déclaré : les projets enregistrés ne permettent pas de le recalculer',
};

function storedLabel(measure: StoredMeasure, programmeName: string, knownCount: number): string {
  if (measure === 'project-count') return `Projets enregistrés sur ce portail pour « ${programmeName} »`;
  if (measure === 'amount') return `Montant accordé aux projets enregistrés sur ce portail pour « ${programmeName} »`;
  const base = knownCount > 1 ? `sur ${formatNumber(knownCount)} projets dont la situation est connue` : knownCount === 1 ? 'sur 1 projet dont la situation est connue' : 'aucun projet dont la situation est connue';
  return `Part des projets enregistrés pour « ${programmeName} » situés en quartier prioritaire (${base})`;
}

function storedValueText({ measure, stored, storedValue }: Reconciliation): string {
  if (measure === 'project-count') return formatNumber(stored.projectCount);
  if (measure === 'amount') return formatEurosFromCents(stored.amountCents);
  return storedValue === null ? 'Non calculable' : formatPercent(storedValue);
}

function explanation({ agreement, figure }: Reconciliation): string {
  if (agreement === 'agrees') {
    return figure.isLowerBound
      ? 'Les projets enregistrés sur ce portail atteignent au moins le chiffre déclaré par la source.'
      : 'Les projets enregistrés sur ce portail donnent le même chiffre que la source.';
  }
  if (agreement === 'not-computable') {
    return 'Aucun projet enregistré pour cette période n’indique s’il est situé en quartier prioritaire : la part ne peut pas être recalculée. Le chiffre déclaré reste celui de sa source.';
  }
  return 'Le portail n’enregistre peut-être pas tous les projets financés par ce dispositif, ou la source les compte autrement : aucun des deux chiffres ne remplace l’autre. Le chiffre déclaré est celui que sa source a publié ; le chiffre calculé porte sur les seuls projets enregistrés ici.';
}

interface DeclaredAndStoredProps {
  reconciliation: Reconciliation;
  programmeName: string;
  /** One above the other, for a narrow column (the comparison's tables). */
  isStacked?: boolean;
}

/**
 * A declared figure next to what the stored projects give for the same period,
 * each labelled, with whether they agree: a gap is shown, never resolved silently.
 */
export function DeclaredAndStored({ reconciliation, programmeName, isStacked = false }: DeclaredAndStoredProps) {
  const { figure, stored, agreement } = reconciliation;
  const headingId = `comparaison-${figure.id}`;
  const period = formatYearRange(figure.periodStartYear, figure.periodEndYear) ?? 'toutes années';
  return (
    <div role="group" aria-labelledby={headingId} className={`rounded-lg border-l-4 p-4 ${agreement === 'agrees' ? 'border-brand-600 bg-brand-50' : 'border-accent-600 bg-gray-50'}`}>
      <p id={headingId} className="mb-3 font-semibold text-gray-900">
        {headings[agreement]}
      </p>
      <div className={`grid gap-4 ${isStacked ? '' : 'md:grid-cols-2'}`}>
        <div className="flex flex-col gap-1">
          <p className="text-sm font-semibold text-gray-800">Déclaré par la source ({figure.source.publisher})</p>
          <FigureCard figure={figure} />
        </div>
        <div className="flex flex-col gap-1">
          <p className="text-sm font-semibold text-gray-800">Calculé à partir des projets enregistrés sur ce portail</p>
          <ComputedFigureCard
            anchorId={computedFigureAnchor(figure.id, 'enregistre')}
            pagePath={figure.pagePath}
            value={storedValueText(reconciliation)}
            label={storedLabel(reconciliation.measure, programmeName, stored.priorityNeighbourhoodKnownCount)}
            period={period}
            basis={projectsBasis(stored.projectCount, stored.lastPublishedAt)}
          />
        </div>
      </div>
      <p className="mt-3 text-sm text-gray-800">{explanation(reconciliation)}</p>
    </div>
  );
}
