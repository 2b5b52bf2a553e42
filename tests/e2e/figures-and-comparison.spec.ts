import type { Locator } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { formatConsultationDate } from '../../lib/figures/citation';

const LILLE = 'metropole-europeenne-de-lille';
const NANTES = 'nantes-metropole';
const ROUEN = 'metropole-rouen-normandie';
const MEL_PROJECTS_FIGURE = 'chiffre-seed-figure-mel-projets-finances';
const NBSP = /[\u00a0\u202f ]/.source;

/** The row of a comparison table whose header cell says `header`. */
function rowOf(table: Locator, header: string | RegExp) {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: header }) });
}

test.describe('chiffres que l’on peut citer', () => {
  test('un chiffre déclaré a son ancre et une citation prête à coller, que le bouton copie avec la date du jour', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/metropoles/${LILLE}#${MEL_PROJECTS_FIGURE}`);
    const card = page.locator(`#${MEL_PROJECTS_FIGURE}`);
    await expect(card).toContainText('62');
    await expect(card).toContainText('(2015-2018)');
    await expect(card).toContainText(/Source : Avise/);

    await card.getByText('Citer ce chiffre').click();
    const citation = card.locator('details p').first();
    const today = formatConsultationDate(new Date());
    await expect(citation).toHaveText(
      new RegExp(
        `^Projets financés par l'appel à projets « Entreprendre autrement » : 62 \\(2015-2018\\)\\. Source : Avise, « Le 2e groupe de travail « Métropoles, ESS et innovation sociale » », 22 mars 2019, https://\\S+\\. ` +
          `Cité d’après l’Observatoire des politiques ESS des métropoles \\(RTES et Avise\\), ${baseURL}/metropoles/${LILLE}#${MEL_PROJECTS_FIGURE}, consulté le ${today}\\.$`,
      ),
    );

    await card.getByRole('button', { name: 'Copier la citation' }).click();
    await expect(card.getByRole('status')).toHaveText('Citation copiée dans le presse-papiers.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await citation.innerText());
  });

  test('sans JavaScript, la citation s’ouvre quand même et laisse la date de consultation à compléter', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(`/metropoles/${LILLE}`);
    const card = page.locator(`#${MEL_PROJECTS_FIGURE}`);
    await card.getByText('Citer ce chiffre').click();
    const citation = card.locator('details p').first();
    await expect(citation).toBeVisible();
    await expect(citation).toContainText(`${baseURL}/metropoles/${LILLE}#${MEL_PROJECTS_FIGURE}, consulté le [date de consultation].`);
    await expect(card.getByRole('button', { name: 'Copier la citation' })).toHaveCount(0);
    await context.close();
  });

  test('un chiffre déclaré et les projets enregistrés sont montrés côte à côte, chacun avec son étiquette, et leur écart est dit', async ({ page }) => {
    await page.goto(`/metropoles/${LILLE}`);
    const pair = page.getByRole('group').filter({ has: page.locator(`#${MEL_PROJECTS_FIGURE}`) });
    await expect(pair).toContainText('Chiffre déclaré et projets enregistrés : ils diffèrent');
    await expect(pair).toContainText('Déclaré par la source (Avise)');
    await expect(pair.locator(`#${MEL_PROJECTS_FIGURE}`)).toContainText('62');
    const computed = pair.locator(`#chiffre-calcule-seed-figure-mel-projets-finances-enregistre`);
    await expect(computed).toContainText('Projets enregistrés sur ce portail pour « Entreprendre autrement » (2015-2018)');
    await expect(computed).toContainText(/Calculé (à partir de \d+ projets? enregistrés? \(au \d+(er)? \S+ \d{4}\)|sur ce portail, qui n’enregistre aucun projet)/);
    await expect(pair).toContainText('aucun des deux chiffres ne remplace l’autre');
  });

  test('les chiffres calculés de l’accueil disent comment ils sont calculés et se citent aussi', async ({ page }) => {
    await page.goto('/');
    const card = page.locator('#chiffre-calcule-metropoles-observees');
    await expect(card).toContainText('Métropoles observées');
    await expect(card).toContainText('Calculé à partir des fiches publiées sur ce portail');
    await card.getByText('Citer ce chiffre').click();
    await expect(card.locator('details p').first()).toContainText('Observatoire des politiques ESS des métropoles (RTES et Avise), calculé à partir des fiches publiées sur ce portail');
  });
});

test.describe('comparaison de métropoles', () => {
  test('trois métropoles côte à côte : identité, plans, leviers, dispositifs, projets, chiffres alignés par indicateur', async ({ page }) => {
    const response = await page.goto(`/comparer?m=${LILLE},${NANTES},${ROUEN}`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/Comparaison : MEL, Nantes et Rouen/);
    const main = page.locator('main');

    const identity = main.getByRole('table', { name: 'Identité des métropoles et adhésion au RTES' });
    await expect(identity.getByRole('columnheader')).toHaveText(['Critère', 'MEL', 'Nantes', 'Rouen']);
    await expect(rowOf(identity, 'Population')).toContainText(new RegExp(`1${NBSP}204${NBSP}796`));
    await expect(rowOf(identity, 'Membre du RTES')).toContainText('Oui, en 2018');

    const plans = main.getByRole('table', { name: /Plans et stratégies/ });
    await expect(rowOf(plans, 'Plans en vigueur')).toContainText("Plan de développement de l'ESS 2022-2026");
    await expect(rowOf(plans, 'Plans en vigueur')).toContainText('Aucun plan en vigueur publié.');

    const levers = main.getByRole('table', { name: /Leviers d’action nommés/ });
    await expect(rowOf(levers, 'Financement').getByRole('cell')).toHaveText([/^Oui/, 'Non', /^Oui/]);
    await expect(main.getByRole('img', { name: /Couverture des leviers d’action/ })).toBeVisible();

    await expect(main.getByRole('table', { name: 'Dispositifs de financement publiés' })).toContainText('Entreprendre autrement');
    const projects = main.getByRole('table', { name: 'Projets financés enregistrés sur ce portail' });
    await expect(projects.locator(`#chiffre-calcule-${NANTES}-projets`)).toContainText(/Projets financés enregistrés \(Nantes\)/);

    const shared = main.getByRole('table', { name: /indicateurs communs/ });
    const jobs = rowOf(shared, /^Emplois \(ou salariés\)/);
    await expect(jobs.getByRole('cell').nth(0)).toHaveText('Aucun chiffre publié.');
    await expect(jobs.getByRole('cell').nth(1)).toContainText(new RegExp(`36${NBSP}000`));
    await expect(jobs.getByRole('cell').nth(2)).toContainText(new RegExp(`21${NBSP}300`));
    await expect(jobs.getByRole('cell').nth(2)).toContainText('Source : RTES');
    await expectNoAxeViolations(page);
  });

  test('le formulaire marche sans JavaScript et écrit ?m= dans l’adresse', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/comparer');
    await page.getByRole('checkbox', { name: 'Nantes', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Rouen', exact: true }).check();
    await page.getByRole('button', { name: 'Comparer' }).click();
    await expect(page).toHaveURL(/\/comparer\?m=(nantes-metropole,metropole-rouen-normandie|metropole-rouen-normandie,nantes-metropole)$/);
    await expect(page.getByRole('heading', { name: 'Métropoles comparées', exact: true })).toBeVisible();
    await expect(page.getByRole('table', { name: /Leviers d’action nommés/ })).toBeVisible();
    await context.close();
  });

  test('une sélection refusée répond 400 avec un message en français, jamais 500', async ({ page, request }) => {
    const cases: Array<[string, RegExp]> = [
      [`m=${LILLE},${NANTES},${ROUEN},metropole-de-lyon,bordeaux-metropole`, /au plus quatre métropoles/],
      [`m=${NANTES}`, /au moins deux métropoles/],
      [`m=${NANTES},${NANTES}`, /choisie plusieurs fois/],
      [`m=inconnue,${NANTES}`, /n’est pas publiée sur ce portail/],
      [`m=%3Cscript%3E,${NANTES}`, /n’est pas celui d’une métropole/],
      ['m=', /au moins deux métropoles/],
      ['avec=inconnue', /n’est pas publiée sur ce portail/],
    ];
    for (const [query, message] of cases) {
      const response = await request.get(`/comparer?${query}`);
      expect(response.status(), query).toBe(400);
      const body = await response.text();
      expect(body, query).toMatch(message);
      expect(body, query).not.toContain('<script>,');
    }
    const form = await request.get(`/comparer?m=${NANTES}&m=${ROUEN}`, { maxRedirects: 0 });
    expect(form.status()).toBe(303);
    expect(form.headers()['location']).toMatch(new RegExp(`/comparer\\?m=${NANTES},${ROUEN}$`));

    const response = await page.goto(`/comparer?m=${NANTES},${NANTES}`);
    expect(response?.status()).toBe(400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comparaison impossible');
    await expect(page).toHaveURL(new RegExp(`/comparer\\?m=${NANTES},${NANTES}$`));
    await expect(page.getByRole('group', { name: 'Métropoles à comparer' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('depuis un profil, « Comparer avec… » ouvre la comparaison avec la métropole cochée', async ({ page }) => {
    await page.goto(`/metropoles/${NANTES}`);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: /Comparer avec…/ }).click();
    await expect(page).toHaveURL(new RegExp(`/comparer\\?avec=${NANTES}$`));
    await expect(page.getByRole('checkbox', { name: 'Nantes', exact: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Rouen', exact: true })).not.toBeChecked();
    await page.getByRole('checkbox', { name: 'Rouen', exact: true }).check();
    await page.getByRole('button', { name: 'Comparer' }).click();
    await expect(page).toHaveURL(new RegExp(`/comparer\\?m=${NANTES},${ROUEN}$`));
    await expect(page.getByRole('table', { name: 'Identité des métropoles et adhésion au RTES' }).getByRole('columnheader')).toHaveText(['Critère', 'Nantes', 'Rouen']);
    await expectNoAxeViolations(page);
  });

  test('la page de choix passe axe', async ({ page }) => {
    const response = await page.goto('/comparer');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Choisir les métropoles' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
