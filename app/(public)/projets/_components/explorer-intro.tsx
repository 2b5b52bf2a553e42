import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { getExplorerOptions } from '@/lib/projects/queries';
import { fundedProjectsDatasetJsonLd } from '@/lib/seo/page-json-ld';

/** What does not depend on the filter: it is the static shell of the on-demand page. */
export async function ExplorerIntro() {
  // Cached: the years the stored projects cover are the data set's temporal coverage.
  const options = await getExplorerOptions();
  return (
    <>
      <JsonLd data={fundedProjectsDatasetJsonLd(options)} />
      <Breadcrumbs items={[{ label: 'Accueil', href: '/' }, { label: 'Projets financés' }]} />
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Projets financés</h1>
      <p className="mb-8 max-w-3xl text-lg leading-relaxed text-gray-800">
        Les projets soutenus par les dispositifs de financement des métropoles, tels qu’ils sont enregistrés dans
        l’observatoire. Filtrez, triez, téléchargez : l’adresse de la page garde vos choix, vous pouvez la partager ou
        l’ajouter à vos favoris.
      </p>
    </>
  );
}
