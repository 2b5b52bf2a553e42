import Link from 'next/link';
import { formatNumber } from '@/lib/format';
import type { MetropolisListItem } from '@/lib/metropolises/select';

// A region filter would read searchParams, which under cacheComponents turns the
// table into a streamed hole (shown only with JavaScript): left for the filters issue.
export function MetropolisTable({ metropolises }: { metropolises: MetropolisListItem[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-gray-700">
          Les {formatNumber(metropolises.length)} métropoles, par ordre alphabétique de leur nom usuel, avec région,
          siège, population et état de leur politique ESS sur ce portail.
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
            <th scope="col" className="py-2 font-semibold">
              Politique ESS
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
              <td className="py-2">{metropolis.hasPolicy ? 'Documentée' : metropolis.hasContextOnly ? 'Éléments de contexte seulement' : 'Aucune donnée publiée'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
