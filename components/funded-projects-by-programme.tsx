import { BarChart } from '@/components/charts/bar-chart';
import { projectsBasis } from '@/lib/figures/citation';
import { addProjectTotals, NO_PROJECT_TOTALS } from '@/lib/figures/project-totals';
import { formatNumber } from '@/lib/format';
import type { FundingProgrammeView } from '@/lib/funding-programmes/select';

/**
 * A métropole's stored funded projects by programme, as a chart with its data
 * table; nothing when no project is stored (the programmes say so themselves).
 */
export function FundedProjectsByProgramme({ programmes }: { programmes: FundingProgrammeView[] }) {
  const withProjects = programmes.filter((programme) => (programme.projectTotals?.projectCount ?? 0) > 0);
  if (withProjects.length === 0) return null;
  const all = withProjects.reduce((sum, programme) => addProjectTotals(sum, programme.projectTotals!), NO_PROJECT_TOTALS);
  const basis = projectsBasis(all.projectCount, all.lastPublishedAt);
  return (
    <section aria-labelledby="projets-par-dispositif" className="mb-12">
      <h2 id="projets-par-dispositif" className="mb-4 text-2xl font-bold text-gray-900">
        Projets financés enregistrés
      </h2>
      <BarChart
        title="Projets financés enregistrés, par dispositif"
        valueLabel="Projets enregistrés"
        categoryLabel="Dispositif"
        data={withProjects.map((programme) => ({ label: programme.name, value: programme.projectTotals!.projectCount }))}
        formatValue={formatNumber}
        note={`${basis.charAt(0).toLocaleUpperCase('fr')}${basis.slice(1)} ; les chiffres déclarés par les sources figurent avec chaque dispositif.`}
      />
    </section>
  );
}
