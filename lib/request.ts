/**
 * Client address for throttling and the audit trail. Behind a reverse proxy the
 * first X-Forwarded-For hop is the client; the proxy must overwrite that header.
 */
export function getClientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return (forwarded || headers.get('x-real-ip') || 'inconnue').slice(0, 64);
}

/** Route handlers get no CSRF check from Next: accept same-origin requests only. */
export function isSameOriginRequest(request: Request): boolean {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite) return fetchSite === 'same-origin' || fetchSite === 'none';
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
