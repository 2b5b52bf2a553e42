import { franceMap } from '@/lib/map/france-map';

export interface MetropolisMapPoint {
  slug: string;
  shortName: string;
  officialName: string;
  latitude: number;
  longitude: number;
  hasPolicy: boolean;
}

interface MetropolisMapProps {
  metropolises: MetropolisMapPoint[];
  /** Id of the heading or text that names the map. */
  captionId: string;
  caption: React.ReactNode;
}

/**
 * Metropolitan France with one link per métropole. The same métropoles are
 * listed as text on every page that shows the map, which is its text alternative.
 * Plain <a> rather than next/link: 22 prefetches for a map would cost more than they save.
 */
export function MetropolisMap({ metropolises, captionId, caption }: MetropolisMapProps) {
  const points = metropolises.flatMap((metropolis) => {
    const point = franceMap.project(metropolis.longitude, metropolis.latitude);
    return point ? [{ ...metropolis, ...point }] : [];
  });
  return (
    <figure className="flex flex-col gap-3">
      <svg
        viewBox={`0 0 ${franceMap.width} ${franceMap.height}`}
        className="h-auto w-full max-w-xl"
        role="group"
        aria-labelledby={captionId}
      >
        <path d={franceMap.outline} fill="#eef6f3" stroke="#175646" strokeWidth={1} aria-hidden="true" />
        {points.map((point) => {
          const name = `${point.officialName}${point.hasPolicy ? '' : ' (aucune donnée publiée)'}`;
          return (
            <a key={point.slug} href={`/metropoles/${point.slug}`} aria-label={name} className="group">
              <title>{name}</title>
              {/* Larger transparent target, easier to hit than the dot. */}
              <circle cx={point.x} cy={point.y} r={12} fill="transparent" />
              <circle
                cx={point.x}
                cy={point.y}
                r={point.hasPolicy ? 7 : 6}
                fill={point.hasPolicy ? '#175646' : '#ffffff'}
                stroke="#175646"
                strokeWidth={2.5}
                className="group-hover:fill-accent-600 group-hover:stroke-accent-600 group-focus-visible:fill-accent-600 group-focus-visible:stroke-accent-600"
              />
            </a>
          );
        })}
      </svg>
      <figcaption className="flex flex-col gap-2 text-sm text-gray-700">
        <span id={captionId}>{caption}</span>
        <span className="flex flex-wrap gap-x-5 gap-y-1">
          <span className="inline-flex items-center gap-2">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="8" cy="8" r="6" fill="#175646" stroke="#175646" strokeWidth="2" />
            </svg>
            Politique ESS renseignée
          </span>
          <span className="inline-flex items-center gap-2">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="8" cy="8" r="5.5" fill="#ffffff" stroke="#175646" strokeWidth="2.5" />
            </svg>
            Aucune donnée publiée
          </span>
        </span>
      </figcaption>
    </figure>
  );
}
