import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { e2eDatabaseUrl, expect, signIn, test } from './auth-fixtures';
import { expectNoAxeViolations } from './fixtures';

// An error nobody planned for, raised by the database itself during a save: the
// person gets a French message and everything typed back, and nothing is saved.
test('an unexpected failure during a save keeps what was typed and saves nothing', async ({ page, createUser, db }) => {
  const marker = `panne-${randomBytes(4).toString('hex')}`;
  const trigger = `e2e_${marker.replace('-', '_')}`;
  // Only names carrying this test's marker fail: other tests running at the same time are not affected.
  // DDL from the test itself, on the portal's database (a plain client: Prisma's raw helpers are for data).
  const admin = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await admin.connect();
  await admin.query(`
    CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW."name" LIKE '%${marker}%' THEN RAISE EXCEPTION 'panne simulée'; END IF;
      RETURN NEW;
    END $$`);
  await admin.query(`CREATE TRIGGER ${trigger} BEFORE INSERT OR UPDATE ON "Theme" FOR EACH ROW EXECUTE FUNCTION ${trigger}()`);
  try {
    const editor = await createUser({ role: 'EDITOR' });
    await signIn(page, editor);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto('/admin/contenus/thematiques/nouveau');
    const name = `Thématique ${marker}`;
    await page.getByLabel('Nom (obligatoire)', { exact: true }).fill(name);
    await page.getByLabel('Description').fill('Une description assez longue, qu’il serait pénible de retaper.');
    const answered = page.waitForResponse((response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action']));
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await answered;

    await expect(page.getByRole('alert').filter({ hasText: 'Une erreur inattendue a empêché l’enregistrement' })).toBeVisible();
    await expect(page.getByLabel('Nom (obligatoire)', { exact: true })).toHaveValue(name);
    await expect(page.getByLabel('Description')).toHaveValue('Une description assez longue, qu’il serait pénible de retaper.');
    await expect(page).toHaveURL(/\/admin\/contenus\/thematiques\/nouveau$/);
    expect(await db.theme.count({ where: { name } })).toBe(0);
    await expectNoAxeViolations(page);
  } finally {
    await admin.query(`DROP TRIGGER IF EXISTS ${trigger} ON "Theme"`);
    await admin.query(`DROP FUNCTION IF EXISTS ${trigger}()`);
    await admin.end();
  }
});
