import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, signIn, test, type TestUser } from './auth-fixtures';
import { expectNoAxeViolations } from './fixtures';

// Bad characters (U+0000, other controls, what invalid UTF-8 decodes to) are refused
// on their field with a French message, never a 500 that loses what was typed.

const INVALID = /caractères invalides/;
const NAME = 'Nom (obligatoire)';
const ERROR_PAGE = 'Une erreur est survenue';

function suffix(): string {
  return randomBytes(3).toString('hex');
}

async function signInAs(page: Page, user: TestUser) {
  await signIn(page, user);
  await expect(page).toHaveURL(/\/admin$/);
}

async function fillNewStructure(page: Page, values: { name: string; description: string }) {
  await page.goto('/admin/contenus/structures/nouveau');
  await page.getByLabel(NAME, { exact: true }).fill(values.name);
  await page.getByLabel('Type de structure (obligatoire)', { exact: true }).selectOption({ label: 'Incubateur' });
  await page.getByLabel('Description', { exact: true }).fill(values.description);
  await page.getByLabel('Site web', { exact: true }).fill('https://exemple.org/incubateur');
}

test.describe('bad characters in the editing forms', () => {
  test('a NUL in a name and a control character in a description are refused on their fields, and nothing typed is lost', async ({ page, createUser }) => {
    await signInAs(page, await createUser({ role: 'EDITOR' }));
    const name = `Incubateur\u0000 ${suffix()}`;
    const description = 'Première ligne\nDeuxième\u0007 ligne';
    await fillNewStructure(page, { name, description });
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'Certains champs sont à corriger.' })).toBeVisible();
    const nameField = page.getByLabel(NAME, { exact: true });
    const descriptionField = page.getByLabel('Description', { exact: true });
    await expect(nameField).toHaveAttribute('aria-invalid', 'true');
    await expect(nameField).toHaveAccessibleDescription(INVALID);
    await expect(descriptionField).toHaveAttribute('aria-invalid', 'true');
    await expect(descriptionField).toHaveAccessibleDescription(INVALID);
    await expect(nameField).toHaveValue(name);
    await expect(descriptionField).toHaveValue(description);
    await expect(page.getByLabel('Site web', { exact: true })).toHaveValue('https://exemple.org/incubateur');
    await expect(page.getByRole('heading', { name: ERROR_PAGE })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('the server refuses a NUL the browser did not check, and sends back everything typed', async ({ page, createUser }) => {
    await signInAs(page, await createUser({ role: 'EDITOR' }));
    const marker = `marqueur${suffix()}`;
    await fillNewStructure(page, { name: `Incubateur ${marker}`, description: `Texte ${marker}` });
    // The browser's check passes on clean text; the request is then altered on its way to the server.
    await page.route('**/admin/contenus/structures/nouveau', async (route) => {
      const request = route.request();
      if (request.method() !== 'POST' || !request.headers()['next-action']) return route.continue();
      const body = request.postDataBuffer()!.toString('utf8').replaceAll(marker, `${marker}\u0000`);
      await route.continue({ postData: Buffer.from(body, 'utf8') });
    });
    const answered = page.waitForResponse((response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action']));
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    expect((await answered).status()).toBe(200);

    const nameField = page.getByLabel(NAME, { exact: true });
    await expect(nameField).toHaveAccessibleDescription(INVALID);
    await expect(page.getByLabel('Description', { exact: true })).toHaveAccessibleDescription(INVALID);
    await expect(nameField).toHaveValue(`Incubateur ${marker}\u0000`);
    await expect(page.getByLabel('Description', { exact: true })).toHaveValue(`Texte ${marker}\u0000`);
    await expect(page.getByLabel('Site web', { exact: true })).toHaveValue('https://exemple.org/incubateur');
    await expect(page.getByRole('heading', { name: ERROR_PAGE })).toHaveCount(0);
  });
});

test.describe('bad characters in the lists’ query parameters', () => {
  for (const query of ['q=%00', 'q=%C3%28', 'q=%FF', 'q=ab%01cd', 'kind=%00', 'statut=%00PUBLISHED', 'tri=%00', 'page=%00']) {
    test(`the support structures list renders with ?${query}`, async ({ page, createUser }) => {
      await signInAs(page, await createUser({ role: 'EDITOR' }));
      const response = await page.goto(`/admin/contenus/structures?${query}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: 'Structures d’accompagnement' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'ignoré' })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Structures d’accompagnement' })).toBeVisible();
      await expect(page.getByRole('heading', { name: ERROR_PAGE })).toHaveCount(0);
    });
  }

  test('an unknown confirmation key in the address shows no message and no error', async ({ page, createUser }) => {
    await signInAs(page, await createUser({ role: 'EDITOR' }));
    const response = await page.goto('/admin/contenus/structures?message=constructor&nombre=2');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Structures d’accompagnement' })).toBeVisible();
    await expect(page.getByRole('heading', { name: ERROR_PAGE })).toHaveCount(0);
  });

  test('the journal renders with control characters and invalid UTF-8 in its filters', async ({ page, createUser }) => {
    await signInAs(page, await createUser({ role: 'ADMIN' }));
    const response = await page.goto('/admin/journal?action=%00&actorId=%FF&entityType=User%01&from=%C3%28');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Filtres ignorés car invalides' })).toContainText('action');
    await expect(page.getByRole('heading', { name: ERROR_PAGE })).toHaveCount(0);
  });
});
