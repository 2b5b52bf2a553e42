import { NextResponse, type NextRequest } from 'next/server';
import {
  DIRECTORY_FILTER_ERROR_ROUTE,
  DIRECTORY_FILTER_PARAMS,
  directoryFilterPath,
  hasDirectoryFilter,
  invalidFiltersSegment,
  parseDirectoryQuery,
} from './directory-filters';

export const DIRECTORY_PATH = '/metropoles';

/**
 * The directory's query string, judged before rendering (a page that reads
 * searchParams under cacheComponents streams its content, which only shows with
 * JavaScript, and can no longer set its status):
 * - no filter → null, the prerendered /metropoles answers;
 * - filters sent empty by the form → 307 to the same address without them, the one to share;
 * - known values → rewritten to the prerendered page of that combination;
 * - an unknown or repeated value → the 400 page naming the filters not understood.
 */
export function routeDirectoryRequest(request: NextRequest): NextResponse | null {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname !== DIRECTORY_PATH || (request.method !== 'GET' && request.method !== 'HEAD')) return null;

  const parsed = parseDirectoryQuery(searchParams);
  if (!parsed.ok) {
    const url = request.nextUrl.clone();
    url.pathname = `${DIRECTORY_FILTER_ERROR_ROUTE}/${invalidFiltersSegment(parsed.invalid)}`;
    return NextResponse.rewrite(url, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  }
  if (parsed.hasEmptyParams) {
    const url = request.nextUrl.clone();
    for (const param of DIRECTORY_FILTER_PARAMS) if (url.searchParams.get(param) === '') url.searchParams.delete(param);
    return NextResponse.redirect(url, 307);
  }
  if (!hasDirectoryFilter(parsed.filters)) return null;
  const url = request.nextUrl.clone();
  url.pathname = directoryFilterPath(parsed.filters);
  return NextResponse.rewrite(url);
}
