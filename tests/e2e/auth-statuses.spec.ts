import { readFileSync } from 'node:fs';
import type { APIResponse, Page } from '@playwright/test';
import { encode } from 'next-auth/jwt';
import { expect, signIn, test } from './auth-fixtures';

// Real statuses from the server for /admin without a valid session (307 to the
// sign-in page, not a 200 whose redirect is streamed), and a 403 for cross-site
// server-action posts, whatever the page they are posted to.

const SESSION_COOKIE = 'authjs.session-token';

async function sessionCookieOf(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === SESSION_COOKIE);
  expect(cookie, 'cookie de session').toBeDefined();
  return cookie!.value;
}

function expectRedirectToSignIn(response: APIResponse, returnTo: string) {
  expect(response.status(), `${response.url()} sans session valide`).toBe(307);
  const location = new URL(response.headers().location!, response.url());
  expect(location.pathname).toBe('/connexion');
  expect(location.searchParams.get('retour')).toBe(returnTo);
}

const ADMIN_PAGES = ['/admin', '/admin/profil', '/admin/utilisateurs'];

test.describe('/admin sans session valide : 307 du serveur vers la connexion', () => {
  test('sans cookie et avec un cookie illisible', async ({ request }) => {
    for (const path of ADMIN_PAGES) {
      expectRedirectToSignIn(await request.get(path, { maxRedirects: 0 }), path);
      expectRedirectToSignIn(await request.get(path, { maxRedirects: 0, headers: { cookie: `${SESSION_COOKIE}=nimporte-quoi` } }), path);
    }
  });

  test('session révoquée (version de session changée, comme après une déconnexion ailleurs)', async ({ page, request, createUser, db }) => {
    const admin = await createUser({ role: 'ADMIN' });
    await signIn(page, admin);
    await expect(page).toHaveURL(/\/admin$/);
    const cookie = `${SESSION_COOKIE}=${await sessionCookieOf(page)}`;
    // The cookie works before the revocation: the 307 below is the revocation's doing.
    expect((await request.get('/admin', { maxRedirects: 0, headers: { cookie } })).status()).toBe(200);

    await db.user.update({ where: { id: admin.id }, data: { sessionVersion: { increment: 1 } } });
    for (const path of ADMIN_PAGES) expectRedirectToSignIn(await request.get(path, { maxRedirects: 0, headers: { cookie } }), path);
  });

  test('compte désactivé', async ({ page, request, createUser, db }) => {
    const editor = await createUser({ role: 'EDITOR' });
    await signIn(page, editor);
    await expect(page).toHaveURL(/\/admin$/);
    const cookie = `${SESSION_COOKIE}=${await sessionCookieOf(page)}`;
    await db.user.update({ where: { id: editor.id }, data: { disabledAt: new Date() } });
    expectRedirectToSignIn(await request.get('/admin/profil', { maxRedirects: 0, headers: { cookie } }), '/admin/profil');
  });

  test('session de plus de 12 heures', async ({ request, createUser, db }) => {
    const editor = await createUser({ role: 'EDITOR' });
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: editor.id }, select: { sessionVersion: true } });
    // A token signed with the portal's own secret, in every way valid except its age.
    const secret = process.env.AUTH_SECRET || readFileSync('.data/auth-secret', 'utf8').trim();
    const token = await encode({
      secret,
      salt: SESSION_COOKIE,
      token: { sub: editor.id, email: editor.email, name: editor.name, role: 'EDITOR', sessionVersion, signedInAt: Math.floor(Date.now() / 1000) - 13 * 3600 },
    });
    expectRedirectToSignIn(await request.get('/admin', { maxRedirects: 0, headers: { cookie: `${SESSION_COOKIE}=${token}` } }), '/admin');
  });
});

test.describe('action serveur postée depuis une autre origine : 403', () => {
  const actionHeaders = (origin: string) => ({ 'next-action': '7f'.padEnd(42, '0'), origin, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' });

  for (const origin of ['https://evil.example', 'null']) {
    test(`Origin: ${origin}, sur une page publique, la connexion et /admin`, async ({ page, createUser }) => {
      const editor = await createUser({ role: 'EDITOR' });
      await signIn(page, editor);
      await expect(page).toHaveURL(/\/admin$/);
      // page.request carries the editor's session cookie, as a forged cross-site form would.
      for (const path of ['/', '/connexion', '/metropoles', '/admin', '/admin/profil']) {
        const response = await page.request.post(path, { headers: actionHeaders(origin), data: '[]', maxRedirects: 0 });
        expect(response.status(), `${path} avec Origin: ${origin}`).toBe(403);
      }
    });
  }

  test('les pages publiques restent servies normalement, quelle que soit l’origine annoncée', async ({ request }) => {
    const response = await request.get('/', { headers: { origin: 'https://evil.example' } });
    expect(response.status()).toBe(200);
  });
});

test.describe('retour après connexion : seulement un chemin de ce site', () => {
  for (const returnTo of ['/\t/evil.example', '/\n/evil.example', '/\r\n/evil.example', '//evil.example', '/\\evil.example', 'https://evil.example/']) {
    test(`retour=${JSON.stringify(returnTo)} mène à /admin`, async ({ page, createUser, baseURL }) => {
      const editor = await createUser({ role: 'EDITOR' });
      await signIn(page, editor, returnTo);
      await expect(page).toHaveURL(`${baseURL}/admin`);
      await expect(page.getByRole('navigation', { name: 'Administration' })).toBeVisible();
    });
  }
});
