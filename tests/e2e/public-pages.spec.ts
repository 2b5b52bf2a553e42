import { expect, expectNoAxeViolations, test } from './fixtures';
import { METROPOLIS_DEFINITIONS } from '../../lib/seed/metropolises';
import { slugify } from '../../lib/slug';

const NBSP = /[\u00a0\u202f ]/.source;
const money768200 = new RegExp(`768${NBSP}200${NBSP}€`);
const percent43 = new RegExp(`43${NBSP}%`);

test.describe('pages publiques', () => {
  test('accueil : chiffres clés sourcés, carte et derniers comptes rendus', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main')).toContainText('22');
    await expect(page.locator('main')).toContainText(/15/);
    await expect(page.locator('main')).toContainText(/RTES/);
    await expect(page.locator('main')).toContainText(/Source/);
    await expect(page.getByRole('link', { name: /groupe de travail/i }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('annuaire : les 22 métropoles', async ({ page }) => {
    await page.goto('/metropoles');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const main = page.locator('main');
    for (const name of ['Nantes Métropole', 'Métropole européenne de Lille', 'Clermont Auvergne Métropole', 'Brest Métropole', 'Métropole du Grand Paris']) {
      await expect(main.getByRole('link', { name, exact: true }).first()).toBeVisible();
    }
    const hrefs = await main.locator('a[href^="/metropoles/"]').evaluateAll((links) =>
      [...new Set(links.map((link) => link.getAttribute('href')))],
    );
    // Other browser tests publish métropoles of their own in parallel: check the 22 real ones are all there.
    const seeded = METROPOLIS_DEFINITIONS.map((metropolis) => `/metropoles/${slugify(metropolis.officialName)}`);
    expect(seeded).toHaveLength(22);
    expect(hrefs).toEqual(expect.arrayContaining(seeded));
    await expectNoAxeViolations(page);
  });

  test('profil de la MEL : plan, appel à projets et chiffres avec leur source', async ({ page }) => {
    await page.goto('/metropoles/metropole-europeenne-de-lille');
    await expect(page.getByRole('heading', { level: 1, name: /Métropole européenne de Lille/ })).toBeVisible();
    const main = page.locator('main');
    await expect(main).toContainText('Entreprendre autrement');
    await expect(main).toContainText(/\b62\b/);
    await expect(main).toContainText(money768200);
    await expect(main).toContainText(percent43);
    await expect(main).toContainText(/Source\s*:\s*Avise/);
    await expect(main).toContainText(/1[\u00a0\u202f ]204[\u00a0\u202f ]796[\u00a0 ]hab\. \(INSEE, populations légales, millésime 2026\)/);
    await expect(main.getByRole('link', { name: /Plan métropolitain de développement de l.ESS/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('profil sans politique enregistrée : le dit honnêtement', async ({ page }) => {
    await page.goto('/metropoles/metropole-nice-cote-d-azur');
    await expect(page.getByRole('heading', { level: 1, name: /Métropole Nice Côte d'Azur/ })).toBeVisible();
    await expect(page.locator('main')).toContainText(/aucune donnée publiée/i);
    await expectNoAxeViolations(page);
  });

  test('profil de Nantes : élue, Ecossolies et prix', async ({ page }) => {
    await page.goto('/metropoles/nantes-metropole');
    const main = page.locator('main');
    await expect(main).toContainText('Mahel Coppey');
    await expect(main).toContainText(/Ecossolies/);
    await expect(main).toContainText(/Prix de l.innovation sociale/);
  });

  test('plan de politique : période, leviers et source', async ({ page }) => {
    await page.goto('/metropoles/metropole-europeenne-de-lille');
    await page.locator('main').getByRole('link', { name: /Plan métropolitain de développement de l.ESS/ }).first().click();
    await expect(page).toHaveURL(/\/politiques\//);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Plan métropolitain/);
    const main = page.locator('main');
    await expect(main).toContainText('2015');
    await expect(main).toContainText('2020');
    await expect(main).toContainText(/Source/);
    await expect(main.getByRole('link', { name: /Métropole européenne de Lille/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('structures : liste et fiche avec chiffre sourcé', async ({ page }) => {
    await page.goto('/structures');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const name of ['CISCA', 'Les Ecossolies', 'BGE']) {
      await expect(page.locator('main').getByRole('link', { name: new RegExp(name) }).first()).toBeVisible();
    }
    await expectNoAxeViolations(page);
    await page.locator('main').getByRole('link', { name: /Les Ecossolies/ }).first().click();
    await expect(page).toHaveURL(/\/structures\//);
    const main = page.locator('main');
    await expect(main).toContainText(/plus de 600/i);
    await expect(main).toContainText(/2006/);
    await expect(main.getByRole('link', { name: /Nantes Métropole/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('compte rendu du 2e groupe de travail', async ({ page }) => {
    await page.goto('/groupes-de-travail');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.locator('main').getByRole('link', { name: /^2e groupe de travail/i }).first().click();
    await expect(page).toHaveURL(/\/groupes-de-travail\/.+/);
    const main = page.locator('main');
    await expect(main).toContainText('5 mars 2019');
    await expect(main).toContainText(/11 métropoles/);
    await expect(main).toContainText('22 mars 2019');
    await expect(main).toContainText('2 avril 2019');
    await expect(main).toContainText(/min/);
    for (const [name, slug] of [
      ['Métropole européenne de Lille', 'metropole-europeenne-de-lille'],
      ['Nantes Métropole', 'nantes-metropole'],
      ['Clermont Auvergne Métropole', 'clermont-auvergne-metropole'],
    ] as const) {
      await expect(main.locator(`a[href="/metropoles/${slug}"]`).first()).toBeVisible();
      await expect(main).toContainText(name);
    }
    for (const speaker of ['Clara Schmidt', 'Mahel Coppey', 'Nicolas Duracka']) await expect(main).toContainText(speaker);
    await expect(main).toContainText(/juillet 2019/);
    await expectNoAxeViolations(page);
  });

  test('lien d’évitement vers le contenu', async ({ page }) => {
    await page.goto('/metropoles');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: /aller au contenu/i });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#contenu$/);
  });
});

test.describe('erreurs', () => {
  for (const path of ['/metropoles/inconnue', '/politiques/inconnue', '/structures/inconnue', '/groupes-de-travail/inconnu', '/page-qui-n-existe-pas']) {
    test(`404 en français pour ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(/introuvable/i);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('santé', () => {
  test('/api/sante répond 200 avec la base joignable', async ({ request }) => {
    const response = await request.get('/api/sante');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toContain('no-store');
    expect(await response.json()).toMatchObject({ statut: 'ok', baseDeDonnees: 'ok' });
  });

  test('en-têtes de sécurité, sans X-Powered-By', async ({ request }) => {
    const response = await request.get('/');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['x-powered-by']).toBeUndefined();
  });
});
