import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ExternalLink } from '@/components/external-link';
import { JsonLd } from '@/components/json-ld';
import { formatDate, formatNumber, formatYearRange, toIsoDate } from '@/lib/format';
import { OPEN_DATA_LICENCE } from '@/lib/open-data/collections';
import { API_DOCUMENTATION_PATH, CATALOGUE_JSONLD_PATH, CATALOGUE_TURTLE_PATH, OPENAPI_PATH } from '@/lib/open-data/dcat';
import { findOpenDataSummaries, openDataContactEmail, type OpenDataSummary } from '@/lib/open-data/queries';
import { dataCatalogJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl, SITE_NAME } from '@/lib/seo/site';

const TITLE = 'Données ouvertes';
const DESCRIPTION =
  'Toutes les données publiées par l’observatoire (métropoles, politiques, dispositifs, projets financés, structures, chiffres sourcés…) en CSV et JSON, avec leur schéma, une API documentée et un catalogue DCAT-AP, sous Licence Ouverte 2.0.';

export const metadata: Metadata = pageMetadata({ title: TITLE, description: DESCRIPTION, path: '/donnees' });

const linkClass = 'text-brand-700 underline hover:text-brand-800';

const newest = (summaries: readonly OpenDataSummary[]) =>
  summaries.reduce<Date | null>((max, { lastModified }) => (lastModified && (!max || lastModified > max) ? lastModified : max), null);

function LastChange({ date }: { date: Date | null }) {
  return date ? <time dateTime={toIsoDate(date)}>{formatDate(date)}</time> : <>aucune donnée publiée</>;
}

export default async function OpenDataPage() {
  const summaries = await findOpenDataSummaries();
  const contactEmail = openDataContactEmail();
  const lastChange = newest(summaries);

  return (
    <>
      <JsonLd
        data={dataCatalogJsonLd({
          path: '/donnees',
          name: `${TITLE} de l’${SITE_NAME}`,
          description: DESCRIPTION,
          dateModified: lastChange,
          datasets: summaries.map(({ collection, lastModified, years }) => ({
            id: `/donnees#jeu-${collection.key}`,
            path: `/donnees#${collection.key}`,
            name: collection.title,
            description: collection.description,
            downloadPath: collection.csvPath,
            jsonDownloadPath: collection.jsonPath,
            keywords: ['économie sociale et solidaire', 'métropoles', collection.title],
            temporalCoverage: years ? (years.startYear === years.endYear ? String(years.startYear) : `${years.startYear}/${years.endYear}`) : null,
            dateModified: lastModified,
          })),
        })}
      />
      <Breadcrumbs items={[{ label: 'Accueil', href: '/' }, { label: TITLE }]} />
      <h1 className="mb-4 text-3xl font-bold text-gray-900">{TITLE}</h1>
      <div className="mb-8 max-w-3xl space-y-3 text-lg leading-relaxed text-gray-800">
        <p>
          Tout ce que l’observatoire publie est téléchargeable et réutilisable : les 22 métropoles, leurs politiques et
          plans en faveur de l’économie sociale et solidaire, les dispositifs de financement et les projets qu’ils ont
          soutenus, les structures d’accompagnement, les chiffres déclarés avec leur source, les comptes rendus des
          groupes de travail et les taxonomies du portail.
        </p>
        <p>
          Les données sont publiées par le <abbr title="Réseau des collectivités territoriales pour une économie solidaire">RTES</abbr> et
          l’Avise, dans le cadre de leur programme commun « Métropoles, ESS et innovation sociale ». Seuls les éléments
          publiés sur le site figurent dans les fichiers ; ils sont régénérés à chaque publication.
        </p>
        <p>
          Dernière modification des données : <LastChange date={lastChange} />.
        </p>
      </div>

      <section aria-labelledby="licence" className="mb-10 max-w-3xl">
        <h2 id="licence" className="mb-3 text-2xl font-bold text-gray-900">
          Licence
        </h2>
        <p className="mb-2 text-gray-800">
          Les données sont diffusées sous{' '}
          <ExternalLink href={OPEN_DATA_LICENCE.url}>{OPEN_DATA_LICENCE.name}</ExternalLink> (Etalab 2.0) : vous pouvez
          les copier, les modifier, les publier et les exploiter, y compris à des fins commerciales, à condition de{' '}
          <strong>mentionner leur source</strong> (l’observatoire, RTES et Avise) et <strong>la date de leur dernière mise à jour</strong>.
        </p>
        <p className="text-gray-800" id="citer">
          <strong>Comment citer ces données :</strong> « {SITE_NAME} (RTES, Avise), <em>nom du jeu de données</em>, mis à
          jour le <em>date de dernière modification</em>, {absoluteUrl('/donnees')}, Licence Ouverte 2.0. »
        </p>
      </section>

      <section aria-labelledby="jeux" className="mb-10">
        <h2 id="jeux" className="mb-3 text-2xl font-bold text-gray-900">
          Jeux de données
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left text-base text-gray-800">
              Les {summaries.length} jeux de données de l’observatoire, avec leur nombre d’éléments publiés, la date de
              leur dernière modification, leurs téléchargements et leur adresse dans l’API.
            </caption>
            <thead>
              <tr className="border-b-2 border-gray-300">
                <th scope="col" className="py-2 pr-4">
                  Jeu de données
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  Éléments publiés
                </th>
                <th scope="col" className="py-2 pr-4">
                  Dernière modification
                </th>
                <th scope="col" className="py-2 pr-4">
                  Téléchargements
                </th>
                <th scope="col" className="py-2">
                  API
                </th>
              </tr>
            </thead>
            <tbody>
              {summaries.map(({ collection, rowCount, lastModified, years }) => {
                const period = years ? formatYearRange(years.startYear, years.endYear) : null;
                return (
                  <tr key={collection.key} id={collection.key} className="scroll-mt-4 border-b border-gray-200 align-top">
                    <th scope="row" className="py-3 pr-4 font-normal">
                      <span className="block font-semibold text-gray-900">{collection.title}</span>
                      <span className="block max-w-prose text-gray-700">{collection.description}</span>
                      {period && <span className="block text-gray-700">Période couverte : {period}</span>}
                    </th>
                    <td className="py-3 pr-4 text-right tabular-nums">{formatNumber(rowCount)}</td>
                    <td className="py-3 pr-4">
                      <LastChange date={lastModified} />
                    </td>
                    <td className="py-3 pr-4">
                      <ul className="space-y-1">
                        <li>
                          <a href={collection.csvPath} className={linkClass}>
                            CSV<span className="sr-only"> : {collection.title}</span>
                          </a>
                        </li>
                        <li>
                          <a href={collection.jsonPath} className={linkClass}>
                            JSON<span className="sr-only"> : {collection.title}</span>
                          </a>
                        </li>
                        <li>
                          <a href={collection.schemaPath} className={linkClass}>
                            Schéma (Table Schema)<span className="sr-only"> : {collection.title}</span>
                          </a>
                        </li>
                      </ul>
                    </td>
                    <td className="py-3">
                      <a href={collection.apiPath} className={linkClass}>
                        <code>{collection.apiPath}</code>
                        <span className="sr-only"> : {collection.title} dans l’API</span>
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="mt-3 max-w-3xl text-gray-800">
          Les fichiers CSV sont encodés en UTF-8, séparés par des virgules ; leurs colonnes portent les mêmes noms que les
          champs de l’API (les listes sont jointes par « | »). Les montants sont donnés en centimes entiers
          (<code>amountCents</code>) et en euros décimaux (<code>amountEuros</code>), les dates au format ISO 8601.
        </p>
      </section>

      <section aria-labelledby="api" className="mb-10 max-w-3xl">
        <h2 id="api" className="mb-3 text-2xl font-bold text-gray-900">
          API
        </h2>
        <p className="text-gray-800">
          Une API JSON en lecture seule sert les mêmes données, filtrables et paginées.{' '}
          <a href={API_DOCUMENTATION_PATH} className={linkClass}>
            Documentation de l’API
          </a>{' '}
          (points d’accès, paramètres, exemples de réponses) ; description OpenAPI 3.1 :{' '}
          <a href={OPENAPI_PATH} className={linkClass}>
            <code>{OPENAPI_PATH}</code>
          </a>
          .
        </p>
      </section>

      <section aria-labelledby="catalogue" className="mb-10 max-w-3xl">
        <h2 id="catalogue" className="mb-3 text-2xl font-bold text-gray-900">
          Catalogue DCAT-AP
        </h2>
        <p className="mb-2 text-gray-800">
          Les jeux de données, leurs distributions, leur licence, leur couverture et leurs dates de modification sont
          décrits dans un catalogue conforme au profil européen DCAT-AP 3.0.1, que les portails de données ouvertes (dont
          data.gouv.fr) peuvent moissonner :
        </p>
        <ul className="list-disc space-y-1 pl-6 text-gray-800">
          <li>
            <a href={CATALOGUE_JSONLD_PATH} className={linkClass}>
              Catalogue en JSON-LD
            </a>{' '}
            (<code>{CATALOGUE_JSONLD_PATH}</code>)
          </li>
          <li>
            <a href={CATALOGUE_TURTLE_PATH} className={linkClass}>
              Catalogue en Turtle
            </a>{' '}
            (<code>{CATALOGUE_TURTLE_PATH}</code>)
          </li>
        </ul>
      </section>

      <section aria-labelledby="contact" className="max-w-3xl">
        <h2 id="contact" className="mb-3 text-2xl font-bold text-gray-900">
          Contact
        </h2>
        <p className="text-gray-800">
          Une erreur dans les données, une question de réutilisation ? Écrivez à{' '}
          <a href={`mailto:${contactEmail}`} className={linkClass}>
            {contactEmail}
          </a>
          .
        </p>
      </section>
    </>
  );
}
