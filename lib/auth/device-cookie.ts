import 'server-only';
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { getAuthSecret } from '@/lib/env';

/**
 * Device cookies (OWASP "Slow down online guessing attacks with device cookies"):
 * a browser that signed in to an account carries a cookie naming that account,
 * signed with a key derived from AUTH_SECRET. Sign-ins from it are throttled per
 * device, so failures from elsewhere (an attack on the account) do not hold its
 * owner back. Format "v1.<account>.<issued>.<nonce>.<mac>", base64url parts.
 * One cookie per account (its name is derived from the account), so colleagues
 * sharing a browser keep theirs.
 */
const VERSION = 'v1';
const KEY_INFO = 'observatoire-ess/device-cookie/v1';
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;
const COOKIE_BASE_NAME = 'appareil-';
const SECURE_PREFIX = '__Host-';

export interface DeviceCookieOptions {
  /** Defaults to AUTH_SECRET from the environment (tests pass their own). */
  authSecret?: string;
  now?: Date;
}

const keyCache = new Map<string, Buffer>();

function keyFor(authSecret: string | undefined): Buffer {
  const secret = authSecret ?? getAuthSecret();
  let key = keyCache.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), KEY_INFO, 32));
    keyCache.set(secret, key);
  }
  return key;
}

function mac(key: Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

/** The cookie's name for an account: not the address itself, which would show in every request. */
export function deviceCookieName(email: string, options: { secure: boolean; authSecret?: string }): string {
  const id = mac(keyFor(options.authSecret), `name:${email}`).subarray(0, 8).toString('hex');
  return `${options.secure ? SECURE_PREFIX : ''}${COOKIE_BASE_NAME}${id}`;
}

/** httpOnly, SameSite=Lax, Secure (and __Host-) over HTTPS, for a year. */
export function deviceCookieAttributes(secure: boolean) {
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS };
}

export function createDeviceToken(email: string, options: DeviceCookieOptions = {}): string {
  const issued = Math.floor((options.now ?? new Date()).getTime() / 1000).toString(36);
  const body = `${VERSION}.${Buffer.from(email, 'utf8').toString('base64url')}.${issued}.${randomBytes(16).toString('base64url')}`;
  return `${body}.${mac(keyFor(options.authSecret), body).toString('base64url')}`;
}

/** The device's id when `token` is a genuine, unexpired device cookie of `email`; otherwise null. */
export function verifyDeviceToken(token: string, email: string, options: DeviceCookieOptions = {}): string | null {
  const parts = token.split('.');
  if (parts.length !== 5 || parts[0] !== VERSION) return null;
  const [, account, issued, nonce, signature] = parts as [string, string, string, string, string];
  const expected = mac(keyFor(options.authSecret), parts.slice(0, 4).join('.'));
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (Buffer.from(account, 'base64url').toString('utf8') !== email) return null;
  const ageSeconds = (options.now ?? new Date()).getTime() / 1000 - parseInt(issued, 36);
  if (!(ageSeconds >= -300 && ageSeconds <= DEVICE_COOKIE_MAX_AGE_SECONDS)) return null;
  return nonce;
}

/** The device id carried by this request's cookie for `email`, if it carries a genuine one. */
export function findDeviceId(headers: Headers, email: string, options: DeviceCookieOptions = {}): string | null {
  const cookieHeader = headers.get('cookie');
  if (!cookieHeader || !email) return null;
  const names = new Set([true, false].map((secure) => deviceCookieName(email, { secure, authSecret: options.authSecret })));
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || !names.has(pair.slice(0, separator).trim())) continue;
    // Tokens are base64url and dots only: no decoding needed, and none attempted.
    const id = verifyDeviceToken(pair.slice(separator + 1).trim(), email, options);
    if (id) return id;
  }
  return null;
}
