import { randomBytes } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { METROPOLIS_DEFINITIONS } from '../../lib/seed/metropolises';
import { slugify } from '../../lib/slug';
import { test as dbTest, signIn } from './auth-fixtures';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Other browser tests publish métropoles of their own in parallel: assertions
// name the 22 seeded ones and check that every shown row passes the filter.
const SEEDED_SLUGS = METROPOLIS_DEFINITIONS.map((metropolis) => `/metropoles/${slugify(metropolis.officialName)}`);

const ROUEN = 'Métropole Rouen Normandie';
const GRENOBLE = 'Grenoble-Alpes Métropole';
const NICE = "Métropole Nice Côte d'Azur";

function mapOf(page: Page): Locator {
  return page.getByRole('group', { name: /Siège/ });
}

function directoryTable(page: Page): Locator {
  return page.getByRole('table', { name: /par ordre alphabétique/ });
}

/** The directory's rows as { name, region, rtes, coverage }. */
async function directoryRows(page: Page) {
  return directoryTable(page)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '');
        return { name: row.querySelector('th')?.textContent?.trim() ?? '', region: cells[0], rtes: cells[3], coverage: cells[5] };
      }),
    );
}

async function expectMapLinks(page: Page) {
  const links = mapOf(page).getByRole('link');
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  expect(hrefs).toEqual(expect.arrayContaining(SEEDED_SLUGS));
  expect(new Set(hrefs).size).toBe(hrefs.length);
  await expect(mapOf(page).getByRole('link', { name: `${ROUEN} : plan en vigueur`, exact: true })).toHaveAttribute('href', '/metropoles/metropole-rouen-normandie');
  await expect(mapOf(page).getByRole('link', { name: `${GRENOBLE} : données publiées sans plan en vigueur`, exact: true })).toBeVisible();
  await expect(mapOf(page).getByRole('link', { name: `${NICE} : aucune donnée publiée`, exact: true })).toBeVisible();
  return hrefs;
}

test.describe('carte des métropoles par couverture', () => {
  test('accueil : 22 liens nommés avec leur couverture, une légende de formes, le tableau des mêmes données', async ({ page }) => {
    await page.goto('/');
    const hrefs = await expectMapLinks(page);

    const legend = page.getByRole('list', { name: 'Légende de la carte' });
    await expect(legend.getByRole('listitem')).toHaveText([/^Plan en vigueur \(\d+\)$/, /^Données publiées sans plan en vigueur \(\d+\)$/, /^Aucune donnée publiée \(\d+\)$/]);
    // Each class has its own shape: a disc, a diamond (a path) and a ring.
    const shapes = await legend.locator('svg').evaluateAll((icons) => icons.map((icon) => icon.firstElementChild?.tagName));
    expect(shapes).toEqual(['circle', 'path', 'circle']);
    const fills = await legend.locator('svg > *').evaluateAll((symbols) => symbols.map((symbol) => symbol.getAttribute('fill')));
    expect(new Set(fills).size).toBe(3);

    await page.getByText('Les données de la carte en tableau').click();
    const table = page.getByRole('table', { name: /Les \d+ métropoles de la carte/ });
    await expect(table.locator('tbody tr')).toHaveCount(hrefs.length);
    await expect(table.getByRole('row', { name: new RegExp(`^${ROUEN} Normandie Plan en vigueur$`) })).toBeVisible();
    await expect(table.getByRole('row', { name: new RegExp(`^${GRENOBLE} Auvergne-Rhône-Alpes Données publiées sans plan en vigueur$`) })).toBeVisible();
    await expect(table.getByRole('row', { name: new RegExp(`^${NICE} Provence-Alpes-Côte d'Azur Aucune donnée publiée$`) })).toBeVisible();

    // The legend's counts are those of the points.
    const counts = (await legend.getByRole('listitem').allInnerTexts()).map((text) => Number(/\((\d+)\)/.exec(text)?.[1]));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(hrefs.length);
    await expectNoAxeViolations(page);
  });

  test('chaque point se rejoint au clavier et mène à la fiche', async ({ page }) => {
    await page.goto('/');
    const rouen = mapOf(page).getByRole('link', { name: `${ROUEN} : plan en vigueur` });
    await mapOf(page).getByRole('link').first().focus();
    for (let step = 0; step < 40 && !(await rouen.evaluate((link) => link === document.activeElement)); step++) await page.keyboard.press('Tab');
    await expect(rouen).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/metropoles\/metropole-rouen-normandie$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUEN);
  });

  test('annuaire : la carte, la colonne « Couverture » et le graphique des leviers', async ({ page }) => {
    await page.goto('/metropoles');
    const hrefs = await expectMapLinks(page);
    const rows = await directoryRows(page);
    expect(rows).toHaveLength(hrefs.length);
    expect(rows.find((row) => row.name === ROUEN)?.coverage).toBe('Plan en vigueur');
    expect(rows.find((row) => row.name === GRENOBLE)?.coverage).toBe('Données publiées sans plan en vigueur');
    expect(rows.find((row) => row.name === NICE)).toMatchObject({ coverage: 'Aucune donnée publiée', rtes: 'Non' });

    const chart = page.getByRole('figure', { name: /Métropoles dont un plan publié cite chaque levier/ });
    await expect(chart.getByRole('img')).toBeVisible();
    await chart.getByText(/Données du graphique/).click();
    await expect(chart.getByRole('row', { name: /^Financement \d+ métropoles?$/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('filtres de l’annuaire', () => {
  test('région seule, par le formulaire : adresse sans filtre vide, chaque ligne de la région', async ({ page }) => {
    await page.goto('/metropoles');
    await page.getByLabel('Région', { exact: true }).selectOption('auvergne-rhone-alpes');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(/\/metropoles\?region=auvergne-rhone-alpes$/);
    await expect(page.getByLabel('Région', { exact: true })).toHaveValue('auvergne-rhone-alpes');
    const rows = await directoryRows(page);
    expect(rows.every((row) => row.region === 'Auvergne-Rhône-Alpes')).toBe(true);
    expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining(['Clermont Auvergne Métropole', GRENOBLE, 'Métropole de Lyon', 'Saint-Étienne Métropole']));
    await expect(mapOf(page).getByRole('link')).toHaveCount(rows.length);
    await expect(page.locator('main')).toContainText(/\d+ métropoles correspondent sur \d+/);
    await expectNoAxeViolations(page);
  });

  test('couverture seule et adhésion seule', async ({ page }) => {
    await page.goto('/metropoles?couverture=plan-en-vigueur');
    let rows = await directoryRows(page);
    expect(rows.every((row) => row.coverage === 'Plan en vigueur')).toBe(true);
    expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining([ROUEN, 'Nantes Métropole', 'Clermont Auvergne Métropole']));
    expect(rows.map((row) => row.name)).not.toContain(GRENOBLE);

    await page.goto('/metropoles?rtes=non');
    rows = await directoryRows(page);
    expect(rows.every((row) => row.rtes === 'Non')).toBe(true);
    expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining([NICE, 'Métropole du Grand Paris']));
    expect(rows.map((row) => row.name)).not.toContain(ROUEN);
  });

  test('filtres combinés : une adresse à partager, qui marche sans JavaScript', async ({ page, browser }) => {
    await page.goto('/metropoles');
    await page.getByLabel('Région', { exact: true }).selectOption('provence-alpes-cote-d-azur');
    await page.getByLabel('Couverture', { exact: true }).selectOption('aucune-donnee');
    await page.getByLabel('Membre du RTES', { exact: true }).selectOption('non');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(/\/metropoles\?region=provence-alpes-cote-d-azur&couverture=aucune-donnee&rtes=non$/);
    const shared = page.url();
    const rows = await directoryRows(page);
    expect(rows.map((row) => row.name)).toContain(NICE);
    expect(rows.every((row) => row.region === "Provence-Alpes-Côte d'Azur" && row.coverage === 'Aucune donnée publiée' && row.rtes === 'Non')).toBe(true);

    const withoutScript = await browser.newContext({ javaScriptEnabled: false });
    try {
      const reader = await withoutScript.newPage();
      const response = await reader.goto(shared);
      expect(response?.status()).toBe(200);
      expect(await directoryRows(reader)).toEqual(rows);
      await expect(reader.getByLabel('Couverture', { exact: true })).toHaveValue('aucune-donnee');
      // The form works without a script too, and drops what is left on "toutes".
      await reader.getByLabel('Couverture', { exact: true }).selectOption('');
      await reader.getByLabel('Membre du RTES', { exact: true }).selectOption('');
      await reader.getByRole('button', { name: 'Filtrer' }).click();
      await expect(reader).toHaveURL(/\/metropoles\?region=provence-alpes-cote-d-azur$/);
      expect((await directoryRows(reader)).map((row) => row.name)).toEqual(expect.arrayContaining(["Métropole d'Aix-Marseille-Provence", NICE, 'Métropole Toulon Provence Méditerranée']));
    } finally {
      await withoutScript.close();
    }

    await page.getByRole('link', { name: 'retirer ce filtre' }).nth(1).click();
    await expect(page).toHaveURL(/\/metropoles\?region=provence-alpes-cote-d-azur&rtes=non$/);
  });

  test('une sélection vide le dit et propose d’élargir', async ({ page }) => {
    await page.goto('/metropoles?region=corse');
    await expect(page.locator('main')).toContainText('Aucune métropole ne correspond à ces filtres.');
    await expect(directoryTable(page)).toHaveCount(0);
    await page.getByRole('link', { name: /voyez les \d+ métropoles/ }).click();
    await expect(page).toHaveURL(/\/metropoles$/);
    await expect(mapOf(page).getByRole('link').first()).toBeVisible();
  });

  for (const [query, named] of [
    ['region=atlantide', ['Région']],
    ['couverture=toutes&rtes=peut-etre', ['Couverture', 'Membre du RTES']],
    ['rtes=oui&rtes=non', ['Membre du RTES']],
  ] as const) {
    test(`valeur inconnue (${query}) : 400 et un message en français`, async ({ page }) => {
      const response = await page.goto(`/metropoles?${query}`);
      expect(response?.status()).toBe(400);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Filtre non reconnu');
      await expect(page.locator('main').getByRole('heading', { level: 2 })).toHaveText(named.map((label) => new RegExp(`^${label}`)));
      await expect(page.locator('main')).toContainText('n’a donc pas été filtrée');
      await expectNoAxeViolations(page);
    });
  }

  test('la page d’erreur propose les valeurs acceptées, qui mènent à une liste filtrée', async ({ page }) => {
    await page.goto('/metropoles?region=atlantide');
    await page.getByRole('link', { name: 'Normandie', exact: true }).click();
    await expect(page).toHaveURL(/\/metropoles\?region=normandie$/);
    expect((await directoryRows(page)).map((row) => row.name)).toContain(ROUEN);
  });
});

dbTest.describe('graphique des leviers', () => {
  dbTest('ses chiffres sont ceux des plans publiés de la sélection', async ({ page, db }) => {
    await page.goto('/metropoles?region=hauts-de-france');
    const chart = page.getByRole('figure', { name: /Métropoles dont un plan publié cite chaque levier/ });
    await chart.getByText(/Données du graphique/).click();
    const shown: Record<string, number> = await chart.locator('tbody tr').evaluateAll((rows) =>
      Object.fromEntries(rows.map((row) => [row.querySelector('th')?.textContent ?? '', Number(row.querySelector('td')?.textContent?.replace(/\D/g, ''))])),
    );
    const levers = await db.actionLever.findMany({ where: { status: 'PUBLISHED', deletedAt: null }, select: { name: true, slug: true } });
    const expected: Record<string, number> = {};
    for (const lever of levers) {
      expected[lever.name] = await db.metropolis.count({
        where: {
          status: 'PUBLISHED',
          deletedAt: null,
          region: 'Hauts-de-France',
          policyPlans: { some: { status: 'PUBLISHED', deletedAt: null, levers: { some: { slug: lever.slug } } } },
        },
      });
    }
    expect(shown).toEqual(expected);
    expect(Object.values(shown).some((count) => count > 0)).toBe(true);
  });
});

const required = (label: string) => `${label} (obligatoire)`;

/** Clicks a button that runs a server action and waits for the server's answer. */
async function submit(page: Page, button: Locator) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action']));
  await button.click();
  await answered;
}

dbTest.describe('fraîcheur des listes filtrées', () => {
  dbTest('une publication change aussitôt la carte et les listes filtrées déjà servies', async ({ page, browser, createUser }) => {
    const name = `Ajaccio ${randomBytes(3).toString('hex')}`;
    const official = `Métropole de ${name}`;
    const reader = await (await browser.newContext()).newPage();
    // Served once before the change, so a stale cached page would show.
    await reader.goto('/metropoles?region=corse&couverture=donnees-sans-plan-en-vigueur');
    await reader.goto('/metropoles?region=corse&couverture=plan-en-vigueur');

    await signIn(page, await createUser({ role: 'EDITOR' }));
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto('/admin/contenus/metropoles/nouveau');
    await page.getByLabel(required('Nom officiel'), { exact: true }).fill(official);
    await page.getByLabel(required('Nom court'), { exact: true }).fill(name);
    await page.getByLabel(required('Région'), { exact: true }).fill('Corse');
    await page.getByLabel(required('Ville siège'), { exact: true }).fill('Ajaccio');
    await page.getByLabel(required('Latitude'), { exact: true }).fill('41,93');
    await page.getByLabel(required('Longitude'), { exact: true }).fill('8,74');
    await page.getByLabel('Résumé de la politique ESS').fill(`La politique ESS de ${name} soutient les coopératives.`);
    await submit(page, page.getByRole('button', { name: 'Publier', exact: true }));
    await expect(page.getByRole('status')).toContainText('Fiche publiée');

    await reader.goto('/metropoles?region=corse&couverture=donnees-sans-plan-en-vigueur');
    expect((await directoryRows(reader)).map((row) => row.name)).toContain(official);
    await expect(mapOf(reader).getByRole('link', { name: `${official} : données publiées sans plan en vigueur` })).toBeVisible();

    await page.goto('/admin/contenus/politiques/nouveau');
    await page.getByLabel(required('Intitulé'), { exact: true }).fill(`Plan ESS ${name} 2025-2029`);
    await page.getByLabel(required('Métropole'), { exact: true }).selectOption({ label: official });
    await page.getByLabel(required('Type de document'), { exact: true }).selectOption({ label: 'Plan' });
    await page.getByLabel(required('Année de début'), { exact: true }).fill('2025');
    await page.getByLabel('Année de fin', { exact: true }).fill('2029');
    await page.getByLabel(required('État du plan'), { exact: true }).selectOption({ label: 'En vigueur' });
    await submit(page, page.getByRole('button', { name: 'Publier', exact: true }));
    await expect(page.getByRole('status')).toContainText('Fiche publiée');

    await reader.goto('/metropoles?region=corse&couverture=plan-en-vigueur');
    expect((await directoryRows(reader)).map((row) => row.name)).toContain(official);
    await expect(mapOf(reader).getByRole('link', { name: `${official} : plan en vigueur` })).toBeVisible();
    await reader.goto('/metropoles?region=corse&couverture=donnees-sans-plan-en-vigueur');
    await expect(reader.locator('main')).toContainText('Aucune métropole ne correspond à ces filtres.');
    await reader.context().close();
  });
});

test.describe('cycle de vie des plans', () => {
  test('profil de Nantes : les cinq éditions dans l’ordre, avec période et statut en toutes lettres', async ({ page }) => {
    await page.goto('/metropoles/nantes-metropole');
    const timeline = page.getByRole('region', { name: 'Chronologie des plans' });
    const items = timeline.getByRole('listitem');
    await expect(items).toHaveCount(5);
    await expect(items.nth(0)).toContainText('2006-2008');
    await expect(items.nth(1)).toContainText('2009-2011');
    await expect(items.nth(2)).toContainText('2013-2014');
    await expect(items.nth(3)).toContainText('2015-2020');
    await expect(items.nth(4)).toContainText('2021-2026');
    for (let index = 0; index < 4; index++) await expect(items.nth(index)).toContainText('Statut : terminé');
    await expect(items.nth(4)).toContainText('Statut : en vigueur');
    await expect(items.nth(4)).toContainText('Feuille de route ESS du territoire 2021-2026');
    await expectNoAxeViolations(page);
  });

  test('profil de Clermont : deux éditions, la terminée puis celle en vigueur', async ({ page }) => {
    await page.goto('/metropoles/clermont-auvergne-metropole');
    const items = page.getByRole('region', { name: 'Chronologie des plans' }).getByRole('listitem');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText(/2016-2020.*Statut : terminé/s);
    await expect(items.nth(1)).toContainText(/2022-2026.*Statut : en vigueur/s);
  });

  test('page d’un plan : éditions précédente et suivante, et toute la série', async ({ page }) => {
    await page.goto('/politiques/plan-d-action-ess-nantes-metropole-2013-2014');
    const editions = page.getByRole('region', { name: 'Éditions' });
    await expect(editions.getByText('Édition précédente :')).toContainText('(2009-2011)');
    await expect(editions.getByText('Édition suivante :')).toContainText('(2015-2020)');
    const series = editions.getByRole('list', { name: /Les 5 éditions publiées/ }).getByRole('listitem');
    await expect(series).toHaveCount(5);
    await expect(series.nth(2).locator('[aria-current="page"]')).toContainText('2013-2014');
    await expect(series.nth(4)).toContainText('statut : en vigueur');
    await expectNoAxeViolations(page);

    await editions.getByRole('link', { name: /\(2015-2020\)/ }).first().click();
    await expect(page).toHaveURL(/\/politiques\/feuille-de-route-ess-nantes-metropole-2015-2020$/);
    await expect(page.getByRole('region', { name: 'Éditions' }).getByText('Édition précédente :')).toContainText('(2013-2014)');
  });

  test('page du plan en vigueur de Clermont : une édition précédente, pas de suivante', async ({ page }) => {
    await page.goto('/politiques/plan-ess-clermont-auvergne-metropole-2022-2026');
    const editions = page.getByRole('region', { name: 'Éditions' });
    await expect(editions.getByText('Édition précédente :')).toContainText('(2016-2020)');
    await expect(editions.getByText('Édition suivante :')).toHaveCount(0);
    await expect(editions.getByRole('list', { name: /Les 2 éditions publiées/ }).getByRole('listitem')).toHaveCount(2);
  });
});
