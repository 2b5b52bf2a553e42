import Link from 'next/link';
import { EXPLORER_PATH } from '@/lib/projects/filter';
import type { ActiveFilter } from '@/lib/projects/labels';

const linkClass = 'text-brand-700 underline hover:text-brand-800';

/** The filters in force, each with a link that drops it. */
export function ActiveFilters({ filters }: { filters: ActiveFilter[] }) {
  if (filters.length === 0) return <p className="mb-4 text-gray-800">Aucun filtre : tous les projets publiés sont pris en compte.</p>;
  return (
    <div className="mb-4">
      <p className="font-semibold text-gray-900">Filtres appliqués :</p>
      <ul className="flex flex-col gap-1">
        {filters.map((filter) => (
          <li key={`${filter.key}-${filter.value}`}>
            {filter.label} : {filter.value}{' '}
            <Link href={filter.widerHref} prefetch={false} className={linkClass} aria-label={`Retirer le filtre ${filter.label} : ${filter.value}`}>
              retirer
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** An empty result says so and offers wider ones: each filter dropped in turn, or none at all. */
export function EmptyResult({ filters }: { filters: ActiveFilter[] }) {
  return (
    <div className="mb-8 rounded border border-gray-300 p-4" role="status">
      <p className="mb-2 text-lg font-semibold text-gray-900">Aucun projet ne correspond à ces filtres.</p>
      {filters.length > 0 && (
        <>
          <p className="mb-1 text-gray-800">Élargir la recherche :</p>
          <ul className="flex list-disc flex-col gap-1 pl-6">
            {filters.map((filter) => (
              <li key={`${filter.key}-${filter.value}`}>
                <Link href={filter.widerHref} prefetch={false} className={linkClass}>
                  Sans le filtre {filter.label.toLocaleLowerCase('fr')} : {filter.value}
                </Link>
              </li>
            ))}
            {filters.length > 1 && (
              <li>
                <Link href={EXPLORER_PATH} prefetch={false} className={linkClass}>
                  Tous les projets, sans filtre
                </Link>
              </li>
            )}
          </ul>
        </>
      )}
    </div>
  );
}
