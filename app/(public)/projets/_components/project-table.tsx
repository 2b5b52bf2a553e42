import Link from 'next/link';
import { formatEurosFromCents, formatNumber } from '@/lib/format';
import { SHORT_LEGAL_FORM_LABELS } from '@/lib/import/funded-projects/schema';
import type { ProjectRow } from '@/lib/projects/explorer';
import { qpvCellLabel } from '@/lib/projects/labels';

export interface ProjectTableProps {
  rows: ProjectRow[];
  firstRank: number;
  total: number;
  sortDescription: string;
}

export function ProjectTable({ rows, firstRank, total, sortDescription }: ProjectTableProps) {
  const lastRank = firstRank + rows.length - 1;
  return (
    <div className="overflow-x-auto">
      {/* Cell styles are set once on the table: 50 rows of repeated classes would weigh on every page. */}
      <table className="w-full border-collapse text-left text-sm [&_tbody_td]:py-2 [&_tbody_td]:pr-3 [&_tbody_th]:py-2 [&_tbody_th]:pr-3 [&_tbody_th]:font-medium [&_tbody_tr]:border-b [&_tbody_tr]:border-gray-200 [&_tbody_tr]:align-top [&_thead_th]:py-2 [&_thead_th]:pr-3 [&_thead_th]:font-semibold">
        <caption className="mb-2 text-left text-base text-gray-800">
          Projets {formatNumber(firstRank)} à {formatNumber(lastRank)} sur {formatNumber(total)}, {sortDescription}.
        </caption>
        <thead>
          <tr className="border-b-2 border-gray-300">
            <th scope="col">Projet</th>
            <th scope="col">Structure porteuse</th>
            <th scope="col">Forme juridique</th>
            <th scope="col">Métropole</th>
            <th scope="col">Dispositif</th>
            <th scope="col" className="text-right">
              Année
            </th>
            <th scope="col" className="text-right">
              Montant accordé
            </th>
            <th scope="col">En quartier prioritaire</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                {row.title}
                {row.themeNames.length > 0 && <span className="block text-xs font-normal text-gray-700">{row.themeNames.join(', ')}</span>}
              </th>
              <td>{row.carrierName}</td>
              <td>{SHORT_LEGAL_FORM_LABELS[row.legalForm]}</td>
              <td>
                <Link href={`/metropoles/${row.metropolisSlug}`} prefetch={false} className="text-brand-700 underline">
                  {row.metropolisName}
                </Link>
              </td>
              <td>{row.programmeName}</td>
              <td className="text-right tabular-nums">{row.year}</td>
              <td className="text-right whitespace-nowrap tabular-nums">{formatEurosFromCents(row.amountCents)}</td>
              <td>{qpvCellLabel(row.isInPriorityNeighbourhood)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
