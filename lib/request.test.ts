import { afterEach, describe, expect, it, vi } from 'vitest';
import { getClientAddress } from './request';

const forwardedFor = (value: string) => new Headers({ 'x-forwarded-for': value });

describe('getClientAddress', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('without any address says so', () => {
    expect(getClientAddress(new Headers(), { trustedProxyCount: 0 })).toBe('inconnue');
    expect(getClientAddress(forwardedFor(' , '), { trustedProxyCount: 0 })).toBe('inconnue');
  });

  it('never trusts X-Real-IP, which any client can send', () => {
    expect(getClientAddress(new Headers({ 'x-real-ip': '192.0.2.50' }), { trustedProxyCount: 1 })).toBe('inconnue');
  });

  it('with no trusted proxy takes the right-most hop (the peer address Next records), not a client-chosen first hop', () => {
    expect(getClientAddress(forwardedFor('203.0.113.9'), { trustedProxyCount: 0 })).toBe('203.0.113.9');
    expect(getClientAddress(forwardedFor('1.1.1.1, 203.0.113.9'), { trustedProxyCount: 0 })).toBe('203.0.113.9');
  });

  it('behind N trusted proxies takes the N-th hop from the right, whatever the client prepended', () => {
    expect(getClientAddress(forwardedFor('6.6.6.6, 198.51.100.7'), { trustedProxyCount: 1 })).toBe('198.51.100.7');
    expect(getClientAddress(forwardedFor('6.6.6.6, 7.7.7.7, 198.51.100.7, 10.0.0.2'), { trustedProxyCount: 2 })).toBe('198.51.100.7');
    // Several X-Forwarded-For headers are one list, in order.
    const headers = new Headers();
    headers.append('x-forwarded-for', '6.6.6.6');
    headers.append('x-forwarded-for', '198.51.100.7, 10.0.0.2');
    expect(getClientAddress(headers, { trustedProxyCount: 2 })).toBe('198.51.100.7');
  });

  it('with fewer hops than trusted proxies takes the furthest one there is', () => {
    expect(getClientAddress(forwardedFor('198.51.100.7'), { trustedProxyCount: 3 })).toBe('198.51.100.7');
  });

  it('reads TRUSTED_PROXY_COUNT from the environment by default', () => {
    vi.stubEnv('TRUSTED_PROXY_COUNT', '2');
    expect(getClientAddress(forwardedFor('6.6.6.6, 198.51.100.7, 10.0.0.2'))).toBe('198.51.100.7');
    vi.stubEnv('TRUSTED_PROXY_COUNT', '');
    expect(getClientAddress(forwardedFor('6.6.6.6, 198.51.100.7, 10.0.0.2'))).toBe('10.0.0.2');
  });

  it('normalises ports, brackets, IPv4-mapped IPv6 and case, so one client is one key', () => {
    expect(getClientAddress(forwardedFor('::ffff:192.0.2.1'), { trustedProxyCount: 0 })).toBe('192.0.2.1');
    expect(getClientAddress(forwardedFor('192.0.2.1:8080'), { trustedProxyCount: 0 })).toBe('192.0.2.1');
    expect(getClientAddress(forwardedFor('[2001:DB8::1]:443'), { trustedProxyCount: 0 })).toBe('2001:db8::1');
    expect(getClientAddress(forwardedFor('2001:DB8::1'), { trustedProxyCount: 0 })).toBe('2001:db8::1');
  });

  it('keeps control characters and oversized values out of keys and logs', () => {
    const address = getClientAddress(forwardedFor(`x\u0007<script>${'a'.repeat(200)}`), { trustedProxyCount: 0 });
    expect(address).not.toMatch(/[\u0000-\u001f<>]/);
    expect(address.length).toBeLessThanOrEqual(64);
  });
});
