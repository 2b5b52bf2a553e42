import { expect, signIn, test } from './auth-fixtures';
import { captureServerAction, dropAbortNoise } from './server-action-replay';

// A lower role replaying a real admin server-action request: the server itself
// must refuse it and change nothing (hiding the button is not authorization).
test('un appel forgé à une action réservée aux admins est refusé et ne change rien', async ({ browser, page, createUser, db, baseURL, consoleErrors }) => {
  const admin = await createUser({ role: 'ADMIN' });
  const editor = await createUser({ role: 'EDITOR' });
  const target = await createUser({ role: 'CONTRIBUTOR' });

  await signIn(page, admin, `/admin/utilisateurs/${target.id}`);
  await expect(page.getByRole('button', { name: 'Changer le rôle' })).toBeVisible();

  // Capture the admin's genuine request, and stop it before it reaches the server.
  const replay = await captureServerAction(page, baseURL!, async () => {
    await page.getByRole('combobox', { name: 'Rôle' }).selectOption('ADMIN');
    await page.getByRole('button', { name: 'Changer le rôle' }).click();
  });

  const editorContext = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '10.98.0.1' } });
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, editor);
  await expect(editorPage).toHaveURL(/\/admin$/);

  const before = await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { role: true, version: true } });
  const refused = await replay(editorPage.request);
  expect(refused.status()).toBe(403);
  const after = await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { role: true, version: true } });
  expect(after).toEqual(before);
  expect(after.role).toBe('CONTRIBUTOR');
  await expect
    .poll(() => db.auditEvent.count({ where: { action: 'authorization.refused', actorId: editor.id } }))
    .toBeGreaterThan(0);
  await editorContext.close();

  // The same request from the admin does go through: the forgery above was well-formed.
  const accepted = await replay(page.request);
  expect(accepted.status()).toBe(200);
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe('ADMIN');

  // The abort above surfaces in the admin's page as a failed request: expected here.
  expect(await dropAbortNoise(page, consoleErrors)).toBe(true);
});
