import { describe, expect, it } from 'vitest';
import { createDeviceToken, DEVICE_COOKIE_MAX_AGE_SECONDS, deviceCookieAttributes, deviceCookieName, findDeviceId, verifyDeviceToken } from './device-cookie';

const authSecret = 'un secret de test suffisamment long pour HKDF';
const email = 'prenom.nom@exemple.test';

describe('device cookies', () => {
  it('verify for the account they name, signed with AUTH_SECRET, and give a device id', () => {
    const token = createDeviceToken(email, { authSecret });
    const id = verifyDeviceToken(token, email, { authSecret });
    expect(id).toMatch(/^[\w-]{22}$/);
    expect(createDeviceToken(email, { authSecret })).not.toBe(token);
    expect(verifyDeviceToken(token, 'autre@exemple.test', { authSecret })).toBeNull();
    expect(verifyDeviceToken(token, email, { authSecret: `${authSecret}!` })).toBeNull();
  });

  it('refuse tampered, malformed and expired tokens', () => {
    const token = createDeviceToken(email, { authSecret });
    const parts = token.split('.');
    const other = Buffer.from('autre@exemple.test').toString('base64url');
    expect(verifyDeviceToken([parts[0], other, ...parts.slice(2)].join('.'), 'autre@exemple.test', { authSecret })).toBeNull();
    expect(verifyDeviceToken(`${token}x`, email, { authSecret })).toBeNull();
    expect(verifyDeviceToken(token.replace(/^v1/, 'v2'), email, { authSecret })).toBeNull();
    expect(verifyDeviceToken('', email, { authSecret })).toBeNull();
    expect(verifyDeviceToken('a.b.c.d.e', email, { authSecret })).toBeNull();
    const issued = new Date('2026-01-01T00:00:00Z');
    const old = createDeviceToken(email, { authSecret, now: issued });
    expect(verifyDeviceToken(old, email, { authSecret, now: new Date(issued.getTime() + (DEVICE_COOKIE_MAX_AGE_SECONDS - 60) * 1000) })).not.toBeNull();
    expect(verifyDeviceToken(old, email, { authSecret, now: new Date(issued.getTime() + (DEVICE_COOKIE_MAX_AGE_SECONDS + 60) * 1000) })).toBeNull();
  });

  it('are named per account without showing the address, __Host- over HTTPS', () => {
    const name = deviceCookieName(email, { secure: false, authSecret });
    expect(name).toMatch(/^appareil-[0-9a-f]{16}$/);
    expect(name).not.toBe(deviceCookieName('autre@exemple.test', { secure: false, authSecret }));
    expect(deviceCookieName(email, { secure: true, authSecret })).toBe(`__Host-${name}`);
    expect(deviceCookieAttributes(true)).toEqual({ httpOnly: true, sameSite: 'lax', secure: true, path: '/', maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS });
    expect(deviceCookieAttributes(false).secure).toBe(false);
  });

  it('are found among the request’s cookies, for the account being signed in only', () => {
    const token = createDeviceToken(email, { authSecret });
    const name = deviceCookieName(email, { secure: true, authSecret });
    const headers = new Headers({ cookie: `authjs.session-token=abc; ${name}=${token}; autre=1` });
    expect(findDeviceId(headers, email, { authSecret })).toBe(verifyDeviceToken(token, email, { authSecret }));
    expect(findDeviceId(headers, 'autre@exemple.test', { authSecret })).toBeNull();
    expect(findDeviceId(new Headers({ cookie: `${name}=${token.slice(0, -3)}` }), email, { authSecret })).toBeNull();
    expect(findDeviceId(new Headers(), email, { authSecret })).toBeNull();
  });
});
