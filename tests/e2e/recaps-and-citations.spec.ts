import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { formatConsultationDate } from '../../lib/figures/citation';
import { slugify } from '../../lib/slug';

// Seeded rows (lib/seed/content.ts, which the browser tests cannot import: it reads JSON).
const WORKING_GROUP_REPORT = {
  title: "2e groupe de travail : les champs d'action des métropoles pour structurer un écosystème ESS et innovation sociale",
  get slug() {
    return slugify(this.title);
  },
};
const MEL_PLAN = { slug: slugify("Plan métropolitain de développement de l'ESS MEL 2015-2020") };
const CISCA = 'cisca';
const ECOSSOLIES = 'les-ecossolies';
const CLARA_SCHMIDT = 'clara-schmidt';
const MAHEL_COPPEY = 'mahel-coppey';
const NICOLAS_DURACKA = 'nicolas-duracka';

const RECAP = `/groupes-de-travail/${WORKING_GROUP_REPORT.slug}`;
const LILLE = 'metropole-europeenne-de-lille';
const NANTES = 'nantes-metropole';

/** Opens "Citer cette page" and returns its text once the browser has put the day in. */
async function pageCitation(page: Page) {
  const details = page.locator('details.page-citation');
  await details.getByText('Citer cette page').click();
  const text = details.locator('p').first();
  await expect(text).toContainText(`consulté le ${formatConsultationDate(new Date())}`);
  return text;
}

test.describe('compte rendu de groupe de travail', () => {
  test('dates, durée de lecture, organisateurs, métropoles liées et focus liés à la métropole, à l’intervenante et aux structures', async ({ page }) => {
    await page.goto(RECAP);
    const header = page.locator('article header');
    await expect(header).toContainText('Publié le 22 mars 2019 · mis à jour le 2 avril 2019 · lecture :');
    await expect(header).toContainText(/lecture : \d+ min/);
    await expect(page.getByRole('definition').filter({ hasText: 'RTES' })).toContainText(/RTES et Avise|Avise et RTES/);
    const participants = page.getByRole('definition').filter({ hasText: 'métropoles participantes' });
    await expect(participants).toContainText('11 métropoles participantes, dont :');
    await expect(participants.getByRole('link', { name: 'Nantes Métropole' })).toHaveAttribute('href', `/metropoles/${NANTES}`);

    const focus = page.getByRole('region', { name: 'Focus présentés' }).getByRole('listitem').filter({ hasText: 'Les Ecossolies et le Prix' });
    await expect(focus.getByRole('link', { name: 'Nantes Métropole' })).toHaveAttribute('href', `/metropoles/${NANTES}`);
    await expect(focus.getByRole('link', { name: 'Mahel Coppey' })).toHaveAttribute('href', `/personnes/${MAHEL_COPPEY}`);
    await expect(focus.getByRole('link', { name: 'Les Ecossolies' })).toHaveAttribute('href', `/structures/${ECOSSOLIES}`);
    const lille = page.getByRole('region', { name: 'Focus présentés' }).getByRole('listitem').filter({ hasText: 'Clara Schmidt' });
    await expect(lille.getByText('Structures citées :')).toBeVisible();
    await expect(lille.getByRole('link', { name: 'Maillage' })).toHaveAttribute('href', '/structures/maillage');

    await expect(page.getByRole('heading', { name: 'Pour aller plus loin' })).toBeVisible();
  });

  test('« Citer cette page » donne l’éditeur, le titre, les dates, le lien permanent et la date de consultation', async ({ page, baseURL }) => {
    await page.goto(RECAP);
    const citation = await pageCitation(page);
    await expect(citation).toHaveText(
      `Observatoire des politiques ESS des métropoles (RTES et Avise), « ${WORKING_GROUP_REPORT.title} », publié le 22 mars 2019, mis à jour le 2 avril 2019. ` +
        `En ligne : ${baseURL}${RECAP} (consulté le ${formatConsultationDate(new Date())}).`,
    );
  });
});

// Seeded entries were published on this portal when the test database was seeded (today): the
// citation dates a page by its first publication here, not by its source's date (lib/history).
const PUBLISHED_TODAY = formatConsultationDate(new Date());

test.describe('liens retour et citations des autres pages', () => {
  test('la structure, la personne et la métropole renvoient au compte rendu, et chacune se cite avec son lien permanent', async ({ page, baseURL }) => {
    await page.goto(`/structures/${CISCA}`);
    const cited = page.getByRole('region', { name: 'Citée dans les groupes de travail' });
    await expect(cited.getByRole('link', { name: WORKING_GROUP_REPORT.title })).toHaveAttribute('href', RECAP);
    await expect(await pageCitation(page)).toContainText(`« CISCA », publié le ${PUBLISHED_TODAY}. En ligne : ${baseURL}/structures/${CISCA} (consulté le`);

    await page.goto(`/personnes/${NICOLAS_DURACKA}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Nicolas Duracka' })).toBeVisible();
    await expect(page.getByText(/coordinateur du CISCA, en 2019/)).toBeVisible();
    const talks = page.getByRole('region', { name: 'Interventions dans les groupes de travail' });
    await expect(talks.getByRole('link', { name: WORKING_GROUP_REPORT.title })).toHaveAttribute('href', RECAP);
    await expect(talks.getByRole('link', { name: 'Clermont Auvergne Métropole' })).toHaveAttribute('href', '/metropoles/clermont-auvergne-metropole');
    await expect(await pageCitation(page)).toContainText(`« Nicolas Duracka », publié le ${PUBLISHED_TODAY}. En ligne : ${baseURL}/personnes/${NICOLAS_DURACKA} (consulté le`);

    await page.goto(`/metropoles/${LILLE}`);
    await expect(page.getByRole('region', { name: 'Groupes de travail' }).getByRole('link', { name: WORKING_GROUP_REPORT.title })).toHaveAttribute('href', RECAP);
    await expect(page.getByRole('link', { name: 'Clara Schmidt' })).toHaveAttribute('href', `/personnes/${CLARA_SCHMIDT}`);
    await expect(await pageCitation(page)).toContainText(`« Métropole européenne de Lille », publié le ${PUBLISHED_TODAY}. En ligne : ${baseURL}/metropoles/${LILLE} (consulté le`);

    await page.goto(`/politiques/${MEL_PLAN.slug}`);
    await expect(await pageCitation(page)).toContainText(`En ligne : ${baseURL}/politiques/${MEL_PLAN.slug} (consulté le`);
  });

  test('la page d’une personne est accessible et sa métropole est liée', async ({ page }) => {
    await page.goto(`/personnes/${MAHEL_COPPEY}`);
    await expect(page.getByRole('definition').getByRole('link', { name: 'Nantes Métropole' }).first()).toHaveAttribute('href', `/metropoles/${NANTES}`);
    await expect(page.getByText('Cette fonction est datée par sa source : elle a pu changer depuis.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('une personne inconnue donne une page introuvable', async ({ page }) => {
    const response = await page.goto('/personnes/personne-inconnue');
    expect(response?.status()).toBe(404);
  });
});

test.describe('impression', () => {
  test('un compte rendu s’imprime sans navigation, avec l’adresse des liens et la citation ouverte', async ({ page }) => {
    await page.goto(RECAP);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
    await expect(page.locator('footer')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' })).toBeHidden();
    // Closed on screen, printed open.
    await expect(page.locator('details.page-citation p').first()).toBeVisible();
    const focusLink = page.getByRole('region', { name: 'Focus présentés' }).getByRole('link', { name: 'Mahel Coppey' });
    expect(await focusLink.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(`" (/personnes/${MAHEL_COPPEY})"`);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
    await expect(page.locator('details.page-citation p').first()).toBeHidden();
  });

  test('un profil s’imprime en gardant chaque chiffre avec sa source, les liens externes suivis de leur adresse', async ({ page }) => {
    await page.goto(`/metropoles/${LILLE}`);
    await page.emulateMedia({ media: 'print' });
    const external = page.locator('main a[href^="http"]').first();
    const href = await external.getAttribute('href');
    expect(href).toMatch(/^https?:\/\//);
    expect(await external.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(`" (${href})"`);
    const card = page.locator('[id^="chiffre-"]').first();
    expect(await card.evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
    for (const button of await page.locator('main button').all()) await expect(button).toBeHidden();
  });
});
