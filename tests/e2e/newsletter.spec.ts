import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { ensureAuthSecret } from '../../scripts/auth-secret';
import { e2eDatabaseUrl, expect, signIn, test } from './auth-fixtures';
import { expectNoAxeViolations } from './fixtures';

const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString('hex')}@exemple.test`;

async function subscribe(page: Page, email: string, baseUrl = '') {
  await page.goto(`${baseUrl}/lettre-d-information`);
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
  await page.getByLabel('Groupes de travail').check();
  await page.getByLabel(/J’accepte que l’Observatoire/).check();
  await page.getByRole('button', { name: 'M’inscrire' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Merci.' })).toContainText('suivez son lien dans les 48 heures');
}

test.describe('lettre d’information', () => {
  test('inscription, confirmation et désinscription par les courriels conservés', async ({ page, createUser, db }) => {
    const email = uniqueEmail('abonne');
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'lettre d’information' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lettre d’information');
    await expectNoAxeViolations(page);

    // Refusals keep what was typed and say why.
    await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'M’inscrire' }).click();
    await expect(page.getByText('Choisissez au moins une liste.')).toBeVisible();
    await expect(page.getByText('Cochez la case pour donner votre accord.')).toBeVisible();
    await expect(page.getByLabel('Adresse e-mail', { exact: true })).toHaveValue(email);
    await expectNoAxeViolations(page);
    await subscribe(page, email);

    // The honeypot is out of everyone's way.
    await expect(page.locator('input[name="site_web"]')).toHaveAttribute('tabindex', '-1');
    await expect(page.getByRole('textbox', { name: 'Site web' })).toHaveCount(0);

    const admin = await createUser({ role: 'ADMIN' });
    await signIn(page, admin, '/admin/courriels');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Courriels');
    await expectNoAxeViolations(page);
    await page.getByRole('row').filter({ hasText: email }).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirmez votre inscription aux courriels de l’Observatoire ESS');
    await expect(page.getByText('List-Unsubscribe=One-Click')).toBeVisible();
    await expectNoAxeViolations(page);
    const confirmLink = page.getByRole('link', { name: /\/lettre-d-information\/confirmer\?jeton=/ });
    const confirmUrl = (await confirmLink.getAttribute('href'))!;
    const unsubscribeUrl = (await page.getByRole('link', { name: /\/lettre-d-information\/desinscription\?jeton=/ }).getAttribute('href'))!;

    await confirmLink.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirmer votre inscription');
    await expectNoAxeViolations(page);
    // Opening the link confirms nothing (mail scanners open links): the button does.
    expect((await db.newsletterSubscription.findUniqueOrThrow({ where: { email } })).confirmedAt).toBeNull();
    await page.getByRole('button', { name: 'Confirmer mon inscription' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inscription confirmée');
    expect((await db.newsletterSubscription.findUniqueOrThrow({ where: { email } })).confirmedAt).not.toBeNull();

    // Used once: the same link now gets a clear page, with its status.
    const reused = await page.goto(confirmUrl);
    expect(reused?.status()).toBe(410);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lien déjà utilisé');
    await expectNoAxeViolations(page);
    const tampered = await page.goto(confirmUrl.replace(/jeton=([^.]+)\.([^.]+)/, (_, purpose, id) => `jeton=${purpose}.${id}x`));
    expect(tampered?.status()).toBe(400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lien invalide');

    await page.goto('/admin/abonnes');
    await expect(page.getByRole('table')).toContainText(email);
    await expectNoAxeViolations(page);
    const csv = await page.request.get('/admin/abonnes/export.csv');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain(`${email};Groupes de travail;`);

    await page.goto(unsubscribeUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Se désinscrire');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Me désinscrire' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Désinscription effectuée');
    expect(await db.newsletterSubscription.count({ where: { email } })).toBe(0);
    const again = await page.goto(unsubscribeUrl);
    expect(again?.status()).toBe(410);
    await page.goto('/admin/abonnes');
    await expect(page.getByText(email)).toHaveCount(0);
  });

  test('désinscription en un clic (RFC 8058) depuis un client de messagerie, sans cookie', async ({ page, playwright, db }) => {
    const email = uniqueEmail('un-clic');
    await subscribe(page, email);
    const stored = await db.storedEmail.findFirstOrThrow({ where: { to: email } });
    const header = (stored.headers as Record<string, string>)['List-Unsubscribe']!;
    expect((stored.headers as Record<string, string>)['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const url = /^<(.+)>$/.exec(header)![1]!;
    const mailClient = await playwright.request.newContext({ extraHTTPHeaders: { Origin: 'https://webmail.exemple.net' } });
    const response = await mailClient.post(url, { form: { 'List-Unsubscribe': 'One-Click' } });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('Désinscription effectuée');
    expect(await db.newsletterSubscription.count({ where: { email } })).toBe(0);
    await mailClient.dispose();
  });

  test('le même message, que l’adresse soit déjà inscrite ou non, et le pot de miel n’inscrit personne', async ({ page, db }) => {
    const email = uniqueEmail('deja');
    await subscribe(page, email);
    await subscribe(page, email);
    expect(await db.newsletterSubscription.count({ where: { email } })).toBe(1);

    const robot = uniqueEmail('robot');
    await page.goto('/lettre-d-information');
    await page.getByLabel('Adresse e-mail', { exact: true }).fill(robot);
    await page.getByLabel('Actualités de l’observatoire').check();
    await page.getByLabel(/J’accepte que l’Observatoire/).check();
    await page.locator('input[name="site_web"]').fill('https://spam.example');
    await page.getByRole('button', { name: 'M’inscrire' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Merci.' })).toBeVisible();
    expect(await db.newsletterSubscription.count({ where: { email: robot } })).toBe(0);
    expect(await db.storedEmail.count({ where: { to: robot } })).toBe(0);
  });
});

test('une publication mise en ligne atteint une fois chaque abonné·e de sa liste, même republiée', async ({ page, createUser, db }) => {
  const email = uniqueEmail('alerte');
  await db.newsletterSubscription.create({
    data: { email, emailHash: `e2e-${email}`, lists: ['OBSERVATORY_NEWS'], consentAt: new Date(), confirmedAt: new Date(), unsubscribeNonce: randomBytes(8).toString('hex') },
  });
  const editor = await createUser({ role: 'EDITOR' });
  await signIn(page, editor);
  await expect(page).toHaveURL(/\/admin$/);
  const title = `Étude sur les alertes ${randomBytes(3).toString('hex')}`;
  await page.goto('/admin/contenus/publications/nouveau');
  await page.getByLabel('Titre (obligatoire)', { exact: true }).fill(title);
  await page.getByLabel('État (obligatoire)', { exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const alerts = () => db.storedEmail.findMany({ where: { to: email }, select: { subject: true, text: true } });
  await expect.poll(async () => (await alerts()).length, { timeout: 15_000 }).toBe(1);
  expect((await alerts())[0]!.subject).toBe(`Nouvelle publication : ${title}`);

  // A correction republished alerts nobody again.
  await page.getByLabel('Titre (obligatoire)', { exact: true }).fill(`${title} (corrigée)`);
  await page.getByRole('button', { name: 'Publier les modifications' }).click();
  await expect(page.getByRole('status')).toContainText('Fiche publiée');
  // Give the after-publish run time to (not) send anything.
  await page.waitForTimeout(2_000);
  expect(await alerts()).toHaveLength(1);
  await db.newsletterSubscription.deleteMany({ where: { email } });
});

test('les abonné·es et les courriels sont réservés aux admins', async ({ page, createUser }) => {
  const editor = await createUser({ role: 'EDITOR' });
  await signIn(page, editor);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Abonnés' })).toHaveCount(0);
  for (const path of ['/admin/abonnes', '/admin/courriels', '/admin/abonnes/export.csv']) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(403);
  }
});

// The SMTP path: a loopback SMTP server started here, and a second portal server
// from the same build and database, with SMTP_URL pointing at it.
test.describe('lettre d’information par SMTP', () => {
  const port = 3315;
  const base = `http://127.0.0.1:${port}`;
  const received: string[] = [];
  let smtp: SMTPServer;
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push(Buffer.concat(chunks).toString('utf8'));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
    server = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
      env: {
        ...process.env,
        DATABASE_URL: e2eDatabaseUrl(),
        DATABASE_EMBEDDED: process.env.E2E_DATABASE_URL ? '0' : '1',
        AUTH_SECRET: await ensureAuthSecret(),
        SITE_URL: base,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: 'ignore',
    });
    await expect.poll(async () => fetch(`${base}/api/sante`).then((r) => r.ok, () => false), { timeout: 60_000 }).toBe(true);
  });

  test.afterAll(async () => {
    server?.kill('SIGTERM');
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  test('inscription, confirmation et désinscription par les courriels reçus', async ({ page, db }) => {
    test.setTimeout(90_000);
    const email = uniqueEmail('smtp');
    await subscribe(page, email, base);
    const find = async () => {
      for (const raw of received) {
        const parsed = await simpleParser(raw);
        if (parsed.to && JSON.stringify(parsed.to).includes(email)) return { parsed, raw };
      }
      return null;
    };
    await expect.poll(async () => Boolean(await find()), { timeout: 15_000 }).toBe(true);
    const { parsed, raw } = (await find())!;
    expect(await db.storedEmail.count({ where: { to: email } })).toBe(0);
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const confirmUrl = new RegExp(`${base}/lettre-d-information/confirmer\\?jeton=[A-Za-z0-9._-]+`).exec(parsed.text ?? '')![0];
    const unsubscribeUrl = new RegExp(`${base}/lettre-d-information/desinscription\\?jeton=[A-Za-z0-9._-]+`).exec(parsed.text ?? '')![0];
    expect(raw.replace(/\r?\n[ \t]+/g, ' ')).toContain(`List-Unsubscribe: <${unsubscribeUrl}>`);

    await page.goto(confirmUrl);
    await page.getByRole('button', { name: 'Confirmer mon inscription' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inscription confirmée');
    await page.goto(unsubscribeUrl);
    await page.getByRole('button', { name: 'Me désinscrire' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Désinscription effectuée');
    expect(await db.newsletterSubscription.count({ where: { email } })).toBe(0);
  });
});
