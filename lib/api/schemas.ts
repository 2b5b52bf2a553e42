// The API's single source of truth (issue 12): zod 4 schemas that build every
// response item (lib/api/items.ts parses what it returns through them), validate
// the query parameters, and generate both the OpenAPI 3.1 document
// (lib/api/openapi.ts) and the downloads' Table Schemas (lib/api/table-schema.ts).
// Pure: no server-only, so unit tests and the documentation share it.
import { z } from 'zod';
import type { OpenDataCollectionKey } from '@/lib/open-data/collections';

const text = (description: string) => z.string().meta({ description });
const nullableText = (description: string) => z.string().nullable().meta({ description });
const year = (description: string) => z.int().min(1900).max(2100).meta({ description });
const nullableYear = (description: string) => z.int().min(1900).max(2100).nullable().meta({ description });
const instant = (description: string) => z.iso.datetime({ offset: true }).meta({ description });
const day = (description: string) => z.iso.date().meta({ description });
const url = (description: string) => z.url().meta({ description });
const nullableUrl = (description: string) => z.url().nullable().meta({ description });
const slug = (description: string) => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).meta({ description });
const slugList = (description: string) => z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).meta({ description });

/** Amounts: integer cents (exact) and the same amount as a decimal euro string. */
export const amountCentsSchema = z.int().min(0).meta({ description: 'Montant en centimes d’euro (entier, exact).', examples: [76820000] });
export const amountEurosSchema = z
  .string()
  .regex(/^\d+\.\d{2}$/)
  .meta({ description: 'Le même montant en euros, chaîne décimale à deux décimales avec un point (jamais un nombre flottant).', examples: ['768200.00'] });

export const LicenceSchema = z
  .object({ id: z.literal('etalab-2.0'), name: z.string(), url: z.url() })
  .meta({ id: 'Licence', description: 'Licence des données : Licence Ouverte / Open Licence 2.0 (Etalab).' });

/** A link to a related resource: its page on the site and its API address. */
const RefSchema = (what: string) =>
  z
    .object({
      slug: slug(`Identifiant ${what}.`),
      name: text(`Nom ${what}.`),
      url: nullableUrl(`Page publique ${what}.`),
      apiUrl: nullableUrl(`Adresse API ${what}.`),
    })
    .meta({ description: `Lien vers ${what}.` });

export const SourceRefSchema = z
  .object({
    title: text('Titre de la source.'),
    publisher: text('Éditeur de la source.'),
    url: nullableUrl('Adresse de la source, quand elle est en ligne.'),
    publishedOn: day('Date de publication de la source (AAAA-MM-JJ ; le premier jour du mois ou de l’année quand la source ne donne que ceux-ci).').nullable(),
  })
  .meta({ id: 'SourceRef', description: 'Source publiée sur laquelle repose l’information.' });

const common = {
  url: nullableUrl('Page publique de l’élément sur le site (null quand il n’a pas de page à lui).'),
  apiUrl: nullableUrl('Adresse de l’élément dans l’API (null quand il n’a pas de ressource à lui).'),
  updatedAt: instant('Dernière modification de l’élément (ISO 8601, UTC).'),
};

export const MetropoleSchema = z
  .object({
    slug: slug('Identifiant stable de la métropole.'),
    officialName: text('Nom officiel.'),
    shortName: text('Nom court.'),
    sirenCode: z.string().regex(/^\d{9}$/).nullable().meta({ description: 'Numéro SIREN de l’établissement public.' }),
    region: text('Région.'),
    seatCity: text('Ville siège.'),
    creationYear: nullableYear('Année de création de la métropole.'),
    latitude: z.number().min(-90).max(90).meta({ description: 'Latitude du siège (WGS 84).' }),
    longitude: z.number().min(-180).max(180).meta({ description: 'Longitude du siège (WGS 84).' }),
    population: z.int().min(0).nullable().meta({ description: 'Population (source : identitySource).' }),
    communeCount: z.int().min(0).nullable().meta({ description: 'Nombre de communes membres.' }),
    isRtesMember: z.boolean().nullable().meta({ description: 'Adhésion au RTES à l’année rtesMembershipYear (null : inconnue).' }),
    rtesMembershipYear: nullableYear('Année à laquelle la source atteste l’adhésion (ou son absence).'),
    website: nullableUrl('Site de la métropole.'),
    policySummary: nullableText('Synthèse de la politique ESS (Markdown).'),
    identitySource: SourceRefSchema.nullable(),
    ...common,
  })
  .meta({ id: 'Metropole', description: 'Une métropole suivie par l’observatoire.' });

export const PolitiqueSchema = z
  .object({
    slug: slug('Identifiant stable de la politique.'),
    title: text('Intitulé.'),
    kind: z.enum(['PLAN', 'SCHEMA', 'ROADMAP', 'FRAMEWORK_RESOLUTION']).meta({ description: 'Nature : plan, schéma, feuille de route ou délibération-cadre.' }),
    startYear: year('Première année.'),
    endYear: nullableYear('Dernière année (null : non précisée).'),
    planStatus: z.enum(['PLANNED', 'IN_FORCE', 'ENDED', 'UNDER_EVALUATION', 'UNKNOWN']).meta({ description: 'État : prévu, en vigueur, terminé, en évaluation, inconnu.' }),
    summary: nullableText('Résumé (Markdown).'),
    metropolis: RefSchema('de la métropole'),
    leverSlugs: slugList('Leviers d’action publiés de la politique (voir /api/v1/leviers).'),
    predecessorSlug: slug('Édition précédente, quand elle est publique.').nullable(),
    source: SourceRefSchema.nullable(),
    ...common,
  })
  .meta({ id: 'Politique', description: 'Une politique ESS (plan, schéma, feuille de route, délibération-cadre) d’une métropole.' });

export const ProgrammeSchema = z
  .object({
    slug: slug('Identifiant stable du dispositif.'),
    name: text('Nom du dispositif.'),
    kind: z.enum(['CALL_FOR_PROJECTS', 'PRIZE', 'GRANT_SCHEME']).meta({ description: 'Nature : appel à projets, prix ou dispositif de subvention.' }),
    description: nullableText('Description (Markdown).'),
    startYear: nullableYear('Première année.'),
    endYear: nullableYear('Dernière année.'),
    isRecurring: z.boolean().meta({ description: 'Dispositif reconduit chaque année.' }),
    metropolis: RefSchema('de la métropole'),
    policyPlanSlug: slug('Politique dont relève le dispositif, quand elle est publique.').nullable(),
    source: SourceRefSchema.nullable(),
    projectsUrl: url('Les projets financés par ce dispositif, dans l’explorateur.'),
    projectsApiUrl: url('Les mêmes projets dans l’API.'),
    ...common,
  })
  .meta({ id: 'Programme', description: 'Un dispositif de financement ESS d’une métropole.' });

export const LEGAL_FORM_VALUES = ['association', 'scop', 'scic', 'cooperative', 'mutuelle', 'fondation', 'entreprise-esus', 'autre'] as const;

export const ProjetSchema = z
  .object({
    id: z.string().min(1).max(200).meta({ description: 'Identifiant stable du projet (celui de /api/v1/projets/{id}).' }),
    slug: slug('Identifiant lisible du projet.'),
    title: text('Titre du projet.'),
    carrierName: text('Structure porteuse.'),
    legalForm: z.enum(LEGAL_FORM_VALUES).meta({ description: 'Forme juridique du porteur (mêmes valeurs que le filtre forme).' }),
    year: year('Année d’attribution.'),
    amountCents: amountCentsSchema,
    amountEuros: amountEurosSchema,
    isInPriorityNeighbourhood: z.boolean().nullable().meta({ description: 'Projet en quartier prioritaire de la politique de la ville (null : inconnu).' }),
    description: nullableText('Description.'),
    programme: RefSchema('du dispositif'),
    metropolis: RefSchema('de la métropole'),
    themeSlugs: slugList('Thématiques publiées du projet (voir /api/v1/thematiques).'),
    publishedOn: day('Date de publication sur le portail.').nullable(),
    ...common,
  })
  .meta({ id: 'Projet', description: 'Un projet financé par un dispositif d’une métropole.' });

export const StructureSchema = z
  .object({
    slug: slug('Identifiant stable de la structure.'),
    name: text('Nom.'),
    kind: z.enum(['ACCOMPANIMENT_NETWORK', 'INCUBATOR', 'COOPERATIVE', 'RESEARCH_CENTRE', 'ACTOR_NETWORK', 'OTHER']).meta({ description: 'Nature : réseau d’accompagnement, incubateur, coopérative, centre de recherche, réseau d’acteurs, autre.' }),
    description: nullableText('Description (Markdown).'),
    website: nullableUrl('Site de la structure.'),
    memberCount: z.int().min(0).nullable().meta({ description: 'Nombre d’adhérents déclaré.' }),
    metropolisSlugs: slugList('Métropoles publiées où la structure intervient.'),
    source: SourceRefSchema.nullable(),
    ...common,
  })
  .meta({ id: 'Structure', description: 'Une structure d’accompagnement de l’ESS.' });

export const GroupeDeTravailSchema = z
  .object({
    slug: slug('Identifiant stable du compte rendu.'),
    title: text('Titre.'),
    sequenceNumber: z.int().min(0).meta({ description: 'Numéro de la séance.' }),
    meetingDate: day('Date de la séance.'),
    participantCount: z.int().min(0).meta({ description: 'Nombre de participants.' }),
    summary: text('Résumé.'),
    firstPublishedOn: day('Première publication du compte rendu.'),
    lastUpdatedOn: day('Dernière mise à jour annoncée.').nullable(),
    metropolisSlugs: slugList('Métropoles publiées présentes.'),
    themeSlugs: slugList('Thématiques publiées.'),
    ...common,
  })
  .meta({ id: 'GroupeDeTravail', description: 'Le compte rendu d’une séance d’un groupe de travail inter-métropoles.' });

export const ChiffreSchema = z
  .object({
    id: z.string().min(1).max(200).meta({ description: 'Identifiant stable du chiffre.' }),
    indicator: text('Clé stable de ce qui est mesuré (pour comparer).'),
    label: text('Libellé.'),
    value: z.string().regex(/^-?\d+(\.\d{1,2})?$/).meta({ description: 'Valeur déclarée, chaîne décimale avec un point (exacte).', examples: ['600'] }),
    unit: z.enum(['COUNT', 'EUR', 'PERCENT', 'INHABITANTS']).meta({ description: 'Unité : nombre, euros, pourcentage, habitants.' }),
    isLowerBound: z.boolean().meta({ description: 'Chiffre « plus de » : la valeur est un minimum.' }),
    periodStartYear: nullableYear('Première année de la période.'),
    periodEndYear: nullableYear('Dernière année de la période.'),
    metropolisSlug: slug('Métropole concernée.').nullable(),
    policyPlanSlug: slug('Politique concernée.').nullable(),
    programmeSlug: slug('Dispositif concerné.').nullable(),
    structureSlug: slug('Structure concernée.').nullable(),
    source: SourceRefSchema,
    ...common,
  })
  .meta({ id: 'Chiffre', description: 'Un chiffre déclaré, toujours avec sa source.' });

export const ThematiqueSchema = z
  .object({
    slug: slug('Identifiant stable de la thématique.'),
    name: text('Nom.'),
    description: nullableText('Description.'),
    projectsUrl: url('Les projets de cette thématique, dans l’explorateur.'),
    projectsApiUrl: url('Les mêmes projets dans l’API.'),
    ...common,
  })
  .meta({ id: 'Thematique', description: 'Une thématique des projets et des groupes de travail.' });

export const LevierSchema = z
  .object({
    slug: slug('Identifiant stable du levier.'),
    name: text('Nom.'),
    description: nullableText('Description.'),
    position: z.int().meta({ description: 'Rang d’affichage.' }),
    projectsUrl: url('Les projets des dispositifs relevant de ce levier, dans l’explorateur.'),
    projectsApiUrl: url('Les mêmes projets dans l’API.'),
    ...common,
  })
  .meta({ id: 'Levier', description: 'Un levier d’action publique des politiques ESS.' });

export const GlossaireSchema = z
  .object({
    slug: slug('Identifiant stable du terme.'),
    term: text('Terme ou sigle.'),
    expansion: text('Forme développée.'),
    definition: text('Définition (Markdown).'),
    source: SourceRefSchema.nullable(),
    ...common,
  })
  .meta({ id: 'Glossaire', description: 'Un terme du glossaire.' });

export const ITEM_SCHEMAS = {
  metropoles: MetropoleSchema,
  politiques: PolitiqueSchema,
  programmes: ProgrammeSchema,
  projets: ProjetSchema,
  structures: StructureSchema,
  'groupes-de-travail': GroupeDeTravailSchema,
  chiffres: ChiffreSchema,
  thematiques: ThematiqueSchema,
  leviers: LevierSchema,
  glossaire: GlossaireSchema,
} as const satisfies Record<OpenDataCollectionKey, z.ZodObject>;

export type ItemOf<K extends OpenDataCollectionKey> = z.infer<(typeof ITEM_SCHEMAS)[K]>;

/** The field of an item that identifies it in /api/v1/<key>/{…} (collections with a detail endpoint). */
export const DETAIL_KEYS = {
  metropoles: 'slug',
  politiques: 'slug',
  projets: 'id',
  structures: 'slug',
  'groupes-de-travail': 'slug',
} as const satisfies Partial<Record<OpenDataCollectionKey, 'slug' | 'id'>>;
export type DetailCollectionKey = keyof typeof DETAIL_KEYS;

export function hasDetail(key: OpenDataCollectionKey): key is DetailCollectionKey {
  return key in DETAIL_KEYS;
}

/** Table Schema primary key of each collection (what identifies a row). */
export const PRIMARY_KEYS: Record<OpenDataCollectionKey, string> = {
  metropoles: 'slug',
  politiques: 'slug',
  programmes: 'slug',
  projets: 'id',
  structures: 'slug',
  'groupes-de-travail': 'slug',
  chiffres: 'id',
  thematiques: 'slug',
  leviers: 'slug',
  glossaire: 'slug',
};

export const LinksSchema = z
  .object({
    self: url('Cette réponse.'),
    next: nullableUrl('La page suivante (null : dernière page).'),
  })
  .meta({ id: 'Links', description: 'Liens de pagination.' });

export function listResponseSchema<T extends z.ZodObject>(item: T, id: string, paginated: boolean) {
  return z
    .object({
      licence: LicenceSchema,
      lastModified: instant('Dernière modification des éléments publiés de la collection.').nullable(),
      ...(paginated ? { limit: z.int().min(1).meta({ description: 'Taille de page appliquée.' }), links: LinksSchema } : { count: z.int().min(0).meta({ description: 'Nombre d’éléments.' }) }),
      data: z.array(item),
    })
    .meta({ id, description: 'Une collection.' });
}

export function detailResponseSchema<T extends z.ZodObject>(item: T, id: string) {
  return z.object({ licence: LicenceSchema, data: item }).meta({ id, description: 'Un élément.' });
}

export const ProblemSchema = z
  .object({
    type: z.string().meta({ description: 'URI du type de problème (documenté sur /donnees/api).' }),
    title: z.string().meta({ description: 'Résumé du problème, en français.' }),
    status: z.int().min(400).max(599).meta({ description: 'Code HTTP.' }),
    detail: z.string().meta({ description: 'Explication de cette occurrence, en français.' }),
    instance: z.string().meta({ description: 'Chemin et paramètres de la requête.' }),
    errors: z
      .array(z.object({ parameter: z.string().meta({ description: 'Paramètre en cause.' }), detail: z.string().meta({ description: 'Ce qui ne va pas, en français.' }) }))
      .optional()
      .meta({ description: 'Paramètres refusés (400).' }),
  })
  .meta({ id: 'Problem', description: 'Détails d’un problème (RFC 9457), servis en application/problem+json.' });
export type Problem = z.infer<typeof ProblemSchema>;

export const PROJECT_LIMIT_DEFAULT = 50;
export const PROJECT_LIMIT_MAX = 200;

/** `limit` of /api/v1/projets: an integer from 1 to 200 written in digits. */
export const LimitParamSchema = z
  .string()
  .regex(/^\d{1,4}$/, { error: 'La taille de page (limit) s’écrit en chiffres.' })
  .transform(Number)
  .pipe(z.int().min(1, { error: `La taille de page (limit) va de 1 à ${PROJECT_LIMIT_MAX}.` }).max(PROJECT_LIMIT_MAX, { error: `La taille de page (limit) va de 1 à ${PROJECT_LIMIT_MAX}.` }));

const RESPONSE_NAMES: Record<OpenDataCollectionKey, string> = {
  metropoles: 'Metropole',
  politiques: 'Politique',
  programmes: 'Programme',
  projets: 'Projet',
  structures: 'Structure',
  'groupes-de-travail': 'GroupeDeTravail',
  chiffres: 'Chiffre',
  thematiques: 'Thematique',
  leviers: 'Levier',
  glossaire: 'Glossaire',
};

export function responseNameOf(key: OpenDataCollectionKey): string {
  return RESPONSE_NAMES[key];
}

/** The list response of each collection (projects are paged by cursor). */
export const LIST_RESPONSE_SCHEMAS = Object.fromEntries(
  (Object.keys(ITEM_SCHEMAS) as OpenDataCollectionKey[]).map((key) => [key, listResponseSchema(ITEM_SCHEMAS[key], `${RESPONSE_NAMES[key]}List`, key === 'projets')]),
) as unknown as Record<OpenDataCollectionKey, z.ZodObject>;

export const DETAIL_RESPONSE_SCHEMAS = Object.fromEntries(
  (Object.keys(DETAIL_KEYS) as DetailCollectionKey[]).map((key) => [key, detailResponseSchema(ITEM_SCHEMAS[key], `${RESPONSE_NAMES[key]}Detail`)]),
) as unknown as Record<DetailCollectionKey, z.ZodObject>;
