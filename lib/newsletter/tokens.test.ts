import { describe, expect, it } from 'vitest';
import { CONFIRMATION_LIFETIME_MS, hashEmail, signToken, verifyToken } from './tokens';

const secret = 'x'.repeat(40);
const now = new Date('2026-12-01T10:00:00Z');
const confirm = (overrides: Partial<Parameters<typeof signToken>[0]> = {}) =>
  signToken({ secret, purpose: 'confirm', subscriptionId: 'sub1', nonce: 'abc', expiresAt: new Date(now.getTime() + CONFIRMATION_LIFETIME_MS), ...overrides });

describe('newsletter tokens', () => {
  it('accepts a token it signed, before its expiry', () => {
    expect(verifyToken({ secret, purpose: 'confirm', token: confirm(), now })).toMatchObject({ ok: true, subscriptionId: 'sub1', nonce: 'abc' });
  });

  it('refuses it once expired', () => {
    const later = new Date(now.getTime() + CONFIRMATION_LIFETIME_MS + 1000);
    expect(verifyToken({ secret, purpose: 'confirm', token: confirm(), now: later })).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses any change to it: id, expiry, nonce, signature', () => {
    const token = confirm();
    const [purpose, id, expiry, nonce, signature] = token.split('.');
    const variants = [
      [purpose, 'sub2', expiry, nonce, signature],
      [purpose, id, String(Number(expiry) + 3600), nonce, signature],
      [purpose, id, '0', nonce, signature],
      [purpose, id, expiry, 'abd', signature],
      [purpose, id, expiry, nonce, `${signature!.slice(0, -1)}${signature!.endsWith('A') ? 'B' : 'A'}`],
    ];
    for (const parts of variants) expect(verifyToken({ secret, purpose: 'confirm', token: parts.join('.'), now })).toEqual({ ok: false, reason: 'tampered' });
    for (const junk of ['', null, 'a.b.c', `${token}.x`, token.replace('.', '..')]) expect(verifyToken({ secret, purpose: 'confirm', token: junk, now }).ok).toBe(false);
  });

  it('refuses a token signed with another secret or for another purpose', () => {
    expect(verifyToken({ secret: 'y'.repeat(40), purpose: 'confirm', token: confirm(), now })).toEqual({ ok: false, reason: 'tampered' });
    const unsubscribe = signToken({ secret, purpose: 'unsubscribe', subscriptionId: 'sub1', nonce: 'abc', expiresAt: null });
    expect(verifyToken({ secret, purpose: 'confirm', token: unsubscribe, now })).toEqual({ ok: false, reason: 'tampered' });
    expect(verifyToken({ secret, purpose: 'unsubscribe', token: unsubscribe, now: new Date('2100-01-01') })).toMatchObject({ ok: true, expiresAt: null });
  });

  it('hashes addresses with a keyed hash', () => {
    expect(hashEmail(secret, 'a@b.fr')).toBe(hashEmail(secret, 'a@b.fr'));
    expect(hashEmail(secret, 'a@b.fr')).not.toBe(hashEmail('z'.repeat(40), 'a@b.fr'));
  });
});
