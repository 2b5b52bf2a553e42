import Link from 'next/link';
import { formatNumber } from '@/lib/format';
import { franceMap } from '@/lib/map/france-map';
import { coverageLabels, METROPOLIS_COVERAGES, type MetropolisCoverage } from '@/lib/metropolises/coverage';

export interface MetropolisMapPoint {
  slug: string;
  shortName: string;
  officialName: string;
  region: string;
  latitude: number;
  longitude: number;
  coverage: MetropolisCoverage;
}

interface MetropolisMapProps {
  metropolises: MetropolisMapPoint[];
  /** Id of the heading or text that names the map. */
  captionId: string;
  caption: React.ReactNode;
  /**
   * Add the map's data as a table in a disclosure: for pages that do not
   * already list the métropoles with their coverage next to the map.
   */
  withDataTable?: boolean;
}

// Each class has its own shape as well as its own colour, so the legend reads
// without colour (WCAG 1.4.1); every outline contrasts with the land fill (1.4.11).
const SYMBOL_STYLE: Record<MetropolisCoverage, { fill: string; stroke: string }> = {
  PLAN_IN_FORCE: { fill: '#175646', stroke: '#175646' },
  DATA_WITHOUT_PLAN_IN_FORCE: { fill: '#f0b429', stroke: '#7c2d12' },
  NO_DATA: { fill: '#ffffff', stroke: '#4b5563' },
};

const HIGHLIGHT = 'group-hover:fill-accent-600 group-hover:stroke-accent-600 group-focus-visible:fill-accent-600 group-focus-visible:stroke-accent-600';

/** Disc, diamond or ring centred on (x, y). */
function CoverageSymbol({ coverage, x, y, className }: { coverage: MetropolisCoverage; x: number; y: number; className?: string }) {
  const { fill, stroke } = SYMBOL_STYLE[coverage];
  if (coverage === 'PLAN_IN_FORCE') return <circle cx={x} cy={y} r={7} fill={fill} stroke={stroke} strokeWidth={2} className={className} />;
  if (coverage === 'DATA_WITHOUT_PLAN_IN_FORCE') {
    const r = 8;
    return <path d={`M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`} fill={fill} stroke={stroke} strokeWidth={2} className={className} />;
  }
  return <circle cx={x} cy={y} r={5.5} fill={fill} stroke={stroke} strokeWidth={2.5} className={className} />;
}

/** "Nantes Métropole : plan en vigueur": the link's accessible name carries the coverage. */
export function mapPointName(point: Pick<MetropolisMapPoint, 'officialName' | 'coverage'>): string {
  return `${point.officialName} : ${coverageLabels[point.coverage].toLocaleLowerCase('fr')}`;
}

/**
 * Metropolitan France with one link per métropole, shaped and coloured by what
 * the portal publishes about it, and a legend with the count of each class.
 * Plain <a> rather than next/link: 22 prefetches for a map would cost more than they save.
 */
export function MetropolisMap({ metropolises, captionId, caption, withDataTable = false }: MetropolisMapProps) {
  const points = metropolises.flatMap((metropolis) => {
    const point = franceMap.project(metropolis.longitude, metropolis.latitude);
    return point ? [{ ...metropolis, ...point }] : [];
  });
  const counts = Object.fromEntries(
    METROPOLIS_COVERAGES.map((coverage) => [coverage, metropolises.filter((metropolis) => metropolis.coverage === coverage).length]),
  ) as Record<MetropolisCoverage, number>;

  return (
    <div className="flex flex-col gap-4">
      <figure className="flex flex-col gap-3">
        <svg
          viewBox={`0 0 ${franceMap.width} ${franceMap.height}`}
          className="h-auto w-full max-w-xl"
          role="group"
          aria-labelledby={captionId}
        >
          <path d={franceMap.outline} fill="#eef6f3" stroke="#175646" strokeWidth={1} aria-hidden="true" />
          {points.map((point) => {
            const name = mapPointName(point);
            return (
              <a key={point.slug} href={`/metropoles/${point.slug}`} aria-label={name} className="group">
                <title>{name}</title>
                {/* Larger transparent target, easier to hit than the symbol. */}
                <circle cx={point.x} cy={point.y} r={12} fill="transparent" />
                <circle cx={point.x} cy={point.y} r={12} fill="none" stroke="#b4361f" strokeWidth={2} className="hidden group-hover:block group-focus-visible:block" />
                <CoverageSymbol coverage={point.coverage} x={point.x} y={point.y} className={HIGHLIGHT} />
              </a>
            );
          })}
        </svg>
        <figcaption className="flex flex-col gap-2 text-sm text-gray-700">
          <span id={captionId}>{caption}</span>
          <ul className="flex flex-wrap gap-x-5 gap-y-1" aria-label="Légende de la carte">
            {METROPOLIS_COVERAGES.map((coverage) => (
              <li key={coverage} className="inline-flex items-center gap-2">
                <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
                  <CoverageSymbol coverage={coverage} x={10} y={10} />
                </svg>
                {coverageLabels[coverage]} ({formatNumber(counts[coverage])})
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      {withDataTable && (
        <details>
          <summary className="cursor-pointer text-brand-700 underline">Les données de la carte en tableau</summary>
          <div className="overflow-x-auto">
            <table className="mt-2 w-full border-collapse text-left text-sm">
              <caption className="mb-2 text-left text-gray-700">
                Les {formatNumber(metropolises.length)} métropoles de la carte et ce que l’observatoire publie sur leur politique ESS.
              </caption>
              <thead>
                <tr className="border-b-2 border-gray-300">
                  <th scope="col" className="py-1 pr-3 font-semibold">
                    Métropole
                  </th>
                  <th scope="col" className="py-1 pr-3 font-semibold">
                    Région
                  </th>
                  <th scope="col" className="py-1 font-semibold">
                    Couverture
                  </th>
                </tr>
              </thead>
              <tbody>
                {metropolises.map((metropolis) => (
                  <tr key={metropolis.slug} className="border-b border-gray-200 align-top">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      <Link href={`/metropoles/${metropolis.slug}`} prefetch={false} className="text-brand-700 underline hover:text-brand-800">
                        {metropolis.officialName}
                      </Link>
                    </th>
                    <td className="py-1 pr-3">{metropolis.region}</td>
                    <td className="py-1">{coverageLabels[metropolis.coverage]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </div>
  );
}
