import { NextResponse, type NextRequest } from 'next/server';
import { permissionForAdminPath } from '@/lib/auth/admin-paths';
import { uncachedAuth } from '@/lib/auth/config';
import { can } from '@/lib/auth/roles';
import { recordAuditEvent } from '@/lib/audit/record';
import { getDb } from '@/lib/db';
import { getClientAddress } from '@/lib/request';

// A first filter with real statuses: no session → sign-in page; a role below a
// restricted section → 403 (pages stream, so they cannot set it themselves).
// Every page and action checks again in server code.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name }) => SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
}

function toSignIn(request: NextRequest) {
  const url = new URL('/connexion', request.url);
  url.searchParams.set('retour', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

const FORBIDDEN_PAGE = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Accès refusé · Observatoire ESS</title></head><body><main><h1>Accès refusé</h1><p>Votre rôle ne permet pas d’ouvrir cette page.</p><p><a href="/admin">Retour au tableau de bord</a></p></main></body></html>`;

export async function proxy(request: NextRequest) {
  if (!hasSessionCookie(request)) return toSignIn(request);
  const permission = permissionForAdminPath(request.nextUrl.pathname);
  if (permission) {
    const session = await uncachedAuth();
    if (!session?.user) return toSignIn(request);
    // Same order as the pages: an account that must enrol a second factor goes there first.
    if (session.user.mfaSetupRequired) return NextResponse.redirect(new URL('/admin/profil?obligatoire=1', request.url));
    if (!can(session.user.role, permission)) {
      const isAction = request.headers.has('next-action');
      await recordAuditEvent(getDb(), {
        action: 'authorization.refused',
        actor: { id: session.user.id, email: session.user.email ?? '' },
        ipAddress: getClientAddress(request.headers),
        details: { permission, page: request.nextUrl.pathname, isAction },
      });
      return isAction
        ? NextResponse.json({ erreur: 'Accès refusé.' }, { status: 403 })
        : new NextResponse(FORBIDDEN_PAGE, { status: 403, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
    }
  }
  const response = NextResponse.next();
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

export const config = { matcher: ['/admin', '/admin/:path*'] };
