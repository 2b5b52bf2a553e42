import { randomBytes } from 'node:crypto';
import { expect, signIn, test } from './auth-fixtures';
import { captureServerAction, dropAbortNoise } from './server-action-replay';

// Hiding the "Publier" button is not authorization: the server refuses a
// contributor's replay of an editor's genuine publish request.
test('a contributor replaying an editor’s publish request is refused and nothing goes live', async ({ browser, page, createUser, db, baseURL, consoleErrors }) => {
  const editor = await createUser({ role: 'EDITOR' });
  const contributor = await createUser({ role: 'CONTRIBUTOR' });
  const name = `Thème forgé ${randomBytes(3).toString('hex')}`;

  await signIn(page, editor, '/admin/contenus/thematiques/nouveau');
  await page.getByLabel('Nom (obligatoire)', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByTestId('etat-fiche')).toHaveText('Brouillon');
  const entryPath = new URL(page.url()).pathname;
  const id = entryPath.split('/').pop()!;

  const replay = await captureServerAction(page, baseURL!, () =>
    page.getByRole('region', { name: 'Publication' }).getByRole('button', { name: 'Publier', exact: true }).click(),
  );

  const contributorContext = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '10.97.0.1' } });
  const contributorPage = await contributorContext.newPage();
  await signIn(contributorPage, contributor, entryPath);
  await expect(contributorPage.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(contributorPage.getByRole('button', { name: 'Publier', exact: true })).toHaveCount(0);
  await expect(contributorPage.getByRole('button', { name: 'Mettre à la corbeille' })).toHaveCount(0);

  const refused = await replay(contributorPage.request);
  expect(await refused.text()).toContain('Vous n’avez pas les droits nécessaires');
  expect((await db.theme.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');
  await expect.poll(() => db.auditEvent.count({ where: { action: 'authorization.refused', actorId: contributor.id } })).toBeGreaterThan(0);

  const trash = await contributorPage.request.get('/admin/corbeille');
  expect(trash.status()).toBe(403);
  await contributorContext.close();

  // The same request from the editor goes through: the forgery was well-formed.
  await replay(page.request);
  await expect.poll(async () => (await db.theme.findUniqueOrThrow({ where: { id } })).status).toBe('PUBLISHED');

  await dropAbortNoise(page, consoleErrors);
});
