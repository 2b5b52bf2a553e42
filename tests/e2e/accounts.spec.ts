import { randomBytes } from 'node:crypto';
import { expect, signIn, test } from './auth-fixtures';
import { expectNoAxeViolations } from './fixtures';

test.describe('gestion des comptes', () => {
  test('un·e admin crée un compte et voit le mot de passe généré une seule fois', async ({ browser, page, createUser, db }) => {
    const admin = await createUser({ role: 'ADMIN' });
    await signIn(page, admin, '/admin/utilisateurs');
    await expect(page).toHaveURL(/\/admin\/utilisateurs$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Utilisateurs');
    await expect(page.getByRole('table')).toContainText(admin.email);
    await expectNoAxeViolations(page);

    const email = `cree-${randomBytes(4).toString('hex')}@exemple.test`;
    const form = page.getByRole('region', { name: 'Créer un compte' });
    await form.getByLabel('Nom').fill('Nouvelle Rédactrice');
    await form.getByLabel('Adresse e-mail').fill(email.toUpperCase());
    await form.getByLabel('Rôle').selectOption({ label: 'Éditeur·rice' });
    await form.getByRole('button', { name: 'Créer le compte' }).click();

    const status = form.getByRole('status');
    await expect(status).toContainText(`Compte créé pour Nouvelle Rédactrice (${email})`);
    const password = (await status.getByTestId('mot-de-passe-genere').textContent())?.trim() ?? '';
    expect(password).toMatch(/^\w{6}(-\w{6}){3}$/);
    const row = page.getByRole('row').filter({ hasText: email });
    await expect(row).toContainText('Éditeur·rice');
    await expect(row).toContainText('Actif');
    await expect(row).toContainText('Jamais');

    // Shown once: a reload does not show it again.
    await page.reload();
    await expect(page.getByRole('table')).toContainText(email);
    await expect(page.getByText(password)).toHaveCount(0);

    // The generated password works.
    const other = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': `10.98.${randomBytes(1)[0]}.1` } });
    const otherPage = await other.newPage();
    await signIn(otherPage, { email, password });
    await expect(otherPage).toHaveURL(/\/admin$/);
    await other.close();

    const created = await db.user.findUniqueOrThrow({ where: { email } });
    const events = await db.auditEvent.findMany({ where: { entityId: created.id, action: 'user.created' } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.id, details: expect.objectContaining({ via: 'admin', isPasswordGenerated: true }) });
    await db.user.update({ where: { id: created.id }, data: { disabledAt: new Date() } });
  });

  test('une adresse déjà utilisée est signalée sur le champ, sans perdre la saisie', async ({ page, createUser }) => {
    const admin = await createUser({ role: 'ADMIN' });
    const existing = await createUser({ role: 'CONTRIBUTOR' });
    await signIn(page, admin, '/admin/utilisateurs');
    const form = page.getByRole('region', { name: 'Créer un compte' });
    await form.getByLabel('Nom').fill('Doublon');
    await form.getByLabel('Adresse e-mail').fill(existing.email);
    await form.getByLabel('Rôle').selectOption('CONTRIBUTOR');
    await form.getByRole('button', { name: 'Créer le compte' }).click();
    await expect(form.locator('#email-error')).toHaveText('Un compte existe déjà avec cette adresse.');
    await expect(form.getByLabel('Adresse e-mail')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Nom')).toHaveValue('Doublon');
  });

  test('un·e admin change un rôle ; un formulaire périmé reçoit un conflit', async ({ page, createUser }) => {
    const admin = await createUser({ role: 'ADMIN' });
    const editor = await createUser({ role: 'EDITOR' });
    await signIn(page, admin, `/admin/utilisateurs/${editor.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(editor.name);

    // A second tab, opened before the change.
    const stale = await page.context().newPage();
    await stale.goto(`/admin/utilisateurs/${editor.id}`);

    const roleSection = page.getByRole('region', { name: 'Rôle' });
    await roleSection.getByLabel('Rôle').selectOption({ label: 'Contributeur·rice' });
    await roleSection.getByRole('button', { name: 'Changer le rôle' }).click();
    await expect(roleSection.getByRole('status')).toHaveText('Rôle modifié : contributeur·rice.');
    await expect(page.getByRole('definition').filter({ hasText: 'Contributeur·rice' })).toBeVisible();

    const staleRole = stale.getByRole('region', { name: 'Rôle' });
    await staleRole.getByLabel('Rôle').selectOption({ label: 'Administrateur·rice' });
    await staleRole.getByRole('button', { name: 'Changer le rôle' }).click();
    await expect(staleRole.getByRole('alert')).toHaveText('Ce compte a été modifié entre-temps par quelqu’un d’autre : rechargez la page.');
    await stale.reload();
    await expect(stale.getByRole('definition').filter({ hasText: 'Contributeur·rice' })).toBeVisible();
    await stale.close();
  });

  test('un·e admin désactive un compte : sa session ouverte prend fin et il ne peut plus se connecter', async ({ browser, page, createUser, db }) => {
    const admin = await createUser({ role: 'ADMIN' });
    const editor = await createUser({ role: 'EDITOR' });

    const editorContext = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': `10.97.${randomBytes(1)[0]}.1` } });
    const editorPage = await editorContext.newPage();
    await signIn(editorPage, editor);
    await expect(editorPage).toHaveURL(/\/admin$/);

    await signIn(page, admin, `/admin/utilisateurs/${editor.id}`);
    const statusSection = page.getByRole('region', { name: 'Statut du compte' });
    await statusSection.getByRole('button', { name: 'Désactiver le compte' }).click();
    // The confirmation box is required (checked by the browser, then by the server).
    await expect(statusSection.getByRole('status')).toBeEmpty();
    await statusSection.getByLabel('Je confirme la désactivation de ce compte.').check();
    await statusSection.getByRole('button', { name: 'Désactiver le compte' }).click();
    await expect(statusSection.getByRole('status')).toContainText('Compte désactivé');
    await expect(statusSection.getByRole('button', { name: 'Réactiver le compte' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Désactivé' })).toBeVisible();

    await editorPage.goto('/admin');
    await expect(editorPage).toHaveURL(/\/connexion/);
    await signIn(editorPage, editor);
    await expect(editorPage.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' })).toBeVisible();
    await editorContext.close();

    const account = await db.user.findUniqueOrThrow({ where: { id: editor.id }, select: { disabledAt: true, sessionVersion: true } });
    expect(account.disabledAt).not.toBeNull();
    expect(account.sessionVersion).toBeGreaterThan(1);
  });

  test('un·e admin ne peut pas se désactiver soi-même', async ({ page, createUser }) => {
    const admin = await createUser({ role: 'ADMIN' });
    await signIn(page, admin, `/admin/utilisateurs/${admin.id}`);
    const statusSection = page.getByRole('region', { name: 'Statut du compte' });
    await expect(statusSection).toContainText('Vous ne pouvez pas désactiver votre propre compte');
    await expect(statusSection.getByRole('button')).toHaveCount(0);
  });

  test('un·e admin réinitialise un mot de passe, affiché une seule fois', async ({ browser, page, createUser }) => {
    const admin = await createUser({ role: 'ADMIN' });
    const editor = await createUser({ role: 'EDITOR' });
    await signIn(page, admin, `/admin/utilisateurs/${editor.id}`);
    const section = page.getByRole('region', { name: 'Mot de passe' });
    await section.getByLabel('Je confirme la réinitialisation du mot de passe.').check();
    await section.getByRole('button', { name: 'Réinitialiser le mot de passe' }).click();
    const password = (await section.getByTestId('mot-de-passe-genere').textContent())?.trim() ?? '';
    expect(password).toMatch(/^\w{6}(-\w{6}){3}$/);

    const editorContext = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': `10.96.${randomBytes(1)[0]}.1` } });
    const editorPage = await editorContext.newPage();
    await signIn(editorPage, editor);
    await expect(editorPage.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' })).toBeVisible();
    await signIn(editorPage, { email: editor.email, password });
    await expect(editorPage).toHaveURL(/\/admin$/);
    await editorContext.close();
  });
});

test.describe('droits', () => {
  for (const path of ['/admin/utilisateurs', '/admin/journal']) {
    test(`un·e éditeur·rice reçoit la page 403 sur ${path}`, async ({ page, createUser, db }) => {
      const editor = await createUser({ role: 'EDITOR' });
      await signIn(page, editor);
      await expect(page).toHaveURL(/\/admin$/);
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accès refusé');
      await expect(page.getByRole('table')).toHaveCount(0);
      const refusal = await db.auditEvent.findFirst({ where: { actorId: editor.id, action: 'authorization.refused' } });
      expect(refusal).not.toBeNull();
    });
  }

  test('le tableau de bord d’un·e éditeur·rice montre les contenus, pas le journal', async ({ page, createUser }) => {
    const editor = await createUser({ role: 'EDITOR' });
    await signIn(page, editor);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tableau de bord');
    await expect(page.getByRole('table', { name: /par état de publication/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Connexions récentes' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Modifications récentes' })).toHaveCount(0);
  });
});

test.describe('journal', () => {
  test('montre les connexions et filtre par action et par personne', async ({ page, createUser }) => {
    const admin = await createUser({ role: 'ADMIN' });
    await signIn(page, { email: admin.email, password: 'ce n’est pas le bon mot de passe' });
    await expect(page.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' })).toBeVisible();
    await signIn(page, admin);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('heading', { name: 'Connexions récentes' })).toBeVisible();
    await expect(page.getByRole('table', { name: /dernières connexions/ })).toBeVisible();

    await page.goto('/admin/journal');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal');
    await expectNoAxeViolations(page);

    const filters = page.getByRole('form', { name: 'Filtrer le journal' });
    await filters.getByLabel('Personne').selectOption({ label: `${admin.name} (${admin.email})` });
    await filters.getByLabel('Action').selectOption({ label: 'Connexion' });
    await filters.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(/action=auth\.sign_in(&|$)/);
    const table = page.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText('Connexion');
    await expect(table).toContainText(admin.email);

    await filters.getByLabel('Action').selectOption({ label: 'Échec de connexion' });
    await filters.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(/action=auth\.sign_in_failed/);
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('rowheader')).toHaveText(['Échec de connexion']);
    await expect(table).toContainText('"why":"mot de passe"');

    // No edit or delete anywhere in the journal.
    await expect(page.getByRole('button', { name: /supprimer|modifier/i })).toHaveCount(0);
  });

  test('ignore un filtre invalide en le signalant', async ({ page, createUser }) => {
    const admin = await createUser({ role: 'ADMIN' });
    await signIn(page, admin, '/admin/journal?from=2026-02-31&action=auth.sign_in');
    await expect(page.getByRole('status').filter({ hasText: 'Filtres ignorés' })).toContainText('date de début');
    await expect(page.getByRole('form', { name: 'Filtrer le journal' }).getByLabel('Action')).toHaveValue('auth.sign_in');
  });
});
