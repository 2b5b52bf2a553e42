import { expect, signIn, test } from './auth-fixtures';

test.describe('connexion du personnel', () => {
  test('un visiteur anonyme est envoyé vers la connexion, puis ramené à la page demandée', async ({ page, createUser }) => {
    const editor = await createUser({ role: 'EDITOR' });
    await page.goto('/admin/profil');
    await expect(page).toHaveURL(/\/connexion\?retour=%2Fadmin%2Fprofil/);
    await page.getByLabel('Adresse e-mail').fill(editor.email);
    await page.getByLabel('Mot de passe').fill(editor.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page).toHaveURL(/\/admin\/profil$/);
    await expect(page.getByRole('banner')).toContainText(editor.name);
  });

  test('connexion puis déconnexion', async ({ page, createUser }) => {
    const editor = await createUser({ role: 'EDITOR' });
    await signIn(page, editor);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('navigation', { name: 'Administration' })).toBeVisible();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page).toHaveURL(/\/connexion\?motif=deconnexion/);
    await expect(page.getByRole('status')).toContainText('Vous êtes déconnecté');
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/connexion/);
  });

  test('une session copiée avant la déconnexion ne fonctionne plus après', async ({ browser, page, createUser }) => {
    const editor = await createUser({ role: 'EDITOR' });
    await signIn(page, editor);
    await expect(page).toHaveURL(/\/admin$/);
    const copiedCookies = await page.context().cookies();
    const sessionCookie = copiedCookies.find((cookie) => cookie.name.includes('authjs.session-token'));
    expect(sessionCookie, 'cookie de session').toBeDefined();
    expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page).toHaveURL(/\/connexion\?motif=deconnexion/);

    const thief = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '10.99.0.1' } });
    await thief.addCookies(copiedCookies);
    const stolen = await thief.newPage();
    await stolen.goto('/admin');
    await expect(stolen).toHaveURL(/\/connexion/);
    await expect(stolen.getByRole('navigation', { name: 'Administration' })).toHaveCount(0);
    await thief.close();
  });

  test('mauvais mot de passe et compte inconnu : même message, e-mail conservé', async ({ page, createUser }) => {
    const editor = await createUser({ role: 'EDITOR' });
    await signIn(page, { email: editor.email, password: 'ceci n’est pas le bon mot de passe' });
    const alert = page.locator('main').getByRole('alert');
    await expect(alert).toHaveText('Adresse e-mail ou mot de passe incorrect.');
    await expect(page.getByLabel('Adresse e-mail')).toHaveValue(editor.email);

    await signIn(page, { email: 'personne-inconnue@exemple.test', password: 'ceci n’est pas le bon mot de passe' });
    await expect(page.locator('main').getByRole('alert')).toHaveText('Adresse e-mail ou mot de passe incorrect.');
    await expect(page).toHaveURL(/\/connexion/);
  });

  test('un champ vide est signalé en français sur le champ', async ({ page }) => {
    await page.goto('/connexion');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByLabel('Adresse e-mail')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#email-error')).toContainText('Saisissez votre adresse e-mail.');
    await expect(page.locator('#password-error')).toContainText('Saisissez votre mot de passe.');
  });

  test('après 5 échecs, le compte est bloqué même avec le bon mot de passe', async ({ page, createUser, db }) => {
    const editor = await createUser({ role: 'EDITOR' });
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await signIn(page, { email: editor.email, password: `mauvais essai numéro ${attempt}` });
      await expect(page.locator('main').getByRole('alert')).not.toBeEmpty();
    }
    await expect(page.locator('main').getByRole('alert')).toContainText('Trop de tentatives');
    await signIn(page, editor);
    await expect(page.locator('main').getByRole('alert')).toContainText('Trop de tentatives');
    await expect(page).toHaveURL(/\/connexion/);
    // Held back for this account from this address (and this browser, which never signed in to it)...
    const blocked = await db.signInThrottle.findFirst({ where: { key: { startsWith: 'email-ip:', endsWith: `|${editor.email}` } } });
    expect(blocked?.blockedUntil?.getTime()).toBeGreaterThan(Date.now());
    // ...but five guesses from one place do not lock the account everywhere.
    const account = await db.signInThrottle.findUnique({ where: { key: `email:${editor.email}` } });
    expect(account?.blockedUntil ?? null).toBeNull();
  });

  test('un compte désactivé est refusé, et sa session ouverte prend fin', async ({ page, createUser, db }) => {
    const editor = await createUser({ role: 'EDITOR' });
    await signIn(page, editor);
    await expect(page).toHaveURL(/\/admin$/);
    await db.user.update({ where: { id: editor.id }, data: { disabledAt: new Date(), sessionVersion: { increment: 1 } } });
    await page.goto('/admin/profil');
    await expect(page).toHaveURL(/\/connexion/);
    await signIn(page, editor);
    await expect(page.locator('main').getByRole('alert')).toHaveText('Adresse e-mail ou mot de passe incorrect.');
  });

  test('un navigateur déjà connecté à un compte attaqué ailleurs se connecte encore (cookie d’appareil)', async ({ browser, page, createUser, db }) => {
    const editor = await createUser({ role: 'EDITOR' });
    await signIn(page, editor);
    await expect(page).toHaveURL(/\/admin$/);
    const device = (await page.context().cookies()).find((cookie) => /appareil/.test(cookie.name));
    expect(device, 'cookie d’appareil').toBeDefined();
    expect(device).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(device!.expires * 1000).toBeGreaterThan(Date.now() + 90 * 24 * 3600 * 1000);
    expect(device!.value).not.toContain(editor.password);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page).toHaveURL(/\/connexion\?motif=deconnexion/);

    // Guessing from many addresses has blocked the account for browsers it does not know.
    const held = { failureCount: 40, windowStartedAt: new Date(), lastFailureAt: new Date(), blockedUntil: new Date(Date.now() + 30 * 60_000) };
    await db.signInThrottle.upsert({ where: { key: `email:${editor.email}` }, create: { key: `email:${editor.email}`, ...held }, update: held });
    const stranger = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '10.97.0.7' } });
    const strangerPage = await stranger.newPage();
    await signIn(strangerPage, editor);
    await expect(strangerPage.locator('main').getByRole('alert')).toContainText('Trop de tentatives');
    await stranger.close();

    await signIn(page, editor);
    await expect(page).toHaveURL(/\/admin$/);
  });

  test('la page de connexion est accessible', async ({ page }) => {
    await page.goto('/connexion');
    const { expectNoAxeViolations } = await import('./fixtures');
    await expectNoAxeViolations(page);
  });
});

test('le point d’entrée HTTP de connexion répond 429 pendant un blocage', async ({ request, db, baseURL }) => {
  const email = `bloque-${Date.now()}@exemple.test`;
  await db.signInThrottle.create({
    data: { key: `email:${email}`, failureCount: 5, windowStartedAt: new Date(), blockedUntil: new Date(Date.now() + 60_000) },
  });
  const response = await request.post('/api/auth/callback/credentials', {
    headers: { Origin: baseURL! },
    form: { email, password: 'peu importe' },
  });
  expect(response.status()).toBe(429);
  expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
  expect(await response.json()).toMatchObject({ erreur: expect.stringContaining('Trop de tentatives') });
});

test.describe('requêtes d’une autre origine', () => {
  for (const origin of ['https://malveillant.example', 'null']) {
    test(`le point d’entrée d’authentification refuse Origin: ${origin}`, async ({ request }) => {
      const response = await request.post('/api/auth/callback/credentials', {
        headers: { Origin: origin, 'Sec-Fetch-Site': 'cross-site' },
        form: { email: 'x@exemple.test', password: 'x' },
      });
      expect(response.status()).toBe(403);
    });
  }
});
