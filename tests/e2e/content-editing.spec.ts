import { randomBytes } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test, type TestUser } from './auth-fixtures';
import { expectNoAxeViolations } from './fixtures';
import { contentTypes } from '../../lib/content/registry';

function suffix(): string {
  return randomBytes(3).toString('hex');
}

const required = (label: string) => `${label} (obligatoire)`;

/**
 * Clicks a button that runs a server action and waits for the server's answer:
 * a confirmation left on the page by the previous step must not pass for this one.
 */
async function submit(page: Page, button: Locator) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action']));
  await button.click();
  await answered;
}

async function createMetropolis(page: Page, name: string, { publish = true } = {}) {
  await page.goto('/admin/contenus/metropoles/nouveau');
  await page.getByLabel(required('Nom officiel'), { exact: true }).fill(`Métropole de ${name}`);
  await page.getByLabel(required('Nom court'), { exact: true }).fill(name);
  await page.getByLabel(required('Région'), { exact: true }).fill('Occitanie');
  await page.getByLabel(required('Ville siège'), { exact: true }).fill(name);
  await page.getByLabel(required('Latitude'), { exact: true }).fill('43,6');
  await page.getByLabel(required('Longitude'), { exact: true }).fill('1,44');
  await page.getByLabel('Résumé de la politique ESS').fill(`La politique ESS de ${name} soutient les coopératives.`);
  await submit(page, page.getByRole('button', { name: publish ? 'Publier' : 'Enregistrer le brouillon', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: `Métropole de ${name}` })).toBeVisible();
  return page.url().split('/').pop()!.split('?')[0]!;
}

async function signInAs(page: Page, user: TestUser) {
  await signIn(page, user);
  await expect(page).toHaveURL(/\/admin$/);
}

test.describe('editing content', () => {
  test('an editor creates a métropole, a plan, a programme and a project, publishes them and sees them on the public site at once', async ({ page, createUser }) => {
    const editor = await createUser({ role: 'EDITOR' });
    const name = `Testville ${suffix()}`;
    await signInAs(page, editor);
    await createMetropolis(page, name);
    await expect(page.getByRole('status')).toContainText('Fiche publiée');
    const slug = (await page.getByRole('link', { name: /^\/metropoles\// }).textContent())!.replace('/metropoles/', '');

    await page.goto('/admin/contenus/politiques/nouveau');
    await page.getByLabel(required('Intitulé'), { exact: true }).fill(`Plan ESS ${name} 2024-2028`);
    await page.getByLabel(required('Métropole'), { exact: true }).selectOption({ label: `Métropole de ${name}` });
    await page.getByLabel(required('Type de document'), { exact: true }).selectOption({ label: 'Plan' });
    await page.getByLabel(required('Année de début'), { exact: true }).fill('2024');
    await page.getByLabel('Année de fin', { exact: true }).fill('2028');
    await page.getByLabel(required('État du plan'), { exact: true }).selectOption({ label: 'En vigueur' });
    await submit(page, page.getByRole('button', { name: 'Publier', exact: true }));
    await expect(page.getByRole('status')).toContainText('Fiche publiée');

    await page.goto('/admin/contenus/dispositifs/nouveau');
    await page.getByLabel(required('Nom'), { exact: true }).fill(`Appel à projets ${name}`);
    await page.getByLabel(required('Métropole'), { exact: true }).selectOption({ label: `Métropole de ${name}` });
    await page.getByLabel(required('Type de dispositif'), { exact: true }).selectOption({ label: 'Appel à projets' });
    await submit(page, page.getByRole('button', { name: 'Publier', exact: true }));
    await expect(page.getByRole('status')).toContainText('Fiche publiée');

    await page.goto('/admin/contenus/projets/nouveau');
    await page.getByLabel(required('Intitulé du projet'), { exact: true }).fill(`Recyclerie ${name}`);
    await page.getByLabel(required('Dispositif de financement'), { exact: true }).selectOption({ label: `Appel à projets ${name}` });
    await page.getByLabel(required('Métropole'), { exact: true }).selectOption({ label: `Métropole de ${name}` });
    await page.getByLabel(required('Structure porteuse'), { exact: true }).fill('Association Réemploi');
    await page.getByLabel(required('Forme juridique'), { exact: true }).selectOption({ label: 'Association' });
    await page.getByLabel(required('Année du financement'), { exact: true }).fill('2024');
    await page.getByLabel(required('Montant accordé (en euros)'), { exact: true }).fill('12 500,50');
    await submit(page, page.getByRole('button', { name: 'Publier', exact: true }));
    await expect(page.getByRole('status')).toContainText('Fiche publiée');

    await page.goto(`/metropoles/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    await expect(page.getByRole('link', { name: `Plan ESS ${name} 2024-2028` })).toBeVisible();
    await expect(page.getByRole('heading', { name: `Appel à projets ${name}` })).toBeVisible();
    // The amount shows in the programme's totals and in the projects-by-programme chart.
    await expect(page.getByText('12 500,50 €').first()).toBeVisible();
    await page.goto('/metropoles');
    await expect(page.getByRole('link', { name: new RegExp(name) }).first()).toBeVisible();
  });

  test('a contributor’s draft goes through review before an editor publishes it', async ({ browser, createUser }) => {
    const contributor = await createUser({ role: 'CONTRIBUTOR' });
    const editor = await createUser({ role: 'EDITOR' });
    const name = `Thématique ${suffix()}`;

    const contributorPage = await (await browser.newContext()).newPage();
    await signInAs(contributorPage, contributor);
    await contributorPage.goto('/admin/contenus/thematiques/nouveau');
    await expect(contributorPage.getByRole('button', { name: 'Publier', exact: true })).toHaveCount(0);
    await contributorPage.getByLabel(required('Nom'), { exact: true }).fill(name);
    await submit(contributorPage, contributorPage.getByRole('button', { name: 'Soumettre pour relecture' }));
    await expect(contributorPage.getByRole('status')).toContainText('soumise pour relecture');
    await expect(contributorPage.getByTestId('etat-fiche')).toHaveText('En relecture');
    const entryUrl = contributorPage.url().split('?')[0]!;

    const editorPage = await (await browser.newContext()).newPage();
    await signInAs(editorPage, editor);
    await editorPage.goto('/admin/contenus/thematiques?statut=IN_REVIEW');
    await editorPage.getByRole('link', { name }).click();
    await submit(editorPage, editorPage.getByRole('button', { name: 'Publier', exact: true }).first());
    await expect(editorPage.getByRole('status')).toContainText('Fiche publiée');
    await expect(editorPage.getByTestId('etat-fiche')).toHaveText('Publié');

    await editorPage.goto(`${entryUrl.replace(/\?.*$/, '')}/historique`);
    await expect(editorPage.getByRole('cell', { name: 'En relecture' })).toBeVisible();
    await expect(editorPage.getByRole('cell', { name: 'Publié' })).toBeVisible();
  });

  test('a published entry edited as a draft stays unchanged publicly until it is published', async ({ page, createUser }) => {
    const editor = await createUser({ role: 'EDITOR' });
    const name = `Brouillonville ${suffix()}`;
    await signInAs(page, editor);
    await createMetropolis(page, name);
    const editUrl = page.url().split('?')[0]!;
    const publicPath = (await page.getByRole('link', { name: /^\/metropoles\// }).textContent())!;

    await page.getByLabel('Résumé de la politique ESS').fill('Nouvelle politique, pas encore validée.');
    await submit(page, page.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await expect(page.getByTestId('etat-fiche')).toContainText('modifications en attente');

    await page.goto(publicPath);
    await expect(page.getByText('soutient les coopératives')).toBeVisible();
    await expect(page.getByText('pas encore validée')).toHaveCount(0);

    await page.goto(`${editUrl}/apercu`);
    await expect(page.getByRole('region', { name: 'Aperçu' })).toBeVisible();
    await expect(page.getByText('pas encore validée')).toBeVisible();

    await page.goto(editUrl);
    await submit(page, page.getByRole('button', { name: 'Publier les modifications en attente' }));
    await expect(page.getByRole('status')).toContainText('Fiche publiée');
    await page.goto(publicPath);
    await expect(page.getByText('pas encore validée')).toBeVisible();
  });

  test('two people editing one entry get a conflict, and nobody’s input is lost', async ({ browser, createUser }) => {
    const first = await createUser({ role: 'EDITOR' });
    const second = await createUser({ role: 'EDITOR' });
    const name = `Conflitville ${suffix()}`;
    const pageA = await (await browser.newContext()).newPage();
    const pageB = await (await browser.newContext()).newPage();
    await signInAs(pageA, first);
    await signInAs(pageB, second);
    await createMetropolis(pageA, name, { publish: false });
    const editUrl = pageA.url().split('?')[0]!;
    await pageB.goto(editUrl);

    await pageA.getByLabel(required('Ville siège'), { exact: true }).fill('Siège choisi par A');
    await submit(pageA, pageA.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await expect(pageA.getByRole('status')).toContainText('Modifications enregistrées');

    await pageB.getByLabel(required('Région'), { exact: true }).fill('Région choisie par B');
    await submit(pageB, pageB.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await expect(pageB.locator('main').getByRole('alert').filter({ hasText: 'Quelqu’un a enregistré cette fiche' })).toBeVisible();
    const conflict = pageB.getByRole('region', { name: 'Modifications enregistrées entre-temps' });
    await expect(conflict.getByRole('row', { name: /Ville siège/ })).toContainText('Siège choisi par A');
    await expect(pageB.getByLabel(required('Région'), { exact: true })).toHaveValue('Région choisie par B');

    // B merges A's change by hand and saves over the newer version, knowingly.
    await pageB.getByLabel(required('Ville siège'), { exact: true }).fill('Siège choisi par A');
    await submit(pageB, pageB.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await expect(pageB.getByRole('status')).toContainText('Modifications enregistrées');
    await expect(pageB.getByLabel(required('Région'), { exact: true })).toHaveValue('Région choisie par B');
    await expect(pageB.getByLabel(required('Ville siège'), { exact: true })).toHaveValue('Siège choisi par A');
    await expect(conflict).toHaveCount(0);

    // The page now carries the merged version: the next save goes through.
    await pageB.getByLabel(required('Nom court'), { exact: true }).fill(`${name} bis`);
    await submit(pageB, pageB.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await expect(pageB.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(pageB.getByLabel(required('Nom court'), { exact: true })).toHaveValue(`${name} bis`);
    await expect(pageB.locator('main').getByRole('alert').filter({ hasText: 'Quelqu’un' })).toHaveCount(0);
  });

  test('a revision is compared with another and restored', async ({ page, createUser }) => {
    const editor = await createUser({ role: 'EDITOR' });
    const name = `Historiqueville ${suffix()}`;
    await signInAs(page, editor);
    await createMetropolis(page, name, { publish: false });
    const editUrl = page.url().split('?')[0]!;
    await page.getByLabel(required('Région'), { exact: true }).fill('Bretagne');
    await submit(page, page.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await expect(page.getByRole('status')).toContainText('Modifications enregistrées');

    await page.goto(`${editUrl}/historique`);
    const diff = page.getByRole('table', { name: 'Champs modifiés entre la version 1 et la version 2' });
    await expect(diff.getByRole('row', { name: /Région/ })).toContainText('Occitanie');
    await expect(diff.getByRole('row', { name: /Région/ })).toContainText('Bretagne');
    await expectNoAxeViolations(page);

    await submit(page, page.getByRole('button', { name: 'Restaurer la version 1' }));
    await expect(page.getByRole('status')).toContainText('Version restaurée');
    await expect(page.getByLabel(required('Région'), { exact: true })).toHaveValue('Occitanie');
    await page.goto(`${editUrl}/historique`);
    await expect(page.getByRole('rowheader', { name: '3' })).toBeVisible();
  });

  test('renaming a published entry keeps its old address as a permanent redirect', async ({ page, request, createUser }) => {
    const editor = await createUser({ role: 'EDITOR' });
    const name = `Renommeville ${suffix()}`;
    await signInAs(page, editor);
    await createMetropolis(page, name);
    const oldPath = (await page.getByRole('link', { name: /^\/metropoles\// }).textContent())!;
    const newSlug = `nouveau-${oldPath.split('/').pop()}`;
    await page.getByLabel('Adresse de la page (slug)').fill(newSlug);
    await submit(page, page.getByRole('button', { name: 'Publier les modifications' }));
    await expect(page.getByRole('status')).toContainText('Fiche publiée');

    const response = await request.get(oldPath, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toContain(`/metropoles/${newSlug}`);
    await page.goto(oldPath);
    await expect(page).toHaveURL(new RegExp(`/metropoles/${newSlug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  });

  test('an invalid form keeps its input and shows French errors on the fields', async ({ page, createUser }) => {
    const editor = await createUser({ role: 'EDITOR' });
    await signInAs(page, editor);
    await page.goto('/admin/contenus/politiques/nouveau');
    await page.getByLabel(required('Intitulé'), { exact: true }).fill('Plan sans métropole');
    await page.getByLabel(required('Année de début'), { exact: true }).fill('2030');
    await page.getByLabel('Année de fin', { exact: true }).fill('2020');
    await page.getByLabel('Résumé', { exact: true }).fill('Un résumé à garder.');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();

    const endYear = page.getByLabel('Année de fin', { exact: true });
    await expect(endYear).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#endYear-error')).toHaveText('La fin ne peut pas précéder le début.');
    await expect(page.locator('#metropolisId-error')).toHaveText('Ce champ est obligatoire.');
    await expect(page.getByLabel(required('Intitulé'), { exact: true })).toHaveValue('Plan sans métropole');
    await expect(page.getByLabel('Résumé', { exact: true })).toHaveValue('Un résumé à garder.');
    await expect(page.locator('main').getByRole('alert').filter({ hasText: 'Certains champs sont à corriger' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a slug already used is reported on its field by the server', async ({ page, createUser }) => {
    const editor = await createUser({ role: 'EDITOR' });
    const name = `Doublonville ${suffix()}`;
    await signInAs(page, editor);
    await createMetropolis(page, name, { publish: false });
    const slug = await page.getByLabel('Adresse de la page (slug)').inputValue();
    await page.goto('/admin/contenus/metropoles/nouveau');
    await page.getByLabel(required('Nom officiel'), { exact: true }).fill(`Autre ${name}`);
    await page.getByLabel(required('Nom court'), { exact: true }).fill(`Autre ${name}`);
    await page.getByLabel('Adresse de la page (slug)').fill(slug);
    await page.getByLabel(required('Région'), { exact: true }).fill('Occitanie');
    await page.getByLabel(required('Ville siège'), { exact: true }).fill('Ailleurs');
    await page.getByLabel(required('Latitude'), { exact: true }).fill('43');
    await page.getByLabel(required('Longitude'), { exact: true }).fill('1');
    await submit(page, page.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await expect(page.locator('#slug-error')).toContainText('déjà utilisée');
    await expect(page.getByLabel(required('Ville siège'), { exact: true })).toHaveValue('Ailleurs');
  });

  test('Markdown with <script> and javascript: links renders inert in the preview and on the public page', async ({ page, createUser }) => {
    const editor = await createUser({ role: 'EDITOR' });
    const name = `Scriptville ${suffix()}`;
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await signInAs(page, editor);
    await createMetropolis(page, name);
    const publicPath = (await page.getByRole('link', { name: /^\/metropoles\// }).textContent())!;
    const markdown = 'Texte sûr.\n\n<script>alert("xss")</script>\n\n<img src=x onerror="alert(1)">\n\n[Cliquer ici](javascript:alert(2)) et [site](https://www.rtes.fr)';
    const summary = page.getByLabel('Résumé de la politique ESS');
    await summary.fill(markdown);
    await page.getByRole('button', { name: /Afficher l’aperçu/ }).first().click();
    // Next keeps the previous page (the creation form) mounted but hidden: only the visible preview counts.
    const preview = page.getByTestId('apercu-policySummary').filter({ visible: true });
    await expect(preview).toContainText('Texte sûr.');
    await expect(preview.locator('script, img')).toHaveCount(0);
    await expect(preview.getByText('Cliquer ici')).toBeVisible();
    expect(await preview.getByText('Cliquer ici').evaluate((node) => node.closest('a')?.getAttribute('href') ?? null)).toBeNull();

    await submit(page, page.getByRole('button', { name: 'Publier les modifications' }));
    await expect(page.getByRole('status')).toContainText('Fiche publiée');
    await page.goto(publicPath);
    await expect(page.getByText('Texte sûr.')).toBeVisible();
    const main = page.locator('main');
    // JSON-LD data blocks (ADR 015) are the only scripts a public page carries, and they are not executed.
    await expect(main.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
    await expect(main.locator('script[type="application/ld+json"]').filter({ hasText: '<script' })).toHaveCount(0);
    await expect(main.locator('img[onerror]')).toHaveCount(0);
    await expect(main.locator('a[href^="javascript"]')).toHaveCount(0);
    await expect(main.getByRole('link', { name: 'site', exact: true })).toHaveAttribute('href', 'https://www.rtes.fr');
    expect(dialogs).toEqual([]);
  });

  test('deleting a métropole with projects is explained, then cascades to the trash after confirmation', async ({ page, createUser }) => {
    const editor = await createUser({ role: 'EDITOR' });
    const name = `Corbeilleville ${suffix()}`;
    await signInAs(page, editor);
    await createMetropolis(page, name);
    const editUrl = page.url().split('?')[0]!;
    const publicPath = (await page.getByRole('link', { name: /^\/metropoles\// }).textContent())!;
    await page.goto('/admin/contenus/dispositifs/nouveau');
    await page.getByLabel(required('Nom'), { exact: true }).fill(`Dispositif ${name}`);
    await page.getByLabel(required('Métropole'), { exact: true }).selectOption({ label: `Métropole de ${name}` });
    await page.getByLabel(required('Type de dispositif'), { exact: true }).selectOption({ label: 'Appel à projets' });
    await submit(page, page.getByRole('button', { name: 'Publier', exact: true }));
    await expect(page.getByRole('status')).toContainText('Fiche publiée');

    await page.goto(editUrl);
    await submit(page, page.getByRole('button', { name: 'Mettre à la corbeille' }));
    await expect(page.locator('main').getByRole('alert').filter({ hasText: 'utilisée par' })).toContainText('dispositifs de financement : 1');
    await page.getByLabel('Mettre aussi à la corbeille les fiches qui en dépendent').check();
    await submit(page, page.getByRole('button', { name: 'Mettre à la corbeille' }));
    await expect(page.getByRole('status')).toContainText('Mis à la corbeille (2 éléments)');

    const response = await page.request.get(publicPath);
    expect(response.status()).toBe(404);
    await page.goto('/admin/corbeille');
    await expect(page.getByRole('link', { name: `Métropole de ${name}` })).toBeVisible();
    await expect(page.getByRole('link', { name: `Dispositif ${name}` })).toBeVisible();
    await submit(page, page.getByRole('row', { name: new RegExp(`Métropole de ${name}`) }).getByRole('button', { name: /Restaurer/ }));
    await expect(page.getByRole('status')).toContainText('sortie de la corbeille');
    await page.goto(publicPath);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  });

  test('content pages pass axe and list entries with search and filters', async ({ page, createUser }) => {
    const editor = await createUser({ role: 'EDITOR' });
    await signInAs(page, editor);
    await page.goto('/admin/contenus');
    await expectNoAxeViolations(page);
    await page.goto('/admin/contenus/metropoles?q=lille');
    await expect(page.getByRole('link', { name: 'Métropole européenne de Lille' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Nantes Métropole' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.goto('/admin/contenus/groupes-de-travail');
    await page.getByRole('link', { name: /^2e groupe de travail/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^2e groupe de travail/ })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Présentations « focus »' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Aperçu' }).click();
    await expect(page.getByRole('region', { name: 'Aperçu' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('groupe de travail');
    await expectNoAxeViolations(page);
    await page.goto('/admin/contenus/metropoles/nouveau');
    await expectNoAxeViolations(page);
  });
});

test('every content type has a list and a creation form that pass axe', async ({ page, createUser }) => {
  test.setTimeout(120_000);
  const editor = await createUser({ role: 'EDITOR' });
  await signInAs(page, editor);
  for (const type of contentTypes) {
    await page.goto(`/admin/contenus/${type.segment}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(type.plural.charAt(0).toUpperCase() + type.plural.slice(1));
    await page.goto(`/admin/contenus/${type.segment}/nouveau`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(type.singular);
    await expect(page.getByRole('button', { name: 'Enregistrer le brouillon' })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
