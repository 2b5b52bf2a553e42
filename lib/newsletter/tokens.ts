import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Signed newsletter links (ADR 016). A token is
 * `<purpose>.<subscription id>.<expiry, seconds since epoch; 0 = none>.<nonce>.<HMAC-SHA256>`,
 * the MAC taken over the four first parts with a key derived from AUTH_SECRET
 * for this use only (HMAC with a label), so that a session key never signs a
 * newsletter link and the other way round. Purposes cannot be swapped: the
 * purpose is signed. Confirmation tokens expire after 48 hours and are single-use
 * (the database keeps their SHA-256 and clears it on use); the unsubscribe token
 * lives as long as the subscription.
 */
export type TokenPurpose = 'confirm' | 'unsubscribe';

export const CONFIRMATION_LIFETIME_MS = 48 * 60 * 60_000;

const KEY_LABEL = 'observatoire-ess/newsletter-token/v1';
const EMAIL_KEY_LABEL = 'observatoire-ess/newsletter-email/v1';

export function deriveKey(secret: string, label: string): Buffer {
  return createHmac('sha256', secret).update(label).digest();
}

export const tokenKey = (secret: string) => deriveKey(secret, KEY_LABEL);

/** HMAC of the normalised address: kept by consent records and rate limits instead of the address. */
export function hashEmail(secret: string, normalisedEmail: string): string {
  return createHmac('sha256', deriveKey(secret, EMAIL_KEY_LABEL)).update(normalisedEmail).digest('base64url');
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

export const newNonce = () => randomBytes(16).toString('base64url');

function mac(key: Buffer, payload: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}

export interface SignTokenOptions {
  secret: string;
  purpose: TokenPurpose;
  subscriptionId: string;
  nonce: string;
  /** Null: never expires. */
  expiresAt: Date | null;
}

export function signToken({ secret, purpose, subscriptionId, nonce, expiresAt }: SignTokenOptions): string {
  const expiry = expiresAt ? Math.floor(expiresAt.getTime() / 1000) : 0;
  const payload = `${purpose}.${subscriptionId}.${expiry}.${nonce}`;
  return `${payload}.${mac(tokenKey(secret), payload)}`;
}

export type TokenCheck =
  | { ok: true; subscriptionId: string; nonce: string; expiresAt: Date | null }
  | { ok: false; reason: 'tampered' | 'expired' };

const PART = /^[A-Za-z0-9_-]{1,64}$/;

/** Checks the signature, the purpose and the expiry; whether it was used is the database's answer. */
export function verifyToken(options: { secret: string; purpose: TokenPurpose; token: string | null | undefined; now?: Date }): TokenCheck {
  const { secret, purpose, token, now = new Date() } = options;
  const parts = (token ?? '').split('.');
  if (parts.length !== 5 || !parts.every((part) => PART.test(part))) return { ok: false, reason: 'tampered' };
  const [tokenPurpose, subscriptionId, expiryText, nonce, signature] = parts as [string, string, string, string, string];
  const expected = Buffer.from(mac(tokenKey(secret), `${tokenPurpose}.${subscriptionId}.${expiryText}.${nonce}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'tampered' };
  if (tokenPurpose !== purpose || !/^\d{1,12}$/.test(expiryText)) return { ok: false, reason: 'tampered' };
  const expiry = Number(expiryText);
  if (expiry !== 0 && expiry * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, subscriptionId, nonce, expiresAt: expiry === 0 ? null : new Date(expiry * 1000) };
}
