import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it.each([
    ['/admin', '/admin'],
    ['/admin/profil', '/admin/profil'],
    ['/admin/contenus/metropoles?page=2&q=lyon#liste', '/admin/contenus/metropoles?page=2&q=lyon#liste'],
    ['/admin/contenus/m%C3%A9tropoles', '/admin/contenus/m%C3%A9tropoles'],
  ])('keeps the path of this site %j', (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it.each([
    undefined,
    null,
    '',
    'admin',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    // Browsers drop tabs and newlines from URLs: "/\t/evil.example" becomes "//evil.example".
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '/\r/evil.example',
    '/ad\nmin',
    '/\u0000/evil.example',
    '/\u007f/evil.example',
    // A newline in a Location header is a 500, whatever follows it.
    '/admin\r\nSet-Cookie: x=1',
    '/\\/evil.example',
    '/%09/evil.example'.replace('%09', '\t'),
  ])('sends %j to /admin', (value) => {
    expect(safeReturnPath(value)).toBe('/admin');
  });

  it('never returns something a browser would read as another origin', () => {
    const base = 'https://observatoire.example';
    for (let code = 0; code < 0x80; code += 1) {
      for (const value of [`/${String.fromCharCode(code)}/evil.example`, `/${String.fromCharCode(code)}${String.fromCharCode(code)}evil.example`]) {
        const result = safeReturnPath(value);
        // What a browser does with the path: WHATWG URL parsing drops tabs and newlines.
        expect(new URL(result, base).origin, JSON.stringify(value)).toBe(base);
        expect(result).not.toMatch(/[\u0000-\u001f\u007f\\]/);
      }
    }
  });
});

describe('safeReturnPath and the sign-in form', () => {
  it('returns at most what the form accepts back, even for long non-ASCII paths', async () => {
    const { SignInSchema } = await import('@/app/(public)/connexion/schema');
    const returned = safeReturnPath(`/admin/${'€'.repeat(490)}`);
    expect(SignInSchema.shape.retour.safeParse(returned).success).toBe(true);
  });
});
