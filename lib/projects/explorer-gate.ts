import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { isDatabaseUnavailable } from '@/lib/errors';
import { renderExplorerErrorPage } from './error-page';
import { findFilterSlugs, namedSlugs, unknownAmong, type FilterSlugs, type UnknownFilterValue } from './explorer';
import { CURSOR_PARAMS, explorerHref, isCacheableQuery, parseProjectQuery, toCacheSegments, toQueryString, type ProjectFilter, type QueryIssue } from './filter';
import { unknownValueMessage } from './labels';

/** Where the proxy sends a cacheable state: one prerendered-on-first-visit page per canonical URL. */
export const CACHED_EXPLORER_PATH = '/projets/vue';

// The published slugs, as last read. A slug found here is let through for up to
// this long after it is withdrawn (the cached page then answers 404 itself);
// a slug not found here is always checked against the database, so a new
// publication is accepted at once. One small query per period, not per request.
const KNOWN_SLUGS_LIFETIME_MS = 30_000;
let knownSlugs: { readAt: number; slugs: FilterSlugs } | null = null;

async function findUnknownValues(filter: ProjectFilter): Promise<UnknownFilterValue[]> {
  if (namedSlugs(filter).length === 0) return [];
  const isFresh = knownSlugs !== null && Date.now() - knownSlugs.readAt < KNOWN_SLUGS_LIFETIME_MS;
  if (isFresh && unknownAmong(filter, knownSlugs!.slugs).length === 0) return [];
  knownSlugs = { readAt: Date.now(), slugs: await findFilterSlugs() };
  return unknownAmong(filter, knownSlugs.slugs);
}

function errorResponse(status: 400 | 404, html: string): NextResponse {
  return new NextResponse(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/** The address without the parameters at fault (and without a page position): what is left of the person's choice. */
function widerHref(params: URLSearchParams, faulty: ReadonlySet<string>): string | null {
  const kept = new URLSearchParams([...params].filter(([name]) => !faulty.has(name) && !(CURSOR_PARAMS as readonly string[]).includes(name)));
  const parsed = parseProjectQuery(kept);
  return parsed.success ? explorerHref(parsed.query) : null;
}

function malformed(params: URLSearchParams, issues: QueryIssue[]): NextResponse {
  return errorResponse(
    400,
    renderExplorerErrorPage({
      title: 'Filtre non valide',
      introduction: 'L’adresse demandée contient des paramètres que l’explorateur des projets financés ne peut pas lire :',
      problems: issues.map((issue) => issue.message),
      widerHref: widerHref(params, new Set(issues.map((issue) => issue.param))),
    }),
  );
}

/**
 * What the proxy does with GET /projets, before any rendering (so that a bad
 * address gets a real 4xx): a malformed parameter → 400; a slug that names
 * nothing published → 404; a non-canonical address (empty form fields, another
 * order) → 307 to the canonical one; a filter and sort only → rewritten to its
 * cached page; a search or a page position → the page rendered on demand.
 */
export async function gateExplorerRequest(request: NextRequest): Promise<NextResponse> {
  const params = request.nextUrl.searchParams;
  const parsed = parseProjectQuery(params);
  if (!parsed.success) return malformed(params, parsed.issues);
  const { query } = parsed;

  try {
    const unknown = await findUnknownValues(query.filter);
    if (unknown.length > 0) {
      return errorResponse(
        404,
        renderExplorerErrorPage({
          title: 'Filtre inconnu',
          introduction: 'L’adresse demandée filtre les projets sur un élément que l’observatoire ne publie pas (ou plus) :',
          problems: unknown.map(unknownValueMessage),
          widerHref: widerHref(params, new Set(unknown.map((value) => value.param))),
        }),
      );
    }
  } catch (error) {
    // The page itself says the service is unavailable, or serves its cached copy.
    if (!isDatabaseUnavailable(error)) throw error;
  }

  // The router's own requests (RSC) follow links the page wrote, which are canonical.
  const isRouterRequest = request.headers.has('rsc') || params.has('_rsc');
  const canonical = toQueryString(query);
  const given = new URLSearchParams([...params].filter(([name]) => name !== '_rsc')).toString();
  if (!isRouterRequest && given !== canonical) {
    const target = request.nextUrl.clone();
    target.search = canonical;
    return NextResponse.redirect(target, 307);
  }
  if (!isCacheableQuery(query)) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = `${CACHED_EXPLORER_PATH}/${toCacheSegments(query).join('/')}`;
  return NextResponse.rewrite(target);
}
