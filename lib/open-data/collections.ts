import { cacheTags } from '@/lib/cache-tags';

// The open-data collections, in one registry (issue 12's shared contract): the
// API, the downloads, the /donnees page and the DCAT catalogue all read it.
// Pure and client-safe.

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

function collection(key: OpenDataCollectionKey, title: string, description: string, tags: readonly string[]): OpenDataCollection {
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
    "Les 22 métropoles françaises : identité officielle (SIREN, région, siège, population légale de l'INSEE), adhésion au RTES et synthèse de leur politique d'économie sociale et solidaire.",
    [cacheTags.metropolises, cacheTags.sources, cacheTags.persons],
  ),
  collection(
    'politiques',
    'Politiques et plans ESS',
    "Les plans, schémas, feuilles de route et délibérations-cadres des métropoles en faveur de l'ESS : période, statut, leviers d'action et source.",
    [cacheTags.policyPlans, cacheTags.metropolises, cacheTags.actionLevers, cacheTags.sources],
  ),
  collection(
    'programmes',
    'Dispositifs de financement',
    "Les appels à projets, prix et dispositifs de subvention portés par les métropoles, avec leur plan de rattachement et leurs années.",
    [cacheTags.fundingProgrammes, cacheTags.metropolises, cacheTags.policyPlans, cacheTags.sources],
  ),
  collection(
    'projets',
    'Projets financés',
    "Les projets soutenus par les dispositifs des métropoles : porteur, forme juridique, année, montant accordé, implantation en quartier prioritaire et thématiques.",
    [cacheTags.fundedProjects, cacheTags.fundingProgrammes, cacheTags.metropolises, cacheTags.themes],
  ),
  collection(
    'structures',
    "Structures d'accompagnement",
    "Les réseaux, incubateurs, coopératives et centres de recherche qui accompagnent les entrepreneurs de l'ESS, et les métropoles qu'ils servent.",
    [cacheTags.supportStructures, cacheTags.metropolises, cacheTags.sources],
  ),
  collection(
    'groupes-de-travail',
    'Comptes rendus des groupes de travail',
    "Les comptes rendus des groupes de travail du programme « Métropoles, ESS et innovation sociale » : date, métropoles participantes, présentations et thématiques.",
    [cacheTags.workingGroups, cacheTags.metropolises, cacheTags.persons, cacheTags.organisations, cacheTags.themes],
  ),
  collection(
    'chiffres',
    'Chiffres déclarés',
    'Les indicateurs publiés par les métropoles et leurs partenaires (valeur, unité, période), chacun avec sa source : éditeur, titre, date et adresse.',
    [cacheTags.figures, cacheTags.sources, cacheTags.metropolises, cacheTags.policyPlans, cacheTags.fundingProgrammes],
  ),
  collection('thematiques', 'Thématiques', 'Les thématiques qui classent les projets financés et les comptes rendus.', [cacheTags.themes]),
  collection(
    'leviers',
    "Leviers d'action",
    "La typologie des leviers d'action des politiques ESS : accompagnement, financement, foncier, commande publique responsable, économie circulaire, coopération territoriale…",
    [cacheTags.actionLevers],
  ),
  collection('glossaire', 'Glossaire', "Les définitions des termes de l'économie sociale et solidaire employés sur le portail, avec leur source.", [cacheTags.glossary, cacheTags.sources]),
];

export const OPEN_DATA_LICENCE = {
  name: 'Licence Ouverte / Open Licence version 2.0',
  id: 'etalab-2.0',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;
