import Link from 'next/link';
import { formatNumber } from '@/lib/format';
import { coverageLabels } from '@/lib/metropolises/coverage';
import type { MetropolisListItem } from '@/lib/metropolises/select';

function rtesMembershipText(isRtesMember: boolean | null): string {
  return isRtesMember === null ? 'Non renseigné' : isRtesMember ? 'Oui' : 'Non';
}

/** The directory's list; its "Couverture" column is the map's information as text. */
export function MetropolisTable({ metropolises, isFiltered = false }: { metropolises: MetropolisListItem[]; isFiltered?: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-gray-700">
          {metropolises.length === 1 ? 'La métropole' : `Les ${formatNumber(metropolises.length)} métropoles`}
          {isFiltered && (metropolises.length === 1 ? ' sélectionnée' : ' sélectionnées')}, par
          ordre alphabétique de leur nom usuel, avec région, siège, population, adhésion au RTES, état de leur politique
          ESS sur ce portail et couverture de la carte.
        </caption>
        <thead>
          <tr className="border-b-2 border-gray-300">
            <th scope="col" className="py-2 pr-3 font-semibold">
              Métropole
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              Région
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              Siège
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-semibold">
              Population (hab.)
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              Membre du RTES
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              Politique ESS
            </th>
            <th scope="col" className="py-2 font-semibold">
              Couverture
            </th>
          </tr>
        </thead>
        <tbody>
          {metropolises.map((metropolis) => (
            <tr key={metropolis.slug} className="border-b border-gray-200 align-top">
              <th scope="row" className="py-2 pr-3 font-normal">
                <Link
                  href={`/metropoles/${metropolis.slug}`}
                  className="font-medium text-brand-700 underline hover:text-brand-800"
                >
                  {metropolis.officialName}
                </Link>
              </th>
              <td className="py-2 pr-3">{metropolis.region}</td>
              <td className="py-2 pr-3">{metropolis.seatCity}</td>
              <td className="py-2 pr-3 text-right tabular-nums">
                {metropolis.population !== null && metropolis.identitySource
                  ? formatNumber(metropolis.population)
                  : 'Non renseigné'}
              </td>
              <td className="py-2 pr-3">{rtesMembershipText(metropolis.isRtesMember)}</td>
              <td className="py-2 pr-3">{metropolis.hasPolicy ? 'Documentée' : metropolis.hasContextOnly ? 'Éléments de contexte seulement' : 'Aucune donnée publiée'}</td>
              <td className="py-2">{coverageLabels[metropolis.coverage]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
