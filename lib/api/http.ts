// HTTP details of the API, pure: strong ETags, conditional GET, CORS, the
// RateLimit headers (draft-ietf-httpapi-ratelimit-headers) and problem responses.
import { createHash } from 'node:crypto';
import type { Problem } from './schemas';

export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since, Accept',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, RateLimit, RateLimit-Policy, Retry-After, Link',
  'Access-Control-Max-Age': '86400',
} as const;

/** A strong validator: the hash of the exact bytes sent. */
export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 32)}"`;
}

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  // Weak comparison for If-None-Match (RFC 9110 §13.1.2).
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare);
}

/**
 * Whether the client's copy is current (RFC 9110 §13.2.2): If-None-Match wins
 * when present; otherwise If-Modified-Since, to the second.
 */
export function isNotModified(headers: Headers, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = headers.get('if-none-match');
  if (ifNoneMatch !== null) return etagMatches(ifNoneMatch, etag);
  const ifModifiedSince = headers.get('if-modified-since');
  if (ifModifiedSince !== null && lastModified) {
    const since = Date.parse(ifModifiedSince);
    if (!Number.isNaN(since)) return Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
  }
  return false;
}

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
  windowSeconds: number;
}

export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    'RateLimit-Policy': `"default";q=${state.limit};w=${state.windowSeconds}`,
    RateLimit: `"default";r=${Math.max(0, state.remaining)};t=${Math.max(0, state.resetSeconds)}`,
  };
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}, method = 'GET'): Response {
  return new Response(method === 'HEAD' ? null : JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store', ...CORS_HEADERS, ...headers },
  });
}

export interface JsonResponseOptions {
  request: Request;
  lastModified: Date | null;
  headers?: Record<string, string>;
  /** Browsers and shared caches revalidate (ETag) rather than trust a lifetime: the data changes on publication. */
  cacheControl?: string;
}

/** A JSON body with its ETag and Last-Modified; 304 without a body when the client's copy is current. */
export function jsonResponse(body: unknown, { request, lastModified, headers = {}, cacheControl = 'public, max-age=0, must-revalidate' }: JsonResponseOptions): Response {
  const text = JSON.stringify(body);
  const etag = strongEtag(text);
  const validators: Record<string, string> = { ETag: etag, ...(lastModified ? { 'Last-Modified': lastModified.toUTCString() } : {}) };
  const common = { 'Cache-Control': cacheControl, Vary: 'Accept-Encoding', ...CORS_HEADERS, ...validators, ...headers };
  if (isNotModified(request.headers, etag, lastModified)) return new Response(null, { status: 304, headers: common });
  return new Response(request.method === 'HEAD' ? null : text, { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8', ...common } });
}
