import { getTrustedProxyCount } from '@/lib/env';

export const UNKNOWN_CLIENT_ADDRESS = 'inconnue';

function normaliseAddress(hop: string): string {
  let address = hop.trim().toLowerCase();
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[0-9.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/.test(address)) address = address.slice('::ffff:'.length);
  // Whatever else a header says ("unknown", an obfuscated RFC 7239 name) is kept, harmlessly.
  return address.replace(/[^0-9a-z.:_-]/g, '').slice(0, 64) || UNKNOWN_CLIENT_ADDRESS;
}

/**
 * Client address for throttling and the audit trail.
 *
 * Each reverse proxy appends the address it received the request from to
 * X-Forwarded-For, so only the right-hand end of the header is trustworthy: with
 * TRUSTED_PROXY_COUNT = N proxies in front, the client is the N-th hop from the
 * right, and anything to its left was written by the client. With no proxy (the
 * default), Next.js itself writes the TCP peer address into X-Forwarded-For when
 * the request has none (it exposes no socket address otherwise), so the right-most
 * hop is the peer for every honest client; a client that sends its own header can
 * still choose it, which is why the throttle never lets an address alone lock an
 * account (docs/decisions/005-staff-authentication.md). X-Real-IP is never read.
 */
export function getClientAddress(headers: Headers, options: { trustedProxyCount?: number } = {}): string {
  const trustedProxyCount = options.trustedProxyCount ?? getTrustedProxyCount();
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim()).filter(Boolean);
  if (hops.length === 0) return UNKNOWN_CLIENT_ADDRESS;
  const index = Math.max(0, hops.length - Math.max(1, trustedProxyCount));
  return normaliseAddress(hops[index]!);
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
