import { NextResponse, type NextRequest } from 'next/server';
import { permissionForAdminPath } from '@/lib/auth/admin-paths';
import { uncachedAuth } from '@/lib/auth/config';
import { can } from '@/lib/auth/roles';
import { recordAuditEvent } from '@/lib/audit/record';
import { COMPARISON_PATH, comparisonProxyResponse } from '@/lib/compare/proxy';
import { getDb } from '@/lib/db';
import { isDatabaseUnavailable } from '@/lib/errors';
import { routeDirectoryRequest } from '@/lib/metropolises/directory-proxy';
import { newsletterProxyResponse } from '@/lib/newsletter/proxy';
import { gateExplorerRequest } from '@/lib/projects/explorer-gate';
import { EXPLORER_PATH } from '@/lib/projects/filter';
import { getClientAddress, isSameOriginRequest } from '@/lib/request';
import { gateSearchRequest } from '@/lib/search/gate';
import { SEARCH_PATH } from '@/lib/search/params';

// A first filter with real statuses (pages stream, so they cannot set them):
// - a server action posted from another origin → 403, on any page (Next itself
//   would answer 500);
// - /admin without a valid session (no cookie, bad, revoked, disabled, expired)
//   → 307 to the sign-in page;
// - a session that cannot be checked (database out of reach) → 503, never a
//   redirect to sign in;
// - a role below a restricted section → 403, audited;
// - the directory's filters (/metropoles?region=…) → rewritten to their prerendered page, or 400;
// - /comparer's query string → rewritten to the page of that selection, or 400;
// - the newsletter's links (lib/newsletter/proxy.ts): a refused link → its page
//   with 400 or 410; a POST to a link (the page's button, or a mail client's
//   RFC 8058 one-click POST, cross-site and cookieless: not a server action, so
//   the origin check above does not apply) → its route handler, which the token
//   in the address authenticates;
// - /projets with a malformed or unknown filter → 400 or 404, and the rest of
//   its routing (lib/projects/explorer-gate.ts);
// - /recherche with an unreadable or over-long query → 400 (lib/search/gate.ts).
// Every page and action checks again in server code (lib/auth/session.ts).
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name }) => SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
}

function isAdminPath(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/');
}

function toSignIn(request: NextRequest) {
  const returnTo = new URL(request.nextUrl);
  // Next's own cache-busting parameter of client navigations is no place to come back to.
  returnTo.searchParams.delete('_rsc');
  const url = new URL('/connexion', request.url);
  url.searchParams.set('retour', returnTo.pathname + returnTo.search);
  return noStore(NextResponse.redirect(url));
}

function noStore<T extends NextResponse>(response: T): T {
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

function htmlPage(status: number, html: string, headers: Record<string, string> = {}) {
  return new NextResponse(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });
}

const FORBIDDEN_PAGE = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Accès refusé · Observatoire ESS</title></head><body><main><h1>Accès refusé</h1><p>Votre rôle ne permet pas d’ouvrir cette page.</p><p><a href="/admin">Retour au tableau de bord</a></p></main></body></html>`;

const UNAVAILABLE_PAGE = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Service momentanément indisponible · Observatoire ESS</title></head><body><main><h1>Service momentanément indisponible</h1><p>Votre session n’a pas pu être vérifiée : la base de données ne répond pas. Vous n’êtes pas déconnecté·e et rien n’a été perdu.</p><p>Réessayez dans un instant : <a href="">recharger la page</a>.</p></main></body></html>`;

const unavailablePage = () => htmlPage(503, UNAVAILABLE_PAGE, { 'Retry-After': '30' });

export async function proxy(request: NextRequest) {
  const isAction = request.headers.has('next-action');
  if (isAction && !isSameOriginRequest(request)) {
    return NextResponse.json({ erreur: 'Requête d’une autre origine refusée.' }, { status: 403, headers: { 'Cache-Control': 'no-store' } });
  }
  const directory = routeDirectoryRequest(request);
  if (directory) return directory;
  const { pathname } = request.nextUrl;
  if (pathname === COMPARISON_PATH && !isAction) return comparisonProxyResponse(request);
  if (pathname === EXPLORER_PATH && !isAction) return gateExplorerRequest(request);
  if (pathname === SEARCH_PATH && !isAction) return gateSearchRequest(request);
  if (!isAction && pathname.startsWith('/lettre-d-information/')) {
    const newsletter = await newsletterProxyResponse(request);
    if (newsletter) return newsletter;
  }
  if (!isAdminPath(pathname)) return NextResponse.next();
  if (!hasSessionCookie(request)) return toSignIn(request);

  const permission = permissionForAdminPath(pathname);
  // Actions answer for themselves, in their form and keeping what was typed
  // (requirePermission says "unavailable" or "sign in"); only restricted sections are filtered here.
  if (isAction && !permission) return noStore(NextResponse.next());
  try {
    const session = await uncachedAuth();
    if (session?.unavailable) return isAction ? noStore(NextResponse.next()) : unavailablePage();
    if (!session?.user) return toSignIn(request);
    if (permission) {
      // Same order as the pages: an account that must enrol a second factor goes there first.
      if (session.user.mfaSetupRequired) return noStore(NextResponse.redirect(new URL('/admin/profil?obligatoire=1', request.url)));
      if (!can(session.user.role, permission)) {
        await recordAuditEvent(getDb(), {
          action: 'authorization.refused',
          actor: { id: session.user.id, email: session.user.email ?? '' },
          ipAddress: getClientAddress(request.headers),
          details: { permission, page: pathname, isAction },
        });
        return isAction ? NextResponse.json({ erreur: 'Accès refusé.' }, { status: 403, headers: { 'Cache-Control': 'no-store' } }) : htmlPage(403, FORBIDDEN_PAGE);
      }
    }
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return isAction ? noStore(NextResponse.next()) : unavailablePage();
  }
  return noStore(NextResponse.next());
}

export const config = {
  matcher: [
    '/admin',
    '/admin/:path*',
    '/metropoles',
    // Its query string is judged here (lib/compare/proxy.ts).
    '/comparer',
    '/projets',
    '/recherche',
    // The newsletter's links and refusal pages (lib/newsletter/proxy.ts).
    '/lettre-d-information/confirmer',
    '/lettre-d-information/desinscription',
    '/lettre-d-information/lien-invalide/:motif',
    // A server action can be posted to any page: those posts get the origin check.
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
