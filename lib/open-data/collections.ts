import { cacheTags } from '@/lib/cache-tags';

/**
 * The open-data registry (issue 12): every collection the portal publishes, with the
 * paths of its API list, its downloads and its Table Schema, and the cache tags of
 * what it reads. Pure (no server-only): the API, the downloads, the /donnees page and
 * the DCAT catalogue all read this one list.
 */
export type OpenDataCollectionKey =
  | 'metropoles'
  | 'politiques'
  | 'programmes'
  | 'projets'
  | 'structures'
  | 'groupes-de-travail'
  | 'chiffres'
  | 'thematiques'
  | 'leviers'
  | 'glossaire';

export interface OpenDataCollection {
  key: OpenDataCollectionKey;
  /** French, e.g. « Métropoles ». */
  title: string;
  /** French, one or two sentences. */
  description: string;
  /** `/api/v1/${key}` */
  apiPath: string;
  /** `/donnees/${key}.csv` */
  csvPath: string;
  /** `/donnees/${key}.json` */
  jsonPath: string;
  /** `/donnees/${key}.schema.json` (Table Schema) */
  schemaPath: string;
  /** lib/cache-tags.ts collections it reads. */
  cacheTags: readonly string[];
}

function collection(
  key: OpenDataCollectionKey,
  title: string,
  description: string,
  tags: readonly string[],
): OpenDataCollection {
  return {
    key,
    title,
    description,
    apiPath: `/api/v1/${key}`,
    csvPath: `/donnees/${key}.csv`,
    jsonPath: `/donnees/${key}.json`,
    schemaPath: `/donnees/${key}.schema.json`,
    cacheTags: tags,
  };
}

export const OPEN_DATA_COLLECTIONS: readonly OpenDataCollection[] = [
  collection(
    'metropoles',
    'Métropoles',
    'Les métropoles suivies par l’observatoire : identité (SIREN, région, population, communes), adhésion au RTES et synthèse de leur politique d’économie sociale et solidaire.',
    [cacheTags.metropolises, cacheTags.sources],
  ),
  collection(
    'politiques',
    'Politiques ESS',
    'Les plans, schémas, feuilles de route et délibérations-cadres ESS des métropoles, avec leur période, leur état et leurs leviers d’action.',
    [cacheTags.policyPlans, cacheTags.metropolises, cacheTags.actionLevers, cacheTags.sources],
  ),
  collection(
    'programmes',
    'Dispositifs de financement',
    'Les appels à projets, prix et dispositifs de subvention ESS des métropoles, rattachés à leur métropole et, le cas échéant, à leur politique.',
    [cacheTags.fundingProgrammes, cacheTags.metropolises, cacheTags.policyPlans, cacheTags.sources],
  ),
  collection(
    'projets',
    'Projets financés',
    'Les projets soutenus par les dispositifs des métropoles : porteur, forme juridique, année, montant accordé (en centimes et en euros) et thématiques.',
    // The lever filter reads the programmes' plans and their levers (lib/projects/sql.ts).
    [cacheTags.fundedProjects, cacheTags.fundingProgrammes, cacheTags.metropolises, cacheTags.themes, cacheTags.policyPlans, cacheTags.actionLevers],
  ),
  collection(
    'structures',
    'Structures d’accompagnement',
    'Les réseaux, incubateurs, coopératives et centres de ressources qui accompagnent l’ESS, avec les métropoles où ils interviennent.',
    [cacheTags.supportStructures, cacheTags.metropolises, cacheTags.sources],
  ),
  collection(
    'groupes-de-travail',
    'Comptes rendus des groupes de travail',
    'Les comptes rendus des groupes de travail inter-métropoles : date, participants, métropoles présentes et thématiques.',
    [cacheTags.workingGroups, cacheTags.metropolises, cacheTags.themes, cacheTags.programmes, cacheTags.organisations],
  ),
  collection(
    'chiffres',
    'Chiffres clés',
    'Les chiffres déclarés par les métropoles et leurs partenaires, chacun avec sa période, son unité et sa source.',
    [
      cacheTags.figures,
      cacheTags.sources,
      cacheTags.metropolises,
      cacheTags.policyPlans,
      cacheTags.fundingProgrammes,
      cacheTags.supportStructures,
      cacheTags.programmes,
    ],
  ),
  collection('thematiques', 'Thématiques', 'Les thématiques qui classent les projets financés et les travaux des groupes de travail.', [
    cacheTags.themes,
  ]),
  collection('leviers', 'Leviers d’action', 'Les leviers d’action publique par lesquels les politiques ESS des métropoles agissent.', [
    cacheTags.actionLevers,
  ]),
  collection('glossaire', 'Glossaire', 'Les sigles et termes de l’économie sociale et solidaire, avec leur définition et leur source.', [
    cacheTags.glossary,
    cacheTags.sources,
  ]),
];

export const OPEN_DATA_LICENCE = {
  name: 'Licence Ouverte / Open Licence version 2.0',
  id: 'etalab-2.0',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;

export function findOpenDataCollection(key: string): OpenDataCollection | undefined {
  return OPEN_DATA_COLLECTIONS.find((c) => c.key === key);
}
