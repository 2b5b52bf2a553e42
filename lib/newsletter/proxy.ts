import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/lib/db';
import { getAuthSecret } from '@/lib/env';
import { isDatabaseUnavailable } from '@/lib/errors';
import { CONFIRM_PATH, UNSUBSCRIBE_PATH } from './emails';
import { isLinkRefusal, LINK_REFUSAL_PATH, LINK_REFUSALS } from './refusals';
import { checkNewsletterLink } from './subscription';
import type { TokenPurpose } from './tokens';

const LINK_PAGES: Record<string, TokenPurpose> = { [CONFIRM_PATH]: 'confirm', [UNSUBSCRIBE_PATH]: 'unsubscribe' };

const NO_STORE = { 'Cache-Control': 'no-store' };

function rewrite(request: NextRequest, pathname: string, options: { status?: number; keepQuery?: boolean } = {}): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  if (!options.keepQuery) url.search = '';
  return NextResponse.rewrite(url, { status: options.status, headers: NO_STORE });
}

/**
 * The newsletter's links (ADR 016), judged before their pages render (pages
 * stream, so they cannot set a status):
 * - GET of a confirmation or unsubscribe link: a tampered (400), expired (410)
 *   or used (410) one is rewritten to its refusal page; a good one gets its page,
 *   which holds no token, never cached and sending no referrer;
 * - POST to the same address (the page's button, or a mail client's RFC 8058
 *   one-click POST, cross-site and without cookies): to the route handler
 *   `./envoi`, query string kept; the token authenticates it;
 * - the refusal pages themselves (where a refused POST is sent) keep their status.
 * Returns null for any other request.
 */
export async function newsletterProxyResponse(request: NextRequest): Promise<NextResponse | null> {
  const { pathname } = request.nextUrl;
  const purpose = LINK_PAGES[pathname];
  if (purpose) {
    if (request.method === 'POST') return rewrite(request, `${pathname}/envoi`, { keepQuery: true });
    try {
      const check = await checkNewsletterLink({ db: getDb(), secret: getAuthSecret() }, purpose, request.nextUrl.searchParams.get('jeton'));
      if (!check.ok) return rewrite(request, `${LINK_REFUSAL_PATH}/${check.reason}`, { status: LINK_REFUSALS[check.reason].status });
    } catch (error) {
      // The button's POST will say the service is unavailable.
      if (!isDatabaseUnavailable(error)) throw error;
    }
    return NextResponse.next({ headers: { ...NO_STORE, 'Referrer-Policy': 'no-referrer' } });
  }
  if (pathname.startsWith(`${LINK_REFUSAL_PATH}/`)) {
    const motif = pathname.slice(LINK_REFUSAL_PATH.length + 1);
    if (isLinkRefusal(motif) && request.method === 'GET') return rewrite(request, pathname, { status: LINK_REFUSALS[motif].status, keepQuery: true });
  }
  return null;
}
