import Link from 'next/link';

export interface ComparisonRow {
  key: string;
  header: React.ReactNode;
  /** One per métropole, in the columns' order. */
  cells: React.ReactNode[];
}

interface ComparisonTableProps {
  caption: string;
  /** Header of the first column ("Critère", "Levier d’action"…). */
  rowLabel: string;
  metropolises: Array<{ slug: string; shortName: string }>;
  rows: ComparisonRow[];
}

/**
 * One métropole per column, one criterion per row, with real header cells:
 * screen readers announce "Nantes, Plans en vigueur" for each cell. Wide
 * tables scroll sideways on small screens, from the keyboard too.
 */
export function ComparisonTable({ caption, rowLabel, metropolises, rows }: ComparisonTableProps) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto">
      <table className="w-full min-w-[44rem] table-fixed border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-gray-300">
            <th scope="col" className="w-48 py-2 pr-4 align-bottom text-sm font-semibold text-gray-700">
              {rowLabel}
            </th>
            {metropolises.map((metropolis) => (
              <th key={metropolis.slug} scope="col" className="py-2 pr-4 align-bottom text-lg font-semibold">
                <Link href={`/metropoles/${metropolis.slug}`} className="text-brand-700 underline hover:text-brand-800">
                  {metropolis.shortName}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-gray-200">
              <th scope="row" className="py-3 pr-4 align-top font-semibold text-gray-900">
                {row.header}
              </th>
              {row.cells.map((cell, index) => (
                <td key={metropolises[index]!.slug} className="py-3 pr-4 align-top text-gray-800">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
