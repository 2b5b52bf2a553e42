import { randomBytes } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test, type TestUser } from './auth-fixtures';
import { expectNoAxeViolations } from './fixtures';
import { dayToDate, parisToday } from '../../lib/content/verification';
import { formatDate } from '../../lib/format';

function suffix(): string {
  return randomBytes(3).toString('hex');
}

const required = (label: string) => `${label} (obligatoire)`;

async function signInAs(page: Page, user: TestUser) {
  await signIn(page, user);
  await expect(page).toHaveURL(/\/admin$/);
}

/** Clicks a button that runs a server action and waits for the server's answer. */
async function submit(page: Page, button: Locator) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action']));
  await button.click();
  await answered;
}

test.describe('glossaire', () => {
  test('/glossaire : chaque sigle a son ancre, sa forme développée, sa définition et, s’il existe, le texte qui le définit', async ({ page }) => {
    const response = await page.goto('/glossaire');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossaire des sigles');
    const ess = page.locator('dt#ess');
    await expect(ess).toContainText('ESS : Économie sociale et solidaire');
    await expect(ess.locator('abbr')).toHaveAttribute('title', 'Économie sociale et solidaire');
    const definition = page.locator('dt#ess + dd');
    await expect(definition).toContainText('gouvernance démocratique');
    await expect(definition).toContainText('Source de la définition : Légifrance, Loi n° 2014-856 du 31 juillet 2014 relative à l’économie sociale et solidaire');
    // A definition links the other terms it uses, never itself.
    await expect(definition.locator('a[href="/glossaire#ess"]')).toHaveCount(0);
    await expect(page.locator('dt#rtes + dd').getByRole('link', { name: 'Avise' })).toHaveAttribute('href', '/glossaire#avise');
    for (const slug of ['qpv', 'scop', 'scic', 'esus', 'cress', 'dla', 'ptce', 'epci', 'rtes', 'avise', 'iae', 'siren', 'cae', 'sem', 'aap']) {
      await expect(page.locator(`dt#${slug}`)).toHaveCount(1);
    }
    await page.getByRole('navigation', { name: 'Lettres du glossaire' }).getByRole('link', { name: 'S', exact: true }).click();
    await expect(page).toHaveURL(/#lettre-s$/);
    await expect(page.getByRole('heading', { level: 2, name: 'S', exact: true })).toBeInViewport();
    await expectNoAxeViolations(page);
  });

  test('un sigle d’un texte public est marqué <abbr> et mène à son entrée du glossaire', async ({ page }) => {
    await page.goto('/metropoles/metropole-rouen-normandie');
    const policy = page.locator('main section[aria-labelledby="politique"]');
    const ess = policy.locator('abbr[title="Économie sociale et solidaire"]');
    // The first occurrence only, in the summary's text.
    await expect(ess).toHaveCount(1);
    await expect(policy.getByRole('link', { name: 'RTES', exact: true })).toHaveAttribute('href', '/glossaire#rtes');
    // A fixed label of the profile, marked the same way.
    const member = page.locator('main dt').filter({ hasText: 'Membre du RTES' });
    await expect(member.locator('abbr')).toHaveAttribute('title', 'Réseau des collectivités territoriales pour une économie solidaire');
    await expect(page.locator('main dt').filter({ hasText: 'SIREN' }).getByRole('link', { name: 'SIREN' })).toHaveAttribute('href', '/glossaire#siren');
    await expectNoAxeViolations(page);

    await policy.getByRole('link', { name: 'ESS', exact: true }).click();
    await expect(page).toHaveURL(/\/glossaire#ess$/);
    await expect(page.locator('dt#ess')).toBeInViewport();
  });
});

test.describe('vérifié aujourd’hui', () => {
  test('un éditeur publie un sigle : le glossaire et les textes qui l’emploient le montrent aussitôt ; il marque la fiche comme vérifiée, et une page restée ouverte est refusée', async ({ page, browser, createUser, db }) => {
    const editor = await createUser({ role: 'EDITOR' });
    const term = `SIGLE${suffix().toUpperCase()}`;
    // A public text already using the term, read (and cached) before the term is in the glossary.
    const profileSlug = `metropole-du-${term.toLowerCase()}`;
    await db.metropolis.create({
      data: {
        slug: profileSlug,
        officialName: `Métropole du ${term}`,
        shortName: term,
        region: 'Bretagne',
        seatCity: 'Rennes',
        latitude: 48.1,
        longitude: -1.68,
        policySummary: `La métropole soutient le ${term} depuis 2020.`,
        status: 'PUBLISHED',
        publishedAt: new Date(),
      },
    });
    const profile = await browser.newPage();
    await profile.goto(`/metropoles/${profileSlug}`);
    await expect(profile.locator('main section[aria-labelledby="politique"]')).toContainText(`La métropole soutient le ${term} depuis 2020.`);
    await expect(profile.locator('main section[aria-labelledby="politique"] abbr')).toHaveCount(0);
    await signInAs(page, editor);
    await page.goto('/admin/contenus/glossaire/nouveau');
    await page.getByLabel(required('Sigle ou terme'), { exact: true }).fill(term);
    await page.getByLabel(required('Forme développée'), { exact: true }).fill('Sigle inventé pour un test');
    await page.getByLabel(required('Définition'), { exact: true }).fill('Un sigle d’essai de l’ESS.');
    await submit(page, page.getByRole('button', { name: 'Publier', exact: true }));
    await expect(page.getByRole('status')).toContainText('Fiche publiée');
    const entryUrl = page.url().split('?')[0]!;
    await expect(page.getByTestId('derniere-verification')).toHaveText('Jamais vérifiée · à vérifier');

    // Published: on the glossary at once, under its anchor.
    const slug = term.toLowerCase();
    const glossary = await browser.newPage();
    await glossary.goto(`/glossaire#${slug}`);
    await expect(glossary.locator(`dt#${slug}`)).toContainText(`${term} : Sigle inventé pour un test`);
    await glossary.close();
    // Pages that render Markdown read the glossary through a tagged cache: the text is marked now.
    await profile.reload();
    await expect(profile.locator('main section[aria-labelledby="politique"]').getByRole('link', { name: term })).toHaveAttribute('href', `/glossaire#${slug}`);
    await expect(profile.locator(`main abbr[title="Sigle inventé pour un test"]`)).toHaveText(term);
    await profile.close();

    // Another tab loaded at the same version, to try a stale check after this one.
    const staleTab = await page.context().newPage();
    await staleTab.goto(entryUrl);

    await submit(page, page.getByRole('button', { name: 'Vérifié aujourd’hui' }));
    await expect(page.getByRole('status')).toContainText('Fiche marquée comme vérifiée aujourd’hui.');
    const today = parisToday();
    await expect(page.getByTestId('derniere-verification')).toHaveText(`Vérifiée le ${formatDate(dayToDate(today))}`);
    await expect(page.getByTestId('derniere-verification').locator('time')).toHaveAttribute('datetime', today);
    await expectNoAxeViolations(page);

    const id = entryUrl.split('/').pop()!;
    const row = await db.glossaryTerm.findUniqueOrThrow({ where: { id }, select: { version: true, lastVerifiedOn: true } });
    expect(row).toEqual({ version: 2, lastVerifiedOn: dayToDate(today) });
    expect(await db.auditEvent.count({ where: { entityId: id, action: 'content.verified', actorId: editor.id } })).toBe(1);

    await submit(staleTab, staleTab.getByRole('button', { name: 'Vérifié aujourd’hui' }));
    await expect(staleTab.getByRole('alert').filter({ hasText: 'modifiée entre-temps' })).toBeVisible();
    expect((await db.glossaryTerm.findUniqueOrThrow({ where: { id }, select: { version: true } })).version).toBe(2);
  });

  test('un contributeur voit la date de vérification, sans le bouton', async ({ page, createUser, db }) => {
    const theme = await db.theme.create({ data: { slug: `theme-verifie-${suffix()}`, name: `Thème vérifié ${suffix()}`, status: 'PUBLISHED', lastVerifiedOn: dayToDate('2026-01-15') }, select: { id: true } });
    await signInAs(page, await createUser({ role: 'CONTRIBUTOR' }));
    await page.goto(`/admin/contenus/thematiques/${theme.id}`);
    await expect(page.getByTestId('derniere-verification')).toHaveText('Vérifiée le 15 janvier 2026');
    await expect(page.getByRole('button', { name: 'Vérifié aujourd’hui' })).toHaveCount(0);
  });
});

test.describe('couverture des données', () => {
  test('le tableau de bord de couverture liste une métropole sans donnée, un chiffre sans source publiée et un écart, chaque ligne menant à sa fiche', async ({ page, createUser, db }) => {
    const name = `Couverville ${suffix()}`;
    const empty = await db.metropolis.create({
      data: { slug: `metropole-de-${suffix()}`, officialName: `Métropole de ${name}`, shortName: name, region: 'Bretagne', seatCity: name, latitude: 48.1, longitude: -1.6, status: 'PUBLISHED' },
      select: { id: true },
    });
    const draftSource = await db.source.create({ data: { publisher: 'Observatoire local', title: `Note non publiée ${suffix()}`, status: 'DRAFT' }, select: { id: true } });
    const unsourced = await db.figure.create({
      data: { indicator: 'emplois-ess', label: `Emplois de l’ESS à ${name}`, value: 120, unit: 'COUNT', sourceId: draftSource.id, metropolisId: empty.id, status: 'DRAFT' },
      select: { id: true },
    });
    const published = { status: 'PUBLISHED' as const, publishedAt: new Date() };
    const other = await db.metropolis.create({
      data: { slug: `metropole-ecart-${suffix()}`, officialName: `Métropole d’Écart ${name}`, shortName: `Écart ${name}`, region: 'Bretagne', seatCity: name, latitude: 48.1, longitude: -1.6, ...published },
      select: { id: true },
    });
    const programme = await db.fundingProgramme.create({
      data: { slug: `appel-ecart-${suffix()}`, metropolisId: other.id, name: `Appel à projets ${name}`, kind: 'CALL_FOR_PROJECTS', ...published },
      select: { id: true },
    });
    await db.fundedProject.create({
      data: { slug: `projet-ecart-${suffix()}`, fundingProgrammeId: programme.id, metropolisId: other.id, title: `Recyclerie ${name}`, carrierName: 'Association', legalForm: 'ASSOCIATION', year: 2017, amountCents: 1_250_000, ...published },
    });
    const publishedSource = await db.source.create({ data: { publisher: 'Observatoire local', title: `Bilan publié ${suffix()}`, ...published }, select: { id: true } });
    const declared = await db.figure.create({
      data: { indicator: 'projets-finances', label: `Projets financés à ${name}`, value: 62, unit: 'COUNT', periodStartYear: 2015, periodEndYear: 2018, sourceId: publishedSource.id, fundingProgrammeId: programme.id, metropolisId: other.id, ...published },
      select: { id: true },
    });

    await signInAs(page, await createUser({ role: 'EDITOR' }));
    await page.getByRole('link', { name: 'Couverture des données' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Couverture des données');

    const withoutData = page.locator('section[aria-labelledby="metropoles-sans-donnees"]');
    await expect(withoutData.getByRole('link', { name: "Métropole Nice Côte d'Azur" })).toBeVisible();
    await expect(withoutData.getByRole('row', { name: new RegExp(`Métropole de ${name}`) })).toContainText('Aucune donnée publiée');
    await expect(withoutData.getByRole('link', { name: `Métropole de ${name}` })).toHaveAttribute('href', `/admin/contenus/metropoles/${empty.id}`);

    const sources = page.locator('section[aria-labelledby="chiffres-sources"]');
    const unsourcedRow = sources.getByRole('row', { name: new RegExp(`Emplois de l’ESS à ${name}`) });
    await expect(unsourcedRow).toContainText('Source non publiée');
    await expect(unsourcedRow.getByRole('link', { name: `Emplois de l’ESS à ${name}` })).toHaveAttribute('href', `/admin/contenus/chiffres/${unsourced.id}`);
    await expect(unsourcedRow.getByRole('link', { name: /Note non publiée/ })).toHaveAttribute('href', `/admin/contenus/sources/${draftSource.id}`);
    // The seed's figures resting on a page to verify are there too.
    await expect(sources.getByText('Source non publiée, Source à vérifier').first()).toBeVisible();

    const gaps = page.locator('section[aria-labelledby="chiffres-ecarts"]');
    const gap = gaps.getByRole('row', { name: new RegExp(`Projets financés à ${name}`) });
    await expect(gap.getByTestId('valeur-declaree')).toHaveText('62');
    await expect(gap.getByTestId('valeur-enregistree')).toHaveText('1 projet publié');
    await expect(gap).toContainText('2015-2018');
    await expect(gap.getByRole('link', { name: `Appel à projets ${name}` })).toHaveAttribute('href', `/admin/contenus/dispositifs/${programme.id}`);

    await expect(page.locator('section[aria-labelledby="plans-sans-suite"]').getByRole('link', { name: "Plan d'action en faveur de l'ESS 2016-2018" })).toBeVisible();
    await expectNoAxeViolations(page);

    // Entries due for a check: bounded here, the whole list on the type's page, filtered.
    const due = page.locator('section[aria-labelledby="fiches-a-verifier"]');
    await due.getByRole('link', { name: /^Voir les .* fiches à vérifier \(chiffres clés\)$/ }).click();
    await expect(page).toHaveURL(/\/admin\/contenus\/chiffres\?verification=a-reverifier$/);
    await expect(page.getByLabel('Vérification')).toHaveValue('a-reverifier');
    await expect(page.getByRole('cell', { name: 'Jamais' }).first()).toBeVisible();

    await page.goto('/admin/couverture');
    await gap.getByRole('link', { name: `Projets financés à ${name}` }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/contenus/chiffres/${declared.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Projets financés à ${name}`);
  });
});
