import { describe, expect, it } from 'vitest';
import { deriveSecretBoxKey, openSecret, SecretBoxError, sealSecret } from './secret-box';

const authSecret = 'a'.repeat(40);
const otherSecret = 'b'.repeat(40);

describe('secret box', () => {
  it('round-trips a secret, with a fresh IV each time', () => {
    const first = sealSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', { authSecret, context: 'totp:u1' });
    const second = sealSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', { authSecret, context: 'totp:u1' });
    expect(first).not.toBe(second);
    expect(openSecret(first, { authSecret, context: 'totp:u1' })).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(openSecret(second, { authSecret, context: 'totp:u1' })).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
  });

  it('uses the "v1.<iv>.<tag>.<ciphertext>" format, base64url, without the plaintext', () => {
    const box = sealSecret('secret en clair', { authSecret });
    expect(box).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    expect(box).not.toContain('secret');
  });

  it('refuses a tampered ciphertext, tag or IV', () => {
    const box = sealSecret('JBSWY3DPEHPK3PXP', { authSecret });
    const [version, iv, tag, ciphertext] = box.split('.') as [string, string, string, string];
    const flip = (text: string) => {
      const bytes = Buffer.from(text, 'base64url');
      bytes[0] = bytes[0]! ^ 1;
      return bytes.toString('base64url');
    };
    for (const tampered of [
      [version, iv, tag, flip(ciphertext)],
      [version, iv, flip(tag), ciphertext],
      [version, flip(iv), tag, ciphertext],
    ]) {
      expect(() => openSecret(tampered.join('.'), { authSecret })).toThrow(SecretBoxError);
    }
  });

  it('refuses another key or another context (a box copied to another account)', () => {
    const box = sealSecret('JBSWY3DPEHPK3PXP', { authSecret, context: 'totp:alice' });
    expect(() => openSecret(box, { authSecret: otherSecret, context: 'totp:alice' })).toThrow(SecretBoxError);
    expect(() => openSecret(box, { authSecret, context: 'totp:bob' })).toThrow(SecretBoxError);
    expect(() => openSecret(box, { authSecret })).toThrow(SecretBoxError);
  });

  it('refuses malformed input', () => {
    for (const box of ['', 'v1', 'v2.a.b.c', 'v1.a.b.c', 'JBSWY3DPEHPK3PXP']) {
      expect(() => openSecret(box, { authSecret })).toThrow(SecretBoxError);
    }
  });

  it('derives a stable 256-bit key per AUTH_SECRET', () => {
    expect(deriveSecretBoxKey(authSecret)).toHaveLength(32);
    expect(deriveSecretBoxKey(authSecret).equals(deriveSecretBoxKey(authSecret))).toBe(true);
    expect(deriveSecretBoxKey(authSecret).equals(deriveSecretBoxKey(otherSecret))).toBe(false);
    // The key is derived, not the secret's bytes.
    expect(deriveSecretBoxKey(authSecret).equals(Buffer.from(authSecret).subarray(0, 32))).toBe(false);
  });
});
