import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Request as PlaywrightRequest } from '@playwright/test';
import { encode } from 'next-auth/jwt';
import { expect, expectNoAxeViolations } from './fixtures';
import { signIn, test } from './auth-fixtures';
import { dropAbortNoise } from './server-action-replay';

// A second server from the same build whose database does not answer: an outage
// must be reported as one (French, 503 where a status can be set), never as a
// wrong password or an expired session. The port is picked by the system, so
// this spec never collides with another server on the machine.
const SESSION_COOKIE = 'authjs.session-token';
const secret = randomBytes(32).toString('base64url');
let server: ChildProcess | undefined;
let outageURL = '';

test.beforeAll(async () => {
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  server = spawn(process.execPath, [nextBin, 'start', '-p', '0', '-H', '127.0.0.1'], {
    env: { ...process.env, DATABASE_URL: 'postgresql://postgres@127.0.0.1:9/indisponible', AUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let output = '';
  server.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await expect.poll(() => /https?:\/\/[^\s/]+:(\d+)/.exec(output)?.[1], { timeout: 30_000 }).toBeTruthy();
  outageURL = `http://127.0.0.1:${/https?:\/\/[^\s/]+:(\d+)/.exec(output)![1]}`;
  await expect.poll(async () => fetch(`${outageURL}/robots.txt`).then(() => true, () => false), { timeout: 30_000 }).toBe(true);
});

test.afterAll(() => {
  server?.kill('SIGTERM');
});

/** A session token the outage server would accept, were its database there to confirm it. */
async function sessionCookie(): Promise<string> {
  const token = await encode({
    secret,
    salt: SESSION_COOKIE,
    token: { sub: 'compte-quelconque', email: 'personne@exemple.test', role: 'EDITOR', sessionVersion: 0, signedInAt: Math.floor(Date.now() / 1000) },
  });
  return `${SESSION_COOKIE}=${token}`;
}

test('la connexion annonce une indisponibilité, pas un mot de passe incorrect, et garde l’e-mail', async ({ page }) => {
  await page.goto(`${outageURL}/connexion`);
  await page.getByLabel('Adresse e-mail').fill('quelquun@exemple.test');
  await page.getByLabel('Mot de passe').fill('une phrase de passe quelconque');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  const alert = page.locator('main').getByRole('alert');
  await expect(alert).toContainText('momentanément indisponible');
  await expect(alert).not.toContainText('incorrect');
  await expect(page.getByLabel('Adresse e-mail')).toHaveValue('quelquun@exemple.test');
  await expect(page).toHaveURL(/\/connexion/);
});

test('/admin avec une session répond 503, en français, sans cache, au lieu de renvoyer vers la connexion', async ({ request, browser }) => {
  const cookie = await sessionCookie();
  for (const path of ['/admin', '/admin/profil', '/admin/utilisateurs']) {
    const response = await request.get(`${outageURL}${path}`, { maxRedirects: 0, headers: { cookie } });
    expect(response.status(), path).toBe(503);
    expect(response.headers()['cache-control']).toContain('no-store');
    expect(response.headers()['content-type']).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('momentanément indisponible');
    expect(html).not.toMatch(/<script|<style|style=/);
  }

  const context = await browser.newContext();
  await context.addCookies([{ name: SESSION_COOKIE, value: cookie.split('=')[1]!, url: outageURL, httpOnly: true, sameSite: 'Lax' }]);
  const page = await context.newPage();
  await page.goto(`${outageURL}/admin`);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toContainText('indisponible');
  await expectNoAxeViolations(page);
  await context.close();
});

test('une action du personnel annonce une indisponibilité, pas une session expirée', async ({ page, request, createUser, consoleErrors }) => {
  // The request is captured from the portal under test (same build, so the same
  // action ids) and stopped there, then posted to the outage server.
  const editor = await createUser({ role: 'EDITOR' });
  await signIn(page, editor, '/admin/profil');
  await expect(page).toHaveURL(/\/admin\/profil$/);
  let captured: PlaywrightRequest | undefined;
  await page.route('**/admin/profil', async (route) => {
    if (route.request().method() === 'POST' && route.request().headers()['next-action']) {
      captured = route.request();
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await page.getByLabel('Mot de passe actuel', { exact: true }).fill(editor.password);
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('un nouveau mot de passe assez long');
  await page.getByLabel('Confirmation du nouveau mot de passe').fill('un nouveau mot de passe assez long');
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unrouteAll({ behavior: 'ignoreErrors' });

  const response = await request.post(`${outageURL}/admin/profil`, {
    headers: {
      'next-action': captured!.headers()['next-action']!,
      'content-type': captured!.headers()['content-type']!,
      accept: 'text/x-component',
      origin: outageURL,
      cookie: await sessionCookie(),
    },
    data: captured!.postDataBuffer()!,
    maxRedirects: 0,
  });
  const body = await response.text();
  expect(body).toContain('momentanément indisponible');
  expect(body).not.toContain('Veuillez vous connecter');
  // The aborted request surfaces in the capturing page as a failed fetch: expected here.
  expect(await dropAbortNoise(page, consoleErrors)).toBe(true);
});

test('le point d’entrée HTTP de connexion répond 503 quand la base est injoignable', async ({ request }) => {
  const response = await request.post(`${outageURL}/api/auth/callback/credentials`, {
    headers: { origin: outageURL },
    form: { email: 'quelquun@exemple.test', password: 'une phrase de passe quelconque' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(503);
  expect(await response.json()).toMatchObject({ erreur: expect.stringContaining('indisponible') });
});
