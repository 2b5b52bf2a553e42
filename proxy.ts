import { NextResponse, type NextRequest } from 'next/server';

// Only a first filter: without a session cookie, /admin sends to the sign-in page
// and back. The real checks (valid session, role) run in every page and action.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name }) => SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
}

export function proxy(request: NextRequest) {
  if (!hasSessionCookie(request)) {
    const url = new URL('/connexion', request.url);
    url.searchParams.set('retour', request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(url);
  }
  const response = NextResponse.next();
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

export const config = { matcher: ['/admin', '/admin/:path*'] };
