import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { getApiDocumentation } from '@/lib/api/documentation';
import { PROBLEM_TITLES, type ProblemKind } from '@/lib/api/problem';
import { getSiteUrl } from '@/lib/env';
import { OPEN_DATA_COLLECTIONS, OPEN_DATA_LICENCE } from '@/lib/open-data/collections';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'API des données ouvertes',
  description: 'La documentation de l’API JSON de l’observatoire : ressources, paramètres, exemples de réponses réelles, erreurs, limites et téléchargements.',
  path: '/donnees/api',
});

const PROBLEM_EXPLANATIONS: Record<ProblemKind, string> = {
  'bad-request': 'Un paramètre est inconnu, répété ou invalide (valeur de filtre qui ne désigne rien de publié, taille de page hors bornes, curseur illisible ou d’un autre tri). Le champ errors nomme chaque paramètre refusé.',
  'not-found': 'Aucun élément publié à cette adresse (identifiant inconnu, élément retiré ou adresse hors de l’API).',
  'method-not-allowed': 'L’API est en lecture seule : seules GET, HEAD et OPTIONS sont acceptées.',
  'too-many-requests': 'Quota de requêtes par minute dépassé pour votre adresse ; l’en-tête Retry-After dit combien de secondes attendre.',
  unavailable: 'La base de données ne répond pas ; réessayez après le délai de Retry-After.',
  internal: 'Erreur inattendue, consignée de notre côté ; la réponse n’en dit pas plus.',
};

const code = 'rounded bg-gray-100 px-1 font-mono text-sm text-gray-900';

export default async function ApiDocumentationPage() {
  const site = getSiteUrl();
  const { endpoints } = await getApiDocumentation(site);

  return (
    <>
      <Breadcrumbs items={[{ label: 'Accueil', href: '/' }, { label: 'Données ouvertes', href: '/donnees' }, { label: 'API' }]} />
      <h1 className="mb-4 text-3xl font-bold text-gray-900">API des données ouvertes</h1>
      <div className="mb-8 flex max-w-3xl flex-col gap-3 text-lg leading-relaxed text-gray-800">
        <p>
          L’API donne, en JSON et en lecture seule, toutes les données publiées de l’observatoire. Elle est décrite par un document{' '}
          <a className="text-brand-700 underline" href="/api/v1/openapi.json">OpenAPI 3.1</a>, généré à partir des schémas mêmes qui construisent ses réponses ; cette page en est la lecture. Les exemples ci-dessous sont de vraies réponses, réduites à deux éléments.
        </p>
        <p>
          Les données sont sous <a className="text-brand-700 underline" href={OPEN_DATA_LICENCE.url}>{OPEN_DATA_LICENCE.name}</a>, rappelée dans chaque réponse (champ <code className={code}>licence</code>).
        </p>
      </div>

      <nav aria-label="Sommaire de la documentation" className="mb-10">
        <h2 className="mb-2 text-xl font-bold text-gray-900">Sommaire</h2>
        <ul className="list-disc pl-6 text-gray-800">
          <li><a className="text-brand-700 underline" href="#conventions">Conventions</a></li>
          <li><a className="text-brand-700 underline" href="#ressources">Ressources</a></li>
          <li><a className="text-brand-700 underline" href="#erreurs">Erreurs</a></li>
          <li><a className="text-brand-700 underline" href="#telechargements">Téléchargements</a></li>
        </ul>
      </nav>

      <section aria-labelledby="conventions" className="mb-12 max-w-3xl text-gray-800">
        <h2 id="conventions" className="mb-3 text-2xl font-bold text-gray-900">Conventions</h2>
        <ul className="flex list-disc flex-col gap-2 pl-6">
          <li>Adresse de base : <code className={code}>{site}/api/v1</code>. Noms de champs en anglais, stables ; chemins en français comme ceux du site.</li>
          <li>Montants : <code className={code}>amountCents</code> en centimes entiers (exact) et <code className={code}>amountEuros</code>, le même montant en chaîne décimale (<code className={code}>&quot;768200.00&quot;</code>).</li>
          <li>Dates ISO 8601 : <code className={code}>AAAA-MM-JJ</code> pour un jour, date et heure UTC pour un instant.</li>
          <li>Liens : <code className={code}>url</code> est la page publique de l’élément, <code className={code}>apiUrl</code> sa ressource dans l’API (null quand il n’en a pas).</li>
          <li>Projets : pagination par curseur. Suivez <code className={code}>links.next</code> jusqu’à ce qu’il vaille null ; <code className={code}>limit</code> va de 1 à 200.</li>
          <li>Cache : chaque réponse porte <code className={code}>ETag</code> et <code className={code}>Last-Modified</code> ; renvoyez-les dans <code className={code}>If-None-Match</code> ou <code className={code}>If-Modified-Since</code> pour recevoir 304 sans corps quand rien n’a changé.</li>
          <li>CORS ouvert (<code className={code}>Access-Control-Allow-Origin: *</code>) pour GET et HEAD, sans cookies.</li>
          <li>Limite : un nombre de requêtes par minute et par adresse, annoncé par <code className={code}>RateLimit-Policy</code> ; <code className={code}>RateLimit</code> dit ce qui reste. Au-delà : 429 avec <code className={code}>Retry-After</code>.</li>
        </ul>
      </section>

      <section aria-labelledby="ressources" className="mb-12">
        <h2 id="ressources" className="mb-6 text-2xl font-bold text-gray-900">Ressources</h2>
        <div className="flex flex-col gap-12">
          {endpoints.map((endpoint) => (
            <article key={endpoint.id} aria-labelledby={endpoint.id} className="border-t border-gray-300 pt-6">
              <h3 id={endpoint.id} className="mb-2 text-xl font-bold text-gray-900">
                {endpoint.summary}
              </h3>
              <p className="mb-3">
                <code className={code}>
                  {endpoint.method} {endpoint.path}
                </code>
              </p>
              <p className="mb-4 max-w-3xl text-gray-800">{endpoint.description}</p>
              {endpoint.parameters.length > 0 && (
                <div className="mb-4 overflow-x-auto">
                  <table className="min-w-full border-collapse text-left text-sm text-gray-800">
                    <caption className="mb-2 text-left font-semibold text-gray-900">Paramètres de {endpoint.path}</caption>
                    <thead>
                      <tr>
                        <th scope="col" className="border-b border-gray-400 py-1 pr-4">Nom</th>
                        <th scope="col" className="border-b border-gray-400 py-1 pr-4">Où</th>
                        <th scope="col" className="border-b border-gray-400 py-1 pr-4">Valeur</th>
                        <th scope="col" className="border-b border-gray-400 py-1">Rôle</th>
                      </tr>
                    </thead>
                    <tbody>
                      {endpoint.parameters.map((parameter) => (
                        <tr key={parameter.name}>
                          <th scope="row" className="border-b border-gray-200 py-1 pr-4 align-top font-mono font-normal">
                            {parameter.name}
                            {parameter.required ? ' (obligatoire)' : ''}
                          </th>
                          <td className="border-b border-gray-200 py-1 pr-4 align-top">{parameter.location}</td>
                          <td className="border-b border-gray-200 py-1 pr-4 align-top">{parameter.type}</td>
                          <td className="border-b border-gray-200 py-1 align-top">{parameter.description}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              <p className="mb-1 font-semibold text-gray-900">Réponses</p>
              <ul className="mb-4 list-disc pl-6 text-sm text-gray-800">
                {endpoint.responses.map((response) => (
                  <li key={response.status}>
                    <span className="font-mono">{response.status}</span> : {response.description}
                  </li>
                ))}
              </ul>
              {endpoint.exampleUrl && endpoint.exampleBody ? (
                <>
                  <p className="mb-1 font-semibold text-gray-900">Exemple</p>
                  <p className="mb-2 text-sm">
                    <a className="break-all font-mono text-brand-700 underline" href={endpoint.exampleUrl}>
                      {endpoint.exampleUrl}
                    </a>
                  </p>
                  <pre tabIndex={0} aria-label={`Réponse de ${endpoint.exampleUrl}`} className="max-h-96 overflow-auto rounded border border-gray-300 bg-gray-50 p-3 text-xs text-gray-900">
                    {endpoint.exampleBody}
                  </pre>
                </>
              ) : (
                <p className="text-sm text-gray-800">Pas d’exemple : aucun élément publié pour l’instant.</p>
              )}
            </article>
          ))}
        </div>
      </section>

      <section aria-labelledby="erreurs" className="mb-12 max-w-3xl text-gray-800">
        <h2 id="erreurs" className="mb-3 text-2xl font-bold text-gray-900">Erreurs</h2>
        <p className="mb-3">
          Les erreurs sont des « problem details » (RFC 9457), servis en <code className={code}>application/problem+json</code> avec les champs <code className={code}>type</code>, <code className={code}>title</code>, <code className={code}>status</code>, <code className={code}>detail</code> et <code className={code}>instance</code>. Le <code className={code}>type</code> renvoie à l’une des entrées ci-dessous.
        </p>
        <dl className="flex flex-col gap-3">
          {(Object.keys(PROBLEM_TITLES) as ProblemKind[]).map((kind) => (
            <div key={kind}>
              <dt id={`probleme-${kind}`} className="font-semibold text-gray-900">
                {PROBLEM_TITLES[kind].status} · {PROBLEM_TITLES[kind].title}
              </dt>
              <dd>{PROBLEM_EXPLANATIONS[kind]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="telechargements" className="mb-12 max-w-3xl text-gray-800">
        <h2 id="telechargements" className="mb-3 text-2xl font-bold text-gray-900">Téléchargements</h2>
        <p className="mb-3">Chaque collection existe aussi en fichier entier : CSV (UTF-8 sans BOM, virgule ; colonnes = champs de l’API, objets aplatis, listes jointes par « | »), JSON, et son schéma Table Schema.</p>
        <ul className="list-disc pl-6">
          {OPEN_DATA_COLLECTIONS.map((collection) => (
            <li key={collection.key}>
              {collection.title} : <a className="text-brand-700 underline" href={collection.csvPath}>CSV</a>, <a className="text-brand-700 underline" href={collection.jsonPath}>JSON</a>, <a className="text-brand-700 underline" href={collection.schemaPath}>schéma</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
