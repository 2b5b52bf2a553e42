import 'server-only';
import { getDb } from '@/lib/db';
import { getApiRateLimitPerMinute, getSiteUrl } from '@/lib/env';
import { isDatabaseUnavailable } from '@/lib/errors';
import { findOpenDataCollection, OPEN_DATA_LICENCE, type OpenDataCollectionKey } from '@/lib/open-data/collections';
import { collectionLastModified } from '@/lib/open-data/last-modified';
import { findUnknownFilterValues } from '@/lib/projects/explorer';
import { FILTER_PARAMS, ORDER_PARAMS, parseProjectQuery } from '@/lib/projects/filter';
import { unknownValueMessage } from '@/lib/projects/labels';
import { getClientAddress } from '@/lib/request';
import { encodeProjectCursor } from './cursor';
import { CORS_HEADERS, jsonResponse, problemResponse, rateLimitHeaders } from './http';
import { buildOpenApiDocument } from './openapi';
import { buildProblem, type ProblemInput } from './problem';
import { getCollectionItems, getDetailItem, getProjetPage } from './queries';
import { hitApiRateLimit } from './rate-limit';
import { hasDetail, LimitParamSchema, PROJECT_LIMIT_DEFAULT } from './schemas';

export const API_BASE = '/api/v1';
const LICENCE = { id: OPEN_DATA_LICENCE.id, name: OPEN_DATA_LICENCE.name, url: OPEN_DATA_LICENCE.url };
const PROJECT_PARAMS: readonly string[] = [...FILTER_PARAMS, ...ORDER_PARAMS, 'limit', 'cursor'];

class ProblemError extends Error {
  constructor(readonly input: Omit<ProblemInput, 'instance'>) {
    super(input.detail);
  }
}

function instanceOf(url: URL): string {
  return `${url.pathname}${url.search}`;
}

function badRequest(errors: { parameter: string; detail: string }[]): ProblemError {
  return new ProblemError({ kind: 'bad-request', detail: errors.length === 1 ? errors[0]!.detail : `${errors.length} paramètres sont refusés : voir errors.`, errors });
}

function notFound(detail: string): ProblemError {
  return new ProblemError({ kind: 'not-found', detail });
}

/** Collections other than projects take no parameter: an unknown one is a mistake worth saying. */
function rejectAnyParameter(url: URL): void {
  const names = [...new Set(url.searchParams.keys())];
  if (names.length > 0) throw badRequest(names.map((name) => ({ parameter: name, detail: `Le paramètre « ${name} » n’existe pas pour cette ressource : elle n’en accepte aucun.` })));
}

async function projectList(url: URL, site: string, request: Request): Promise<Response> {
  const params = url.searchParams;
  const errors: { parameter: string; detail: string }[] = [];
  for (const name of new Set(params.keys())) {
    if (!PROJECT_PARAMS.includes(name)) errors.push({ parameter: name, detail: `Le paramètre « ${name} » n’existe pas. Paramètres possibles : ${PROJECT_PARAMS.join(', ')}.` });
    else if (params.getAll(name).length > 1) errors.push({ parameter: name, detail: `Le paramètre « ${name} » est donné plusieurs fois : gardez-en un seul.` });
  }
  if (errors.length > 0) throw badRequest(errors);
  let limit = PROJECT_LIMIT_DEFAULT;
  if (params.has('limit')) {
    const parsed = LimitParamSchema.safeParse(params.get('limit'));
    if (!parsed.success) throw badRequest([{ parameter: 'limit', detail: parsed.error.issues[0]!.message }]);
    limit = parsed.data;
  }
  // The explorer's parser reads the filters, the sort and the position (as its `apres`).
  const forParser = new URLSearchParams([...params].filter(([name]) => name !== 'limit' && name !== 'cursor'));
  const cursor = params.get('cursor');
  if (cursor !== null) {
    if (cursor.trim() === '') throw badRequest([{ parameter: 'cursor', detail: 'Le curseur (cursor) est vide : enlevez-le pour la première page.' }]);
    forParser.set('apres', cursor);
  }
  const parsed = parseProjectQuery(forParser);
  if (!parsed.success) throw badRequest(parsed.issues.map((issue) => ({ parameter: issue.param === 'apres' ? 'cursor' : issue.param, detail: issue.param === 'apres' ? `Le curseur (cursor) n’est pas valide : ${issue.message}` : issue.message })));
  const { filter, sort, order } = parsed.query;
  const unknown = await findUnknownFilterValues({ filter });
  if (unknown.length > 0) throw badRequest(unknown.map((value) => ({ parameter: value.param, detail: unknownValueMessage(value) })));
  const after = parsed.query.cursor ? { value: parsed.query.cursor.value, id: parsed.query.cursor.id } : undefined;
  const [page, lastModified] = await Promise.all([getProjetPage({ filter, sort, order, ...(after ? { after } : {}) }, limit, site), collectionLastModified('projets')]);
  const self = `${site}${instanceOf(url)}`;
  let next: string | null = null;
  if (page.next) {
    const nextUrl = new URL(self);
    nextUrl.searchParams.set('cursor', encodeProjectCursor(sort, order, page.next));
    next = nextUrl.toString();
  }
  return jsonResponse({ licence: LICENCE, lastModified: lastModified?.toISOString() ?? null, limit, links: { self, next }, data: page.items }, { request, lastModified });
}

async function route(request: Request, url: URL, segments: string[], site: string): Promise<Response> {
  if (segments.length === 1 && segments[0] === 'openapi.json') {
    rejectAnyParameter(url);
    return jsonResponse(buildOpenApiDocument(site), { request, lastModified: null, headers: { 'Content-Type': 'application/openapi+json; charset=utf-8' } });
  }
  const collection = segments[0] ? findOpenDataCollection(segments[0]) : undefined;
  if (!collection || segments.length > 2) throw notFound(`Aucune ressource à cette adresse. Les ressources de l’API sont décrites dans ${site}${API_BASE}/openapi.json et sur ${site}/donnees/api.`);
  const key: OpenDataCollectionKey = collection.key;
  if (segments.length === 2) {
    if (!hasDetail(key)) throw notFound(`La collection « ${key} » n’a pas de ressource par élément : lisez la liste ${site}${collection.apiPath}.`);
    rejectAnyParameter(url);
    const id = segments[1]!;
    const [item, lastModified] = await Promise.all([id.length <= 200 ? getDetailItem(key, id, site) : null, collectionLastModified(key)]);
    if (!item) throw notFound(`Aucun élément publié « ${id.slice(0, 120)} » dans « ${key} ».`);
    return jsonResponse({ licence: LICENCE, data: item }, { request, lastModified });
  }
  if (key === 'projets') return projectList(url, site, request);
  rejectAnyParameter(url);
  const [items, lastModified] = await Promise.all([getCollectionItems(key, site), collectionLastModified(key)]);
  return jsonResponse({ licence: LICENCE, lastModified: lastModified?.toISOString() ?? null, count: items.length, data: items }, { request, lastModified });
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** Every /api/v1 request: the method, the rate limit, the resource; problems instead of any other failure. */
export async function handleApiRequest(request: Request, segments: string[]): Promise<Response> {
  const site = getSiteUrl();
  const url = new URL(request.url);
  const instance = instanceOf(url);
  const problem = (input: Omit<ProblemInput, 'instance'>, headers: Record<string, string> = {}) => problemResponse(buildProblem(site, { ...input, instance }), headers, request.method);
  if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: { ...CORS_HEADERS, Allow: 'GET, HEAD, OPTIONS' } });
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return problem({ kind: 'method-not-allowed', detail: `L’API est en lecture seule : la méthode ${request.method} n’est pas acceptée (GET, HEAD, OPTIONS).` }, { Allow: 'GET, HEAD, OPTIONS' });
  }
  let limitHeaders: Record<string, string> = {};
  try {
    const state = await hitApiRateLimit(getDb(), getClientAddress(request.headers), getApiRateLimitPerMinute());
    limitHeaders = rateLimitHeaders(state);
    if (!state.ok) {
      return problem(
        { kind: 'too-many-requests', detail: `Vous avez dépassé ${state.limit} requêtes par minute depuis votre adresse : réessayez dans ${state.resetSeconds} s.` },
        { ...limitHeaders, 'Retry-After': String(state.resetSeconds) },
      );
    }
    return withHeaders(await route(request, url, segments, site), limitHeaders);
  } catch (error) {
    if (error instanceof ProblemError) return problem(error.input, limitHeaders);
    if (isDatabaseUnavailable(error)) return problem({ kind: 'unavailable', detail: 'La base de données ne répond pas : réessayez dans un instant.' }, { ...limitHeaders, 'Retry-After': '30' });
    console.error('API /api/v1 : erreur inattendue', error);
    return problem({ kind: 'internal', detail: 'Une erreur inattendue est survenue ; elle a été consignée.' }, limitHeaders);
  }
}
