import { expect, expectNoAxeViolations } from './fixtures';
import { signIn, test } from './auth-fixtures';
import { enrolFromProfile, nextStepCode, startNewSession } from './totp-helpers';

test.describe('double authentification', () => {
  // Accounts here are admins: the serial tests below require a second factor for
  // editors and contributors for a moment, which would divert those roles' sign-in.
  test('activation depuis le profil, puis connexion avec un code TOTP et avec un code de secours (une seule fois)', async ({ page, createUser, db }) => {
    const account = await createUser({ role: 'ADMIN' });
    await signIn(page, account, '/admin/profil');
    await expect(page).toHaveURL(/\/admin\/profil$/);
    await expectNoAxeViolations(page);

    const { secret, recoveryCodes } = await enrolFromProfile(page);
    const row = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(JSON.stringify(row)).not.toContain(secret);
    await startNewSession(page);

    // Password alone now leads to the second step, which asks for the code.
    await signIn(page, account);
    await expect(page.getByLabel('Code de vérification')).toBeVisible();
    await expect(page).toHaveURL(/\/connexion/);
    await page.getByLabel('Code de vérification').fill(await nextStepCode(secret));
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await startNewSession(page);

    await signIn(page, { ...account, code: recoveryCodes[0]!.toUpperCase() });
    await expect(page).toHaveURL(/\/admin$/);
    await startNewSession(page);

    await signIn(page, { ...account, code: recoveryCodes[0]! });
    await expect(page.locator('#code-error')).toContainText('incorrect ou déjà utilisé');
    await expect(page).toHaveURL(/\/connexion/);

    await page.goto('/admin/profil');
    await expect(page).toHaveURL(/\/connexion/);
  });

  test('désactivation et codes de secours demandent le mot de passe actuel', async ({ page, createUser }) => {
    const account = await createUser({ role: 'ADMIN' });
    await signIn(page, account, '/admin/profil');
    await expect(page).toHaveURL(/\/admin\/profil$/);
    const { recoveryCodes } = await enrolFromProfile(page);
    await page.getByRole('link', { name: /J’ai conservé mes codes/ }).click();

    const section = page.getByRole('region', { name: 'Double authentification' });
    await expect(section).toContainText('Codes de secours encore utilisables : 10 sur 10');
    await expectNoAxeViolations(page);

    await section.getByLabel('Mot de passe actuel (pour regénérer les codes)').fill('pas le bon mot de passe');
    await section.getByRole('button', { name: 'Regénérer les codes de secours' }).click();
    await expect(section.locator('#regeneratePassword-error')).toHaveText('Mot de passe actuel incorrect.');

    await section.getByLabel('Mot de passe actuel (pour regénérer les codes)').fill(account.password);
    await section.getByRole('button', { name: 'Regénérer les codes de secours' }).click();
    const renewedItems = section.getByRole('list', { name: 'Codes de secours' }).getByRole('listitem');
    await expect(renewedItems).toHaveCount(10);
    const renewed = await renewedItems.allInnerTexts();
    expect(renewed).not.toContain(recoveryCodes[0]);

    await section.getByLabel('Mot de passe actuel (pour désactiver)').fill(account.password);
    await section.getByRole('button', { name: 'Désactiver' }).click();
    await expect(page).toHaveURL(/\/admin\/profil\?statut=double-authentification-desactivee/);
    await expect(page.getByRole('status')).toHaveText('La double authentification est désactivée.');
    await expect(section.getByRole('button', { name: 'Activer' })).toBeVisible();
  });

  test('changement de mot de passe : mot de passe actuel vérifié, toutes les sessions fermées', async ({ page, createUser }) => {
    const account = await createUser({ role: 'ADMIN' });
    await signIn(page, account, '/admin/profil');
    const section = page.getByRole('region', { name: 'Mot de passe' });
    const newPassword = `${account.password} renouvelée`;

    await section.getByLabel('Mot de passe actuel', { exact: true }).fill('pas le bon mot de passe');
    await section.getByLabel('Nouveau mot de passe', { exact: true }).fill(newPassword);
    await section.getByLabel('Confirmation du nouveau mot de passe').fill(newPassword);
    await section.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await expect(section.locator('#currentPassword-error')).toHaveText('Mot de passe actuel incorrect.');

    await section.getByLabel('Mot de passe actuel', { exact: true }).fill(account.password);
    await section.getByLabel('Nouveau mot de passe', { exact: true }).fill('court');
    await section.getByLabel('Confirmation du nouveau mot de passe').fill('court');
    await section.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await expect(section.locator('#newPassword-error')).toContainText('au moins 15 caractères');

    await section.getByLabel('Mot de passe actuel', { exact: true }).fill(account.password);
    await section.getByLabel('Nouveau mot de passe', { exact: true }).fill(newPassword);
    await section.getByLabel('Confirmation du nouveau mot de passe').fill(newPassword);
    await section.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await expect(page).toHaveURL(/\/connexion\?motif=mot-de-passe/);

    await signIn(page, account);
    await expect(page.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' })).toBeVisible();
    await signIn(page, { ...account, password: newPassword });
    await expect(page).toHaveURL(/\/admin$/);
  });
});
