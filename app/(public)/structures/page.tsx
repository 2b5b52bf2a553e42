import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { formatNumber, supportStructureKindLabels } from '@/lib/format';
import { pageMetadata } from '@/lib/seo/metadata';
import { findPublishedSupportStructures } from '@/lib/support-structures/queries';

export const metadata: Metadata = pageMetadata({
  title: 'Structures d’accompagnement',
  description: 'Réseaux, incubateurs, coopératives et centres de recherche qui accompagnent les entrepreneurs de l’ESS dans les métropoles.',
  path: '/structures',
});

export default async function SupportStructuresPage() {
  const structures = await findPublishedSupportStructures();

  return (
    <>
      <Breadcrumbs items={[{ label: 'Accueil', href: '/' }, { label: 'Structures d’accompagnement' }]} />
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Structures d’accompagnement</h1>
      <p className="mb-8 max-w-3xl text-lg leading-relaxed text-gray-800">
        Les réseaux, incubateurs, coopératives et centres de recherche qui accompagnent les porteurs de projets de
        l’économie sociale et solidaire, et les métropoles avec lesquelles ils travaillent.
      </p>

      {structures.length === 0 ? (
        <p className="text-gray-800">Aucune structure d’accompagnement publiée pour l’instant.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-gray-700">
              {formatNumber(structures.length)} structures d’accompagnement, par ordre alphabétique, avec les métropoles
              accompagnées.
            </caption>
            <thead>
              <tr className="border-b-2 border-gray-300">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Structure
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Type
                </th>
                <th scope="col" className="py-2 font-semibold">
                  Métropoles accompagnées
                </th>
              </tr>
            </thead>
            <tbody>
              {structures.map((structure) => (
                <tr key={structure.slug} className="border-b border-gray-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <Link
                      href={`/structures/${structure.slug}`}
                      className="font-medium text-brand-700 underline hover:text-brand-800"
                    >
                      {structure.name}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">{supportStructureKindLabels[structure.kind]}</td>
                  <td className="py-2">
                    {structure.metropolises.length === 0 ? (
                      'Non renseigné'
                    ) : (
                      <ul>
                        {structure.metropolises.map((metropolis) => (
                          <li key={metropolis.slug}>
                            <Link href={`/metropoles/${metropolis.slug}`} className="text-brand-700 underline hover:text-brand-800">
                              {metropolis.officialName}
                            </Link>
                            {metropolis.partnershipStartYear && (
                              <span className="text-gray-700"> (depuis {metropolis.partnershipStartYear})</span>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
