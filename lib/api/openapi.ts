// The OpenAPI 3.1 document, generated from the zod schemas of lib/api/schemas.ts
// with zod 4's own z.toJSONSchema (JSON Schema draft 2020-12, the dialect of
// OpenAPI 3.1): the component schemas are exactly what shapes the responses.
// Pure: the route serves it, the documentation page renders it, the tests lint it.
import { z } from 'zod';
import { OPEN_DATA_COLLECTIONS, OPEN_DATA_LICENCE, type OpenDataCollectionKey } from '@/lib/open-data/collections';
import { DEFAULT_ORDER, LEGAL_FORM_PARAMS, PROJECT_SORTS, QPV_VALUES, SEARCH_MAX_LENGTH, SORT_ORDERS } from '@/lib/projects/filter';
import { MAX_YEAR, MIN_YEAR } from '@/lib/import/funded-projects/columns';
import { PROBLEM_TITLES, problemType, type ProblemKind } from './problem';
import { DETAIL_KEYS, DETAIL_RESPONSE_SCHEMAS, hasDetail, LIST_RESPONSE_SCHEMAS, PROJECT_LIMIT_DEFAULT, PROJECT_LIMIT_MAX, responseNameOf } from './schemas';

type JsonObject = Record<string, unknown>;

const DATE_FORMATS = new Set(['date', 'date-time']);

/** Drops what OpenAPI components do not need ($schema, $id) and zod's long date regexes (the format says it). */
function tidy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(tidy);
  if (!value || typeof value !== 'object') return value;
  const out: JsonObject = {};
  const object = value as JsonObject;
  for (const [key, child] of Object.entries(object)) {
    if (key === '$schema' || key === '$id') continue;
    if (key === 'pattern' && typeof object.format === 'string' && DATE_FORMATS.has(object.format)) continue;
    if (key === 'maximum' && child === Number.MAX_SAFE_INTEGER) continue;
    if (key === 'minimum' && child === Number.MIN_SAFE_INTEGER) continue;
    out[key] = tidy(child);
  }
  return out;
}

let componentSchemas: JsonObject | undefined;

/** Every registered schema of lib/api/schemas.ts, by its id. */
export function apiComponentSchemas(): JsonObject {
  // Touch the response schemas so that their module has registered them.
  void LIST_RESPONSE_SCHEMAS;
  void DETAIL_RESPONSE_SCHEMAS;
  componentSchemas ??= tidy(
    z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any', io: 'output' }).schemas,
  ) as JsonObject;
  return componentSchemas;
}

const paramSchema = (schema: z.ZodType) => tidy(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }));

export interface ApiParameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  description: string;
  schema: unknown;
  example?: string | number;
}

const slugParam = (name: string, description: string, example: string): ApiParameter => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: paramSchema(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120)),
  example,
});

const yearParam = (name: string, description: string): ApiParameter => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: paramSchema(z.string().regex(/^\d{4}$/)),
  example: '2021',
});

/** The query parameters of /api/v1/projets: the explorer's filters and sort (lib/projects/filter.ts), limit and cursor. */
export const PROJECT_LIST_PARAMETERS: readonly ApiParameter[] = [
  slugParam('metropole', 'Identifiant (slug) d’une métropole publiée.', 'metropole-de-lyon'),
  slugParam('dispositif', 'Identifiant (slug) d’un dispositif de financement publié.', 'appel-a-projets-ess'),
  yearParam('annee', `Une année d’attribution (${MIN_YEAR} à ${MAX_YEAR}) ; exclusif avec annee_min et annee_max.`),
  yearParam('annee_min', 'Première année de la période (incluse).'),
  yearParam('annee_max', 'Dernière année de la période (incluse).'),
  { name: 'forme', in: 'query', required: false, description: 'Forme juridique du porteur.', schema: paramSchema(z.enum(Object.keys(LEGAL_FORM_PARAMS) as [string, ...string[]])), example: 'association' },
  { name: 'qpv', in: 'query', required: false, description: 'En quartier prioritaire : oui, non, ou inconnu.', schema: paramSchema(z.enum(QPV_VALUES)), example: 'oui' },
  slugParam('thematique', 'Identifiant (slug) d’une thématique publiée.', 'insertion'),
  slugParam('levier', 'Identifiant (slug) d’un levier d’action : projets des dispositifs dont la politique publiée comporte ce levier.', 'financement'),
  { name: 'q', in: 'query', required: false, description: `Texte cherché dans le titre et le porteur, sans tenir compte des accents ni de la casse (${SEARCH_MAX_LENGTH} caractères au plus).`, schema: paramSchema(z.string().max(SEARCH_MAX_LENGTH)), example: 'recyclerie' },
  { name: 'tri', in: 'query', required: false, description: 'Tri : annee (par défaut), montant ou titre.', schema: paramSchema(z.enum(PROJECT_SORTS)), example: 'montant' },
  {
    name: 'ordre',
    in: 'query',
    required: false,
    description: `Ordre : croissant ou decroissant (par défaut ${Object.entries(DEFAULT_ORDER).map(([sort, order]) => `${order} pour ${sort}`).join(', ')}).`,
    schema: paramSchema(z.enum(SORT_ORDERS)),
    example: 'decroissant',
  },
  { name: 'limit', in: 'query', required: false, description: `Taille de page, de 1 à ${PROJECT_LIMIT_MAX} (par défaut ${PROJECT_LIMIT_DEFAULT}).`, schema: { type: 'integer', minimum: 1, maximum: PROJECT_LIMIT_MAX, default: PROJECT_LIMIT_DEFAULT }, example: 50 },
  { name: 'cursor', in: 'query', required: false, description: 'Position opaque rendue par links.next de la page précédente (valable pour le même tri et le même ordre).', schema: paramSchema(z.string().regex(/^[A-Za-z0-9_-]+$/).max(600)) },
];

const HEADERS = {
  ETag: { description: 'Validateur fort (empreinte du corps) : renvoyez-le dans If-None-Match.', schema: { type: 'string' } },
  'Last-Modified': { description: 'Dernière modification des éléments publiés (date HTTP).', schema: { type: 'string' } },
  RateLimit: { description: 'Requêtes restantes (r) et secondes avant la nouvelle fenêtre (t), draft-ietf-httpapi-ratelimit-headers.', schema: { type: 'string' }, example: '"default";r=599;t=60' },
  'RateLimit-Policy': { description: 'Quota (q) par fenêtre de w secondes et par adresse.', schema: { type: 'string' }, example: '"default";q=600;w=60' },
  'Retry-After': { description: 'Secondes à attendre avant de réessayer.', schema: { type: 'integer' } },
  'Access-Control-Allow-Origin': { description: 'CORS ouvert : *.', schema: { type: 'string' } },
} as const;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const headerRef = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });

function problemResponseObject(kind: ProblemKind, description: string, site: string, extraHeaders: (keyof typeof HEADERS)[] = []) {
  const { status, title } = PROBLEM_TITLES[kind];
  return {
    description,
    headers: Object.fromEntries(['RateLimit', 'RateLimit-Policy', 'Access-Control-Allow-Origin', ...extraHeaders].map((name) => [name, headerRef(name as keyof typeof HEADERS)])),
    content: {
      'application/problem+json': {
        schema: ref('Problem'),
        example: { type: problemType(site, kind), title, status, detail: description, instance: '/api/v1/…' },
      },
    },
  };
}

const okHeaders = () => Object.fromEntries((['ETag', 'Last-Modified', 'RateLimit', 'RateLimit-Policy', 'Access-Control-Allow-Origin'] as const).map((name) => [name, headerRef(name)]));

function commonResponses() {
  return {
    '304': { $ref: '#/components/responses/NotModified' },
    '429': { $ref: '#/components/responses/TooManyRequests' },
    '500': { $ref: '#/components/responses/InternalError' },
    '503': { $ref: '#/components/responses/Unavailable' },
  };
}

const CONDITIONAL_PARAMETERS = [{ $ref: '#/components/parameters/IfNoneMatch' }, { $ref: '#/components/parameters/IfModifiedSince' }];

function operationId(prefix: string, key: OpenDataCollectionKey): string {
  return `${prefix}${responseNameOf(key)}`;
}

export function buildOpenApiDocument(site: string): JsonObject {
  const paths: JsonObject = {};
  for (const collection of OPEN_DATA_COLLECTIONS) {
    const { key } = collection;
    const isProjects = key === 'projets';
    paths[`/${key}`] = {
      get: {
        operationId: operationId('list', key),
        summary: collection.title,
        description: `${collection.description} Téléchargements : ${site}${collection.csvPath} (CSV) et ${site}${collection.jsonPath} (JSON), schéma ${site}${collection.schemaPath}.`,
        tags: [collection.title],
        security: [],
        parameters: [...(isProjects ? PROJECT_LIST_PARAMETERS : []), ...CONDITIONAL_PARAMETERS],
        responses: {
          '200': { description: isProjects ? 'Une page de projets ; links.next donne la suivante.' : 'La collection entière.', headers: okHeaders(), content: { 'application/json': { schema: ref(`${responseNameOf(key)}List`) } } },
          '400': { $ref: '#/components/responses/BadRequest' },
          ...commonResponses(),
        },
      },
    };
    if (hasDetail(key)) {
      const idName = DETAIL_KEYS[key];
      paths[`/${key}/{${idName}}`] = {
        get: {
          operationId: operationId('get', key),
          summary: `${collection.title} : un élément`,
          description: `Un élément publié de « ${collection.title} », par son ${idName === 'id' ? 'identifiant' : 'identifiant lisible (slug)'}.`,
          tags: [collection.title],
          security: [],
          parameters: [
            { name: idName, in: 'path', required: true, description: idName === 'id' ? 'Identifiant du projet (champ id).' : 'Identifiant lisible (champ slug).', schema: { type: 'string', minLength: 1, maxLength: 200 } },
            ...CONDITIONAL_PARAMETERS,
          ],
          responses: {
            '200': { description: 'L’élément.', headers: okHeaders(), content: { 'application/json': { schema: ref(`${responseNameOf(key)}Detail`) } } },
            '400': { $ref: '#/components/responses/BadRequest' },
            '404': { $ref: '#/components/responses/NotFound' },
            ...commonResponses(),
          },
        },
      };
    }
  }
  paths['/openapi.json'] = {
    get: {
      operationId: 'getOpenApiDocument',
      summary: 'Ce document OpenAPI',
      description: 'La description OpenAPI 3.1 de l’API, générée depuis les schémas qui la valident.',
      tags: ['Documentation'],
      security: [],
      parameters: CONDITIONAL_PARAMETERS,
      responses: {
        '200': { description: 'Le document.', headers: okHeaders(), content: { 'application/openapi+json': { schema: { type: 'object' } } } },
        '400': { $ref: '#/components/responses/BadRequest' },
        ...commonResponses(),
      },
    },
  };

  return {
    openapi: '3.1.0',
    info: {
      title: 'API de l’Observatoire des politiques ESS des métropoles',
      version: '1.0.0',
      summary: 'Les données publiées de l’observatoire, en lecture seule.',
      description:
        'API JSON en lecture seule des données publiées. Montants en centimes entiers (amountCents) et en euros décimaux (amountEuros, chaîne « 768200.00 »). Dates ISO 8601 (AAAA-MM-JJ pour les jours, date et heure UTC pour les instants). ' +
        'Chaque réponse porte ETag et Last-Modified (requêtes conditionnelles : 304), CORS ouvert, et les en-têtes RateLimit ; les erreurs sont des « problem details » (RFC 9457).',
      contact: { name: 'Observatoire des politiques ESS des métropoles', url: `${site}/donnees/api` },
      license: { name: OPEN_DATA_LICENCE.name, url: OPEN_DATA_LICENCE.url },
    },
    servers: [{ url: `${site}/api/v1`, description: 'Ce site' }],
    security: [],
    tags: [...OPEN_DATA_COLLECTIONS.map((c) => ({ name: c.title, description: c.description })), { name: 'Documentation', description: 'La description de l’API.' }],
    paths,
    components: {
      schemas: apiComponentSchemas(),
      headers: HEADERS,
      parameters: {
        IfNoneMatch: { name: 'If-None-Match', in: 'header', required: false, description: 'ETag d’une réponse précédente : 304 sans corps si rien n’a changé.', schema: { type: 'string' } },
        IfModifiedSince: { name: 'If-Modified-Since', in: 'header', required: false, description: 'Date HTTP : 304 sans corps si rien n’a changé depuis (ignoré quand If-None-Match est donné).', schema: { type: 'string' } },
      },
      responses: {
        NotModified: { description: 'Votre copie est à jour (requête conditionnelle) : pas de corps.', headers: { ETag: headerRef('ETag'), 'Last-Modified': headerRef('Last-Modified') } },
        BadRequest: problemResponseObject('bad-request', 'Un paramètre est inconnu, répété ou invalide (valeur de filtre inconnue, taille de page, curseur) : voir errors.', site),
        NotFound: problemResponseObject('not-found', 'Aucun élément publié à cette adresse.', site),
        TooManyRequests: problemResponseObject('too-many-requests', 'Quota de requêtes par minute dépassé pour votre adresse.', site, ['Retry-After']),
        Unavailable: problemResponseObject('unavailable', 'La base de données ne répond pas : réessayez dans un instant.', site, ['Retry-After']),
        InternalError: problemResponseObject('internal', 'Erreur inattendue (consignée ; le corps n’en dit rien de plus).', site),
      },
    },
  };
}
