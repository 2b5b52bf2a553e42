import type { Metadata } from 'next';
import { Abbr } from '@/components/abbr';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { WorkingGroupSummary } from '@/components/working-group-summary';
import { feedAlternateTypes } from '@/lib/feeds/alternates';
import { pageMetadata } from '@/lib/seo/metadata';
import { findPublishedWorkingGroups } from '@/lib/working-groups/queries';

export const metadata: Metadata = pageMetadata({
  title: 'Groupes de travail',
  description: 'Comptes rendus des groupes de travail du programme « Métropoles, ESS et innovation sociale » du RTES et de l’Avise.',
  path: '/groupes-de-travail',
  alternates: { types: feedAlternateTypes() },
});

export default async function WorkingGroupsPage() {
  const recaps = await findPublishedWorkingGroups();

  return (
    <>
      <Breadcrumbs items={[{ label: 'Accueil', href: '/' }, { label: 'Groupes de travail' }]} />
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Comptes rendus des groupes de travail</h1>
      <p className="mb-8 max-w-3xl text-lg leading-relaxed text-gray-800">
        Les métropoles se réunissent en groupes de travail dans le cadre du programme « Métropoles, ESS et innovation
        sociale » conduit par le <Abbr term="RTES" /> et l’<Abbr term="Avise" />. Chaque compte rendu présente les échanges et les focus des métropoles
        intervenantes.
      </p>
      {recaps.length === 0 ? (
        <p className="text-gray-800">Aucun compte rendu publié pour l’instant.</p>
      ) : (
        <ul className="flex flex-col gap-8">
          {recaps.map((recap) => (
            <li key={recap.slug} className="border-b border-gray-200 pb-8 last:border-b-0">
              <WorkingGroupSummary recap={recap} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
