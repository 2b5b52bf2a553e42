import { expect, signIn, test } from './auth-fixtures';
import { expectNoAxeViolations } from './fixtures';

const NBSP = /[\u00a0\u202f ]/.source;

/** The card (or list item) holding a text, to check what it says next to it. */
function cardWith(page: import('@playwright/test').Page, text: RegExp) {
  return page.locator('main li').filter({ hasText: text }).last();
}

test.describe('profils documentés depuis les faits sourcés', () => {
  test('Rouen : son plan 2022-2026 et son budget ESS annuel, avec la source du RTES', async ({ page }) => {
    await page.goto('/metropoles/metropole-rouen-normandie');
    const main = page.locator('main');
    const plan = main.locator('section[aria-labelledby="plans"] li').filter({ has: page.getByRole('link', { name: "Plan de développement de l'ESS 2022-2026" }) });
    await expect(plan).toContainText('2022-2026');
    await expect(plan).toContainText('statut : en vigueur');
    const budget = cardWith(page, new RegExp(`170${NBSP}000${NBSP}€`));
    await expect(budget).toContainText(/Budget annuel consacré à l'ESS/);
    await expect(budget).toContainText(/Source : RTES/);
    await expect(budget.getByRole('link', { name: 'Métropole Rouen Normandie' })).toHaveAttribute('href', 'https://rtes.fr/metropole-rouen-normandie');
    await expect(main).toContainText(/Membre du RTES\s*Oui, en 2018/);
    await expectNoAxeViolations(page);
  });

  test('Grenoble : le plan 2016-2020 est terminé, ici comme sur sa page', async ({ page }) => {
    await page.goto('/metropoles/grenoble-alpes-metropole');
    const link = page.getByRole('link', { name: "Plan de développement de l'ESS (PDESS) 2016-2020" });
    await expect(page.locator('section[aria-labelledby="plans"] li').filter({ has: link })).toContainText('statut : terminé');
    // The 2009-2013 orientations rest on a document mirror: a draft, not shown.
    await expect(page.locator('main')).not.toContainText('2009-2013');
    await link.click();
    await expect(page).toHaveURL(/\/politiques\/plan-de-developpement-de-l-ess-grenoble-2016-2020$/);
    await expect(page.locator('main')).toContainText('Terminé');
    await expect(page.locator('main')).toContainText(/Source : RTES/);
    await expectNoAxeViolations(page);
  });

  test('un élu est présenté avec l’année et la source qui le citent, jamais comme l’élu actuel', async ({ page }) => {
    await page.goto('/metropoles/saint-etienne-metropole');
    const policy = page.locator('main section[aria-labelledby="politique"]');
    await expect(policy).toContainText(/Siham Labich, [^.]*? en 2022\s*Source : RTES/);
    await expect(policy).toContainText(/Ces fonctions sont datées par leur source/);
    await page.goto('/metropoles/nantes-metropole');
    await expect(page.locator('main')).toContainText(/Mahel Coppey, vice-présidente de Nantes Métropole chargée de l'ESS et de l'économie circulaire en 2019/);
  });

  test('Nice et Tours : aucune donnée publiée', async ({ page }) => {
    for (const slug of ['metropole-nice-cote-d-azur', 'tours-metropole-val-de-loire']) {
      await page.goto(`/metropoles/${slug}`);
      const main = page.locator('main');
      await expect(main).toContainText(/Aucune donnée publiée sur la politique ESS de cette métropole/);
      await expect(main).toContainText('Aucun plan ni stratégie publié pour cette métropole.');
      await expect(main).not.toContainText('Éléments de contexte');
    }
    await expectNoAxeViolations(page);
  });

  test('Metz : des éléments de contexte, présentés comme tels et non comme une politique', async ({ page }) => {
    await page.goto('/metropoles/metz-metropole');
    const main = page.locator('main');
    await expect(main.getByRole('heading', { name: 'Éléments de contexte' })).toBeVisible();
    await expect(main).toContainText(/sans constituer une politique de la métropole/);
    await expect(main).toContainText(/Aucune donnée publiée sur la politique ESS/);
    await page.goto('/metropoles');
    await expect(page.locator('tr').filter({ has: page.getByRole('link', { name: 'Metz Métropole', exact: true }) })).toContainText('Éléments de contexte seulement');
  });

  test('le nombre de métropoles documentées de l’accueil suit les données de l’annuaire', async ({ page }) => {
    // Other tests publish métropoles in parallel: compare the two pages until they show one state of the data.
    await expect
      .poll(
        async () => {
          await page.goto('/metropoles');
          const documented = await page.locator('main tbody tr').filter({ hasText: 'Documentée' }).count();
          await page.goto('/');
          const card = page.locator('main li').filter({ hasText: 'Métropoles dont la politique ESS est documentée ici' });
          const shown = Number((await card.locator('p').first().innerText()).replace(/\D/g, ''));
          return shown === documented ? documented : `accueil ${shown}, annuaire ${documented}`;
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThanOrEqual(14);
  });
});

test.describe('provenance des faits dans l’espace d’administration', () => {
  test('les listes de plans, dispositifs et chiffres montrent l’éditeur et la date de la source, et filtrent les sources à vérifier', async ({ page, createUser }) => {
    const editor = await createUser({ role: 'EDITOR' });
    await signIn(page, editor);
    await expect(page).toHaveURL(/\/admin/);

    await page.goto('/admin/contenus/politiques?q=Rouen');
    const rouen = page.locator('tbody tr').filter({ hasText: "Plan de développement de l'ESS 2022-2026" });
    await expect(rouen).toContainText('Métropole Rouen Normandie');
    await expect(rouen).toContainText('2025');

    await page.goto('/admin/contenus/politiques');
    await page.getByLabel('Source', { exact: true }).selectOption('a-verifier');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(/source=a-verifier/);
    const rows = page.locator('tbody tr');
    await expect(rows.filter({ hasText: "Plan d'actions en faveur de l'ESS 2012-2014" })).toContainText('Source à vérifier');
    await expect(rows.filter({ hasText: "Plan de développement de l'ESS 2022-2026" })).toHaveCount(0);
    for (const row of await rows.all()) await expect(row).toContainText('Source à vérifier');
    await expectNoAxeViolations(page);

    await page.goto('/admin/contenus/chiffres?source=a-verifier');
    await expect(page.locator('tbody tr').first()).toContainText('Source à vérifier');
    await expect(page.locator('tbody tr').first()).toContainText('Brouillon');
    await page.goto('/admin/contenus/dispositifs?source=verifiee&q=Toulouse');
    await expect(page.locator('tbody tr').filter({ hasText: 'Appel à projets Toulouse Impact' })).toContainText(/ToulÉco\s*décembre 2020/);
  });

  test('un brouillon repose sur une source à vérifier : l’éditeur le voit, et la publication est refusée tant qu’elle n’est pas vérifiée', async ({ page, createUser }) => {
    const editor = await createUser({ role: 'EDITOR' });
    await signIn(page, editor);
    await expect(page).toHaveURL(/\/admin/);
    await page.goto('/admin/contenus/politiques?source=a-verifier&q=2012');
    await page.getByRole('link', { name: "Plan d'actions en faveur de l'ESS 2012-2014" }).click();
    const main = page.locator('main');
    await expect(main).toContainText(/Source\s*Antoine Maurice/);
    await expect(main).toContainText(/Source à vérifier : site personnel d'un élu/);
    await expectNoAxeViolations(page);
    await page.locator('section[aria-labelledby="workflow"]').getByRole('button', { name: 'Publier', exact: true }).click();
    await expect(page.locator('section[aria-labelledby="workflow"] [role="alert"]').filter({ hasText: 'Cette source est à vérifier' })).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('etat-fiche')).toHaveText('Brouillon');
  });
});
