import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { getAuthSecret } from '@/lib/env';

/**
 * Small secrets at rest (TOTP seeds): AES-256-GCM, key derived from AUTH_SECRET
 * with HKDF-SHA256. Format: "v1.<iv>.<tag>.<ciphertext>", each part base64url.
 * The optional `context` is bound as associated data, so a box copied to another
 * row (another user) does not open there.
 */
const VERSION = 'v1';
const KEY_INFO = 'observatoire-ess/secret-box/v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SecretBoxOptions {
  /** Defaults to AUTH_SECRET from the environment (tests pass their own). */
  authSecret?: string;
  /** Associated data (e.g. "totp:<userId>"): the same value is needed to open the box. */
  context?: string;
}

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

const keyCache = new Map<string, Buffer>();

export function deriveSecretBoxKey(authSecret: string): Buffer {
  let key = keyCache.get(authSecret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', authSecret, Buffer.alloc(0), KEY_INFO, 32));
    keyCache.set(authSecret, key);
  }
  return key;
}

function keyFor(options: SecretBoxOptions): Buffer {
  return deriveSecretBoxKey(options.authSecret ?? getAuthSecret());
}

export function sealSecret(plaintext: string, options: SecretBoxOptions = {}): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyFor(options), iv, { authTagLength: TAG_BYTES });
  if (options.context !== undefined) cipher.setAAD(Buffer.from(options.context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString('base64url'), tag.toString('base64url'), ciphertext.toString('base64url')].join('.');
}

/** Throws SecretBoxError when the box is malformed, tampered with, or sealed with another key or context. */
export function openSecret(box: string, options: SecretBoxOptions = {}): string {
  const parts = box.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION) throw new SecretBoxError('secret box: unknown format');
  const [, ivText, tagText, ciphertextText] = parts as [string, string, string, string];
  const iv = Buffer.from(ivText, 'base64url');
  const tag = Buffer.from(tagText, 'base64url');
  const ciphertext = Buffer.from(ciphertextText, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new SecretBoxError('secret box: unknown format');
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(options), iv, { authTagLength: TAG_BYTES });
    if (options.context !== undefined) decipher.setAAD(Buffer.from(options.context, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretBoxError('secret box: authentication failed');
  }
}
