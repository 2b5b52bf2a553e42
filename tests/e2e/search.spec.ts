import { expect, expectNoAxeViolations, test } from './fixtures';

// Runs on the seeded portal: its 20-odd métropoles and its glossary.

test('the header search box leads to ranked, highlighted results; facets narrow them; pages follow', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('search', { name: 'Recherche sur le site' });
  await box.getByLabel('Rechercher dans l’observatoire').fill('metropoles');
  await box.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/\/recherche\?q=metropoles$/);
  const heading = page.getByRole('heading', { level: 2, name: /résultats? pour « metropoles »/ });
  await expect(heading).toBeVisible();
  const total = Number((await heading.innerText()).match(/^([\d\s\u202f]+) résultat/)![1]!.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(20);
  await expect(page.locator('mark').first()).toHaveText(/^m[ée]tropole/i);
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'Pages de résultats' }).getByRole('link', { name: 'Résultats suivants' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/^Page 2 sur \d+$/)).toBeVisible();

  const types = page.getByRole('navigation', { name: 'Type' });
  const metropolisFacet = types.getByRole('link', { name: /^Métropoles \(\d+\)$/ });
  const count = Number((await metropolisFacet.innerText()).match(/\((\d+)\)/)![1]);
  await metropolisFacet.click();
  await expect(page).toHaveURL(/type=metropoles/);
  await expect(page).not.toHaveURL(/page=/);
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${count} résultats? pour`) })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Type' }).getByRole('link', { name: /^Métropoles/ })).toHaveAttribute('aria-current', 'true');

  const lyon = page.getByRole('navigation', { name: 'Métropole' }).getByRole('link', { name: /Lyon \(\d+\)/ });
  await lyon.click();
  await expect(page).toHaveURL(/metropole=metropole-de-lyon/);
  await expect(page.getByRole('heading', { level: 2, name: /^1 résultat pour/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 }).first()).toContainText('Lyon');
});

test('no results: a helpful page with a spelling suggestion', async ({ page }) => {
  await page.goto('/recherche?q=metroplole%20de%20lyyon');
  await expect(page.getByRole('heading', { name: /Aucun résultat pour « metroplole de lyyon »/ })).toBeVisible();
  const suggestion = page.getByText('Vouliez-vous dire').getByRole('link').first();
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page.getByRole('heading', { level: 2, name: /résultats? pour/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('hostile queries get results or a clear French message, never a 500', async ({ page, request }) => {
  const queries = ['%22%C3%A9conomie', '%26%7C!%3A*()', 'a'.repeat(1000), '%C3%28', '%FF', '%00', "'%3B%20DROP%20TABLE", '%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'le%20la%20les'];
  for (const q of queries) {
    const response = await request.get(`/recherche?q=${q}`);
    expect(response.status(), q.slice(0, 30)).toBeLessThan(500);
    const body = await response.text();
    if (response.status() === 400) expect(body).toMatch(/Recherche non valide/);
    else expect(body).toMatch(/résultat/);
  }
  expect((await request.get(`/recherche?q=${'a'.repeat(1000)}`)).status()).toBe(400);
  expect((await request.get('/recherche?q=%FF')).status()).toBe(400);
  expect((await request.get('/recherche?q=x&type=inconnu')).status()).toBe(400);
  expect((await request.get('/recherche?q=x&page=999')).status()).toBe(400);

  const response = await page.goto('/recherche?q=%C3%28');
  expect(response!.status()).toBe(400);
  await expect(page.getByRole('heading', { name: 'Recherche non valide' })).toBeVisible();
  // Chromium may normalise the escape to U+FFFD before sending it: either message names the encoding.
  await expect(page.getByRole('main').getByRole('listitem').first()).toContainText(/encodage/);
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search, its facets and its pages work', async ({ page }) => {
    await page.goto('/glossaire');
    await page.getByRole('search', { name: 'Recherche sur le site' }).getByLabel('Rechercher dans l’observatoire').fill('economie sociale');
    await page.getByRole('search', { name: 'Recherche sur le site' }).getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL(/\/recherche\?q=economie\+sociale/);
    await expect(page.getByRole('heading', { level: 2, name: /résultats? pour « economie sociale »/ })).toBeVisible();
    await expect(page.locator('mark').first()).toHaveText(/^[ée]conomie$/i);
    await page.getByRole('navigation', { name: 'Type' }).getByRole('link', { name: /^Glossaire \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/type=glossaire/);
    await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
    await page.getByRole('search', { name: 'Rechercher dans l’observatoire' }).getByLabel('Mots recherchés').fill('cooperatives');
    await page.getByRole('search', { name: 'Rechercher dans l’observatoire' }).getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL(/q=cooperatives/);
    await expect(page.locator('mark').first()).toHaveText(/^coop[ée]rati/i);
  });
});
