import 'server-only';
import { OPEN_DATA_COLLECTIONS, OPEN_DATA_LICENCE, type OpenDataCollectionKey } from '@/lib/open-data/collections';
import { collectionLastModified } from '@/lib/open-data/last-modified';
import { encodeProjectCursor } from './cursor';
import { buildOpenApiDocument } from './openapi';
import { getCollectionItems, getProjetPage } from './queries';
import { DETAIL_KEYS, hasDetail } from './schemas';

// What /donnees/api shows: the endpoints of the OpenAPI document, each with an
// example request and its real response (read through the same functions as the
// API, cut to two items), so the documentation cannot show a shape the API lacks.

export interface DocParameter {
  name: string;
  location: string;
  required: boolean;
  description: string;
  type: string;
}

export interface DocEndpoint {
  id: string;
  method: 'GET';
  path: string;
  summary: string;
  description: string;
  parameters: DocParameter[];
  responses: { status: string; description: string }[];
  exampleUrl: string | null;
  exampleBody: string | null;
}

type Json = Record<string, unknown>;

function typeOf(schema: Json | undefined, components: Json): string {
  if (!schema) return 'texte';
  if (Array.isArray(schema.enum)) return `une de : ${(schema.enum as string[]).join(', ')}`;
  if (schema.type === 'integer') return `entier${typeof schema.minimum === 'number' ? ` de ${schema.minimum}` : ''}${typeof schema.maximum === 'number' ? ` à ${schema.maximum}` : ''}`;
  void components;
  return 'texte';
}

const LICENCE = { id: OPEN_DATA_LICENCE.id, name: OPEN_DATA_LICENCE.name, url: OPEN_DATA_LICENCE.url };
const EXAMPLE_SIZE = 2;

async function examples(key: OpenDataCollectionKey, site: string): Promise<{ list: unknown; listUrl: string; first: unknown; firstId: string | null }> {
  const lastModified = (await collectionLastModified(key))?.toISOString() ?? null;
  const listUrl = `${site}/api/v1/${key}${key === 'projets' ? `?limit=${EXAMPLE_SIZE}` : ''}`;
  if (key === 'projets') {
    const query = { filter: {}, sort: 'annee', order: 'decroissant' } as const;
    const page = await getProjetPage(query, EXAMPLE_SIZE, site);
    const next = page.next ? `${listUrl}&cursor=${encodeProjectCursor(query.sort, query.order, page.next)}` : null;
    const first = page.items[0] ?? null;
    return { list: { licence: LICENCE, lastModified, limit: EXAMPLE_SIZE, links: { self: listUrl, next }, data: page.items }, listUrl, first, firstId: first?.id ?? null };
  }
  const items = await getCollectionItems(key, site);
  const first = (items[0] as Record<string, unknown> | undefined) ?? null;
  const idName = hasDetail(key) ? DETAIL_KEYS[key] : 'slug';
  return {
    list: { licence: LICENCE, lastModified, count: items.length, data: items.slice(0, EXAMPLE_SIZE) },
    listUrl,
    first,
    firstId: first ? String(first[idName]) : null,
  };
}

export async function getApiDocumentation(site: string): Promise<{ document: Json; endpoints: DocEndpoint[] }> {
  const document = buildOpenApiDocument(site);
  const components = (document.components as Json).schemas as Json;
  const parametersOf = (operation: Json): DocParameter[] =>
    ((operation.parameters as Json[]) ?? []).map((parameter) => {
      const resolved = typeof parameter.$ref === 'string' ? (((document.components as Json).parameters as Json)[parameter.$ref.split('/').at(-1)!] as Json) : parameter;
      return { name: String(resolved.name), location: resolved.in === 'header' ? 'en-tête' : resolved.in === 'path' ? 'chemin' : 'requête', required: Boolean(resolved.required), description: String(resolved.description ?? ''), type: typeOf(resolved.schema as Json, components) };
    });
  const responsesOf = (operation: Json) =>
    Object.entries(operation.responses as Json).map(([status, response]) => {
      const resolved = typeof (response as Json).$ref === 'string' ? (((document.components as Json).responses as Json)[String((response as Json).$ref).split('/').at(-1)!] as Json) : (response as Json);
      return { status, description: String(resolved.description ?? '') };
    });
  const endpoints: DocEndpoint[] = [];
  for (const collection of OPEN_DATA_COLLECTIONS) {
    const example = await examples(collection.key, site);
    for (const [path, item] of Object.entries(document.paths as Json)) {
      if (path !== `/${collection.key}` && !path.startsWith(`/${collection.key}/`)) continue;
      const operation = (item as Json).get as Json;
      const isDetail = path !== `/${collection.key}`;
      const exampleUrl = isDetail ? (example.firstId ? `${site}/api/v1/${collection.key}/${example.firstId}` : null) : example.listUrl;
      const exampleBody = isDetail ? (example.first ? { licence: LICENCE, data: example.first } : null) : example.list;
      endpoints.push({
        id: String(operation.operationId),
        method: 'GET',
        path: `/api/v1${path}`,
        summary: String(operation.summary),
        description: String(operation.description ?? ''),
        parameters: parametersOf(operation),
        responses: responsesOf(operation),
        exampleUrl,
        exampleBody: exampleBody ? JSON.stringify(exampleBody, null, 2) : null,
      });
    }
  }
  return { document, endpoints };
}
