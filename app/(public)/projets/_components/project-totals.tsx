import { BarChart } from '@/components/charts/bar-chart';
import { formatDate, formatEurosFromCents, formatNumber, formatPercent } from '@/lib/format';
import type { ProjectTotals } from '@/lib/projects/explorer';
import { yearSeries } from '@/lib/projects/labels';

function plural(count: number, singular: string, pluralForm: string): string {
  return `${formatNumber(count)}\u00a0${count > 1 ? pluralForm : singular}`;
}

/** "calculé à partir de N projets enregistrés (au <date>)": computed figures say what they rest on. */
export function computedBasis(totals: ProjectTotals, computedAt: string): string {
  return `Calculé à partir de ${plural(totals.projectCount, 'projet enregistré', 'projets enregistrés')} dans l’observatoire (au ${formatDate(new Date(computedAt))}).`;
}

/** The totals of the filter, each with what it is computed over, and the amounts by year. */
export function ProjectTotalsView({ totals, computedAt }: { totals: ProjectTotals; computedAt: string }) {
  const qpvShare = totals.qpvKnownCount > 0 ? (totals.qpvCount / totals.qpvKnownCount) * 100 : null;
  const basis = computedBasis(totals, computedAt);
  return (
    <section aria-labelledby="titre-totaux" className="mb-8">
      <h2 id="titre-totaux" className="mb-3 text-2xl font-bold text-gray-900">
        Chiffres de la sélection
      </h2>
      <dl className="mb-2 grid gap-4 sm:grid-cols-3">
        <div className="rounded border border-gray-300 p-3">
          <dt className="text-sm text-gray-700">Projets</dt>
          <dd className="text-2xl font-bold text-gray-900" data-testid="total-projets">
            {formatNumber(totals.projectCount)}
          </dd>
        </div>
        <div className="rounded border border-gray-300 p-3">
          <dt className="text-sm text-gray-700">Montant total accordé</dt>
          <dd className="text-2xl font-bold text-gray-900" data-testid="total-montant">
            {formatEurosFromCents(totals.amountCents)}
          </dd>
        </div>
        <div className="rounded border border-gray-300 p-3">
          <dt className="text-sm text-gray-700">Part en quartier prioritaire</dt>
          <dd className="text-2xl font-bold text-gray-900" data-testid="part-qpv">
            {qpvShare === null ? 'Non calculable' : formatPercent(qpvShare)}
          </dd>
          <dd className="text-sm text-gray-700">
            {qpvShare === null
              ? 'Aucun projet de la sélection n’indique sa situation.'
              : `${formatNumber(totals.qpvCount)} sur ${plural(totals.qpvKnownCount, 'projet dont la situation est connue', 'projets dont la situation est connue')}.`}
          </dd>
        </div>
      </dl>
      <p className="mb-6 text-sm text-gray-700">{basis}</p>
      <BarChart
        title="Montants accordés par année"
        categoryLabel="Année"
        valueLabel="Montant accordé (€)"
        data={yearSeries(totals.byYear).map((entry) => ({ label: String(entry.year), value: entry.amountCents }))}
        formatValue={formatEurosFromCents}
        note="Somme des montants accordés aux projets de la sélection, année par année ; une année sans projet compte 0 €."
      />
    </section>
  );
}
