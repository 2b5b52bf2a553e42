// These change a site-wide setting, so they run in their own Playwright project,
// after every other spec (playwright.config.ts), one at a time.
import { MFA_REQUIRED_ROLES_SETTING } from '../../lib/auth/session-policy';
import { expect, expectNoAxeViolations } from './fixtures';
import { signIn, test } from './auth-fixtures';
import { enrolFromProfile, setRequiredRoles } from './totp-helpers';


test.describe('double authentification obligatoire', () => {
  test.describe.configure({ mode: 'serial' });

  test('un·e éditeur·rice sans double authentification ne peut ouvrir que son profil, jusqu’à l’activation', async ({ page, createUser, db }) => {
    const account = await createUser({ role: 'EDITOR' });
    const restore = await setRequiredRoles(db, ['EDITOR']);
    try {
      await signIn(page, account);
      await expect(page).toHaveURL(/\/admin\/profil\?obligatoire=1$/);
    } finally {
      await restore();
    }
    await expect(page.getByRole('alert').filter({ hasText: 'Double authentification obligatoire' })).toContainText('Éditeur·rice');

    for (const path of ['/admin', '/admin/journal']) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/admin\/profil\?obligatoire=1$/);
    }

    await enrolFromProfile(page);
    await page.getByRole('link', { name: /J’ai conservé mes codes/ }).click();
    // The session noticed the enrolment: the rest of the administration opens.
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/admin/profil');
    await expect(page.getByRole('alert').filter({ hasText: 'Double authentification obligatoire' })).toHaveCount(0);
  });

  test('un·e administrateur·rice règle les rôles concernés dans les paramètres', async ({ page, createUser, db }) => {
    const editor = await createUser({ role: 'EDITOR' });
    await signIn(page, editor, '/admin/parametres');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accès refusé');

    const admin = await createUser({ role: 'ADMIN' });
    await signIn(page, admin, '/admin/parametres');
    await expect(page).toHaveURL(/\/admin\/parametres$/);
    const group = page.getByRole('group', { name: 'Double authentification obligatoire pour :' });
    for (const label of ['Administrateur·rice', 'Éditeur·rice', 'Contributeur·rice']) await expect(group.getByLabel(label)).toBeVisible();
    await expectNoAxeViolations(page);

    const before = await db.setting.findUnique({ where: { key: MFA_REQUIRED_ROLES_SETTING } });
    try {
      const contributorBox = group.getByLabel('Contributeur·rice');
      const wasChecked = await contributorBox.isChecked();
      await contributorBox.setChecked(!wasChecked);
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await expect(page.getByRole('status')).toContainText('Paramètres enregistrés');
      const saved = await db.setting.findUniqueOrThrow({ where: { key: MFA_REQUIRED_ROLES_SETTING } });
      expect((saved.value as string[]).includes('CONTRIBUTOR')).toBe(!wasChecked);
      const event = await db.auditEvent.findFirst({ where: { action: 'settings.updated', actorId: admin.id } });
      expect(event).not.toBeNull();

      // Put it back through the form too.
      await expect(group.getByLabel('Contributeur·rice')).toBeChecked({ checked: !wasChecked });
      await group.getByLabel('Contributeur·rice').setChecked(wasChecked);
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await expect(page.getByRole('status')).toContainText('Paramètres enregistrés');
      await expect
        .poll(async () => ((await db.setting.findUniqueOrThrow({ where: { key: MFA_REQUIRED_ROLES_SETTING } })).value as string[]).includes('CONTRIBUTOR'))
        .toBe(wasChecked);
    } finally {
      if (before) await db.setting.update({ where: { key: MFA_REQUIRED_ROLES_SETTING }, data: { value: before.value ?? [] } });
      else await db.setting.deleteMany({ where: { key: MFA_REQUIRED_ROLES_SETTING } });
    }
  });
});
