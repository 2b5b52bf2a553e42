import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/lib/db';
import { isDatabaseUnavailable } from '@/lib/errors';
import { findPublishedMetropolisSlugsAmong } from './load';
import {
  canonicalComparisonSearch,
  COMPARISON_PATH,
  comparisonPreselectionPath,
  comparisonRefusalPath,
  comparisonSelectionPath,
  hasUnknownSlug,
  namedSlugs,
  parseComparisonQuery,
  toComparisonParams,
  type ComparisonRefusal,
} from './params';

export { COMPARISON_PATH } from './params';

/**
 * /comparer's query string, judged before rendering. A page that read it would
 * stream its content under <Suspense> (shown only with scripts) behind a 200
 * whatever it found; instead:
 * - a form's `m=a&m=b` → 303 to the shareable `?m=a,b`;
 * - a refused selection, or a slug no published métropole has → rewritten,
 *   with status 400, to the page of that reason;
 * - a selection → rewritten to its page, `?avec=` to the form with it ticked;
 * - nothing → the prerendered /comparer.
 * The address in the browser stays the one typed.
 */
export async function comparisonProxyResponse(request: NextRequest): Promise<NextResponse> {
  const { searchParams } = request.nextUrl;
  const canonical = canonicalComparisonSearch(searchParams);
  if (canonical) return NextResponse.redirect(new URL(`${COMPARISON_PATH}${canonical}`, request.url), 303);

  const query = parseComparisonQuery(toComparisonParams(searchParams));
  if (query.kind === 'invalid') return rewrite(request, comparisonRefusalPath(query.reason), 400);
  const slugs = namedSlugs(query);
  if (slugs.length === 0) return NextResponse.next();
  try {
    if (hasUnknownSlug(slugs, await findPublishedMetropolisSlugsAmong(getDb(), slugs))) return rewrite(request, comparisonRefusalPath('metropole-inconnue' satisfies ComparisonRefusal), 400);
  } catch (error) {
    // Without the database, the pages answer from their cache (an unknown slug there is a 404).
    if (!isDatabaseUnavailable(error)) throw error;
  }
  return rewrite(request, query.kind === 'compare' ? comparisonSelectionPath(slugs) : comparisonPreselectionPath(slugs[0]!));
}

function rewrite(request: NextRequest, pathname: string, status?: number): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  url.search = '';
  return status ? NextResponse.rewrite(url, { status, headers: { 'Cache-Control': 'no-store' } }) : NextResponse.rewrite(url);
}
