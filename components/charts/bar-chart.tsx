import { useId } from 'react';

export interface BarDatum {
  /** Category shown on the axis ("2019", "Entreprendre autrement"). */
  label: string;
  value: number;
}

interface BarChartProps {
  /** Visible title of the chart (also its accessible name). */
  title: string;
  /** What the values are, for the axis and the table header ("Montant accordé (€)"). */
  valueLabel: string;
  /** What the categories are, for the table header ("Année"). */
  categoryLabel: string;
  data: readonly BarDatum[];
  /** French formatting of a value ("768 200 €", "43 %"). */
  formatValue: (value: number) => string;
  /** Where the numbers come from (a source line or "calculé à partir de …"). */
  note?: React.ReactNode;
  headingLevel?: 2 | 3 | 4;
}

const WIDTH = 640;
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 130;
const BAR_HEIGHT = 22;
const GAP = 10;
const TOP = 8;

// About 7.5 px a character at 13 px: longer labels ran past the SVG's left edge
// ("Accompagnement des entrepreneurs" lost its start); the table has them in full.
function truncate(text: string, max = 26): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A horizontal bar chart drawn on the server as SVG (no client library, no
 * inline style: presentation attributes only, which a strict CSP allows), with
 * its data as a table in a disclosure: the table is the chart's text alternative.
 */
export function BarChart({ title, valueLabel, categoryLabel, data, formatValue, note, headingLevel = 3 }: BarChartProps) {
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const max = Math.max(0, ...data.map((datum) => datum.value));
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = TOP * 2 + data.length * (BAR_HEIGHT + GAP);
  return (
    <figure className="flex flex-col gap-2" aria-labelledby={`${id}-titre`}>
      <Heading id={`${id}-titre`} className="text-lg font-semibold text-gray-900">
        {title}
      </Heading>
      {data.length === 0 ? (
        <p className="text-gray-800">Aucune donnée à représenter.</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-2xl" role="img" aria-labelledby={`${id}-titre ${id}-desc`}>
            <desc id={`${id}-desc`}>{`${valueLabel} par ${categoryLabel.toLocaleLowerCase('fr')} ; les valeurs sont dans le tableau qui suit.`}</desc>
            {data.map((datum, index) => {
              const y = TOP + index * (BAR_HEIGHT + GAP);
              const barWidth = max > 0 ? Math.max(1, (datum.value / max) * plotWidth) : 0;
              return (
                <g key={`${datum.label}-${index}`}>
                  <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2} textAnchor="end" dominantBaseline="middle" className="fill-gray-900 text-[13px]">
                    {truncate(datum.label)}
                  </text>
                  <rect x={LABEL_WIDTH} y={y} width={barWidth} height={BAR_HEIGHT} className="fill-brand-700" rx={2} />
                  <text x={LABEL_WIDTH + barWidth + 6} y={y + BAR_HEIGHT / 2} dominantBaseline="middle" className="fill-gray-900 text-[13px]">
                    {formatValue(datum.value)}
                  </text>
                </g>
              );
            })}
          </svg>
          <details className="max-w-2xl">
            <summary className="cursor-pointer text-brand-700 underline">Données du graphique « {title} »</summary>
            <table className="mt-2 w-full border-collapse text-left">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr className="border-b border-gray-300">
                  <th scope="col" className="py-1 pr-3">
                    {categoryLabel}
                  </th>
                  <th scope="col" className="py-1 text-right">
                    {valueLabel}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.map((datum, index) => (
                  <tr key={`${datum.label}-${index}`} className="border-b border-gray-200">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {datum.label}
                    </th>
                    <td className="py-1 text-right tabular-nums">{formatValue(datum.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
      {note && <figcaption className="text-sm text-gray-700">{note}</figcaption>}
    </figure>
  );
}
