import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import type { Database } from '../../lib/db/client';
import type { Prisma } from '../../lib/generated/prisma/client';
import { expect, test } from './auth-fixtures';
import { expectNoAxeViolations } from './fixtures';
import { importPublished } from './project-import';

// Projects are added the way staff add them (the CSV import, published at
// once), so the portal invalidates its cached pages as it would in real use.
// Each test uses a year no other test uses: its filters are its own.

const LILLE = 'metropole-europeenne-de-lille';

/** Totals of the same filter, straight from the database. */
async function databaseTotals(db: Database, where: Prisma.FundedProjectWhereInput) {
  const rows = await db.fundedProject.findMany({
    where: { status: 'PUBLISHED', deletedAt: null, fundingProgramme: { status: 'PUBLISHED', deletedAt: null }, metropolis: { status: 'PUBLISHED', deletedAt: null }, ...where },
    select: { amountCents: true, isInPriorityNeighbourhood: true },
  });
  const known = rows.filter((row) => row.isInPriorityNeighbourhood !== null);
  return {
    count: rows.length,
    amountCents: rows.reduce((sum, row) => sum + row.amountCents, 0),
    qpv: known.filter((row) => row.isInPriorityNeighbourhood).length,
    known: known.length,
  };
}

/** "768 200,50 €" → 76820050. */
function centsOf(text: string): number {
  return Math.round(Number(text.replace(/[^\d,]/g, '').replace(',', '.')) * 100);
}

async function expectTotals(page: Page, expected: Awaited<ReturnType<typeof databaseTotals>>) {
  await expect(page.getByTestId('total-projets')).toHaveText(new Intl.NumberFormat('fr-FR').format(expected.count));
  expect(centsOf(await page.getByTestId('total-montant').innerText())).toBe(expected.amountCents);
  await expect(page.getByText(new RegExp(`^${expected.qpv} sur ${expected.known}\\s+projets dont la situation est connue`))).toBeVisible();
}

test.describe('the funded-projects explorer', () => {
  test('filters with the form, totals equal to the database, pages, and the back button', async ({ page, createUser, db }) => {
    const tag = randomBytes(3).toString('hex');
    const forms = ['Association', 'SCOP', 'SCIC'];
    await importPublished(
      page,
      createUser,
      Array.from({ length: 57 }, (_, index) => `Projet ${tag} ${String(index).padStart(2, '0')};Porteur ${index % 4};${forms[index % 3]};1991;${1_000 + index * 37},50;entreprendre-autrement;${['oui', 'oui', 'non', ''][index % 4]};;`),
    );

    await page.goto('/projets');
    await expect(page.getByRole('heading', { level: 1, name: 'Projets financés' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('Métropole', { exact: true }).selectOption(LILLE);
    await page.getByLabel('De', { exact: true }).fill('1991');
    await page.getByLabel('à', { exact: true }).fill('1991');
    await page.getByRole('button', { name: 'Afficher les projets' }).click();
    // Empty fields are dropped and the period of one year is written once.
    await expect(page).toHaveURL(`/projets?metropole=${LILLE}&annee=1991`);
    const byYear = await databaseTotals(db, { metropolis: { slug: LILLE }, year: 1991 });
    expect(byYear.count).toBeGreaterThanOrEqual(57);
    await expectTotals(page, byYear);
    await expect(page.getByText('Métropole : Métropole européenne de Lille')).toBeVisible();
    await expectNoAxeViolations(page);

    const list = page.getByRole('table', { name: /^Projets 1 à 50 sur/ });
    await expect(list).toBeVisible();
    await expect(list.getByRole('row')).toHaveCount(51);
    await page.getByRole('link', { name: 'Projets suivants' }).click();
    await expect(page).toHaveURL(/apres=/);
    await expect(page.getByRole('table', { name: new RegExp(`^Projets 51 à ${byYear.count} sur ${byYear.count}`) })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(`/projets?metropole=${LILLE}&annee=1991`);
    await expect(page.getByRole('table', { name: /^Projets 1 à 50 sur/ })).toBeVisible();

    await page.getByLabel('Forme juridique', { exact: true }).selectOption('scop');
    await page.getByLabel('Quartier prioritaire de la politique de la ville').selectOption('oui');
    await page.getByRole('button', { name: 'Afficher les projets' }).click();
    await expect(page).toHaveURL(`/projets?metropole=${LILLE}&annee=1991&forme=scop&qpv=oui`);
    const narrower = await databaseTotals(db, { metropolis: { slug: LILLE }, year: 1991, legalForm: 'SCOP', isInPriorityNeighbourhood: true });
    await expect(page.getByTestId('total-projets')).toHaveText(String(narrower.count));
    expect(centsOf(await page.getByTestId('total-montant').innerText())).toBe(narrower.amountCents);
    await expect(page.getByTestId('part-qpv')).toHaveText(/^100\s%$/);
    await expect(page.getByLabel('Forme juridique', { exact: true })).toHaveValue('scop');

    await page.goBack();
    await expect(page).toHaveURL(`/projets?metropole=${LILLE}&annee=1991`);
    await expectTotals(page, byYear);
    await expect(page.getByLabel('Forme juridique', { exact: true })).toHaveValue('');
    await page.goForward();
    await expect(page).toHaveURL(/forme=scop&qpv=oui$/);
    await expect(page.getByTestId('total-projets')).toHaveText(String(narrower.count));

    // The chart's data table holds the year's total.
    await page.getByText('Données du graphique « Montants accordés par année »').click();
    const yearRow = page.getByRole('table', { name: 'Montants accordés par année' }).getByRole('row', { name: /1991/ });
    expect(centsOf(await yearRow.getByRole('cell').innerText())).toBe(narrower.amountCents);
  });

  test('a search renders on demand, and an empty result offers wider ones', async ({ page, createUser }) => {
    const tag = `Zqx${randomBytes(3).toString('hex')}`;
    await importPublished(page, createUser, [`Épicerie ${tag};Asso;Association;1993;1 200;entreprendre-autrement;oui;;`, `Garage ${tag};Coop;SCOP;1993;800;entreprendre-autrement;non;;`]);

    await page.goto(`/projets?q=${encodeURIComponent(`epicerie ${tag.toUpperCase()}`)}`);
    await expect(page.getByTestId('total-projets')).toHaveText('1');
    await expect(page.getByRole('row', { name: new RegExp(`Épicerie ${tag}`) })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`/projets?q=${tag}&forme=fondation`);
    await expect(page.getByText('Aucun projet ne correspond à ces filtres.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Sans le filtre forme juridique : Fondation' }).click();
    await expect(page).toHaveURL(`/projets?q=${tag}`);
    await expect(page.getByTestId('total-projets')).toHaveText('2');
  });

  test('works without JavaScript: the form writes the address, the results and pages come from the server', async ({ page: staffPage, createUser, browser, baseURL }) => {
    const tag = randomBytes(3).toString('hex');
    await importPublished(staffPage, createUser, Array.from({ length: 52 }, (_, index) => `Sans script ${tag} ${index};Porteur;Association;1996;${100 + index};entreprendre-autrement;;;`));
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    try {
      await page.goto('/projets');
      await page.getByLabel('Métropole', { exact: true }).selectOption(LILLE);
      await page.getByLabel('De', { exact: true }).fill('1996');
      await page.getByLabel('à', { exact: true }).fill('1996');
      await page.getByLabel('Trier par').selectOption('montant');
      await page.getByRole('button', { name: 'Afficher les projets' }).click();
      await expect(page).toHaveURL(`/projets?metropole=${LILLE}&annee=1996&tri=montant`);
      await expect(page.getByTestId('total-projets')).toHaveText('52');
      // A page position renders on demand: still without a script.
      await page.getByRole('link', { name: 'Projets suivants' }).click();
      await expect(page).toHaveURL(/apres=/);
      await expect(page.getByRole('table', { name: /^Projets 51 à 52 sur 52/ })).toBeVisible();
      await page.goto(`/projets?q=${encodeURIComponent(`sans script ${tag}`)}`);
      await expect(page.getByTestId('total-projets')).toHaveText('52');
      const response = await page.goto('/projets?annee=abc');
      expect(response!.status()).toBe(400);
      await expect(page.getByRole('heading', { level: 1, name: 'Filtre non valide' })).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test('a cached state of the explorer shows a publication at once', async ({ page, createUser }) => {
    const url = '/projets?dispositif=prix-toulouse-impact&annee=1994';
    await page.goto(url);
    await expect(page.getByText('Aucun projet ne correspond à ces filtres.')).toBeVisible();
    await importPublished(page, createUser, [`Lauréat ${randomBytes(3).toString('hex')};Coop;SCIC;1994;2 500;prix-toulouse-impact;oui;;`]);
    await page.goto(url);
    await expect(page.getByTestId('total-projets')).toHaveText('1');
    await expect(page.getByTestId('total-montant')).toHaveText(/^2\s500\s€$/);
  });

  test('a malformed or unknown filter value gets a 4xx and a French message, never a 500', async ({ page, request }) => {
    const cases: [string, number, string][] = [
      ['/projets?metropole=inconnue', 404, 'Aucune métropole publiée n’a l’identifiant « inconnue » (paramètre metropole).'],
      ['/projets?annee=abc', 400, 'L’année « abc » n’est pas valide : indiquez une année de 1990 à 2100'],
      ['/projets?page=0', 400, 'Le paramètre « page » n’existe pas ici'],
      ['/projets?forme=sarl', 400, 'La forme juridique « sarl » n’existe pas'],
      ['/projets?annee_min=2020&annee_max=2010', 400, 'La période est inversée'],
      ['/projets?q=%00', 400, 'La recherche contient des caractères invalides'],
    ];
    for (const [url, status, message] of cases) {
      const response = await page.goto(url);
      expect(response!.status(), url).toBe(status);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(status === 404 ? 'Filtre inconnu' : 'Filtre non valide');
      await expect(page.getByRole('main')).toContainText(message);
    }
    await expectNoAxeViolations(page);

    await page.goto(`/projets?metropole=${LILLE}&annee=abc`);
    await page.getByRole('link', { name: 'Afficher les projets sans ces filtres' }).click();
    await expect(page).toHaveURL(`/projets?metropole=${LILLE}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Projets financés' })).toBeVisible();

    const csv = await request.get('/projets/export.csv?annee=abc&format=xlsx');
    expect(csv.status()).toBe(400);
    expect(await csv.text()).toContain('Le format « xlsx » n’existe pas');
    expect((await request.get('/projets/export.csv?thematique=inconnue')).status()).toBe(404);
  });

  test('the CSV downloads parse back with a CSV library to the rows of the page and of the database', async ({ page, createUser, db }) => {
    const tag = randomBytes(3).toString('hex');
    const titles = [`Café, bar et « 100 % » local ${tag}`, `Atelier "vélo"; réparation ${tag}`, `=SOMME(A1) ${tag}`, `Épicerie solidaire ${tag}`, `Recyclerie ${tag}`];
    await importPublished(
      page,
      createUser,
      titles.map((title, index) => `"${title.replace(/"/g, '""')}";Porteur ${index};${['Association', 'SCIC', 'Entreprise ESUS'][index % 3]};1992;${1_500 + index * 250},${index}5;appel-a-projets-ess-brest-metropole;${['oui', '', 'non'][index % 3]};ess;"Ligne 1\nLigne 2"`),
    );
    const url = '/projets?dispositif=appel-a-projets-ess-brest-metropole&annee=1992&tri=titre';
    await page.goto(url);
    const table = page.getByRole('table', { name: /^Projets 1 à/ });
    const pageRows = await table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => [row.querySelector('th')!.childNodes[0]!.textContent!, ...[...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim())]),
    );
    const stored = await db.fundedProject.findMany({
      where: { year: 1992, status: 'PUBLISHED', fundingProgramme: { slug: 'appel-a-projets-ess-brest-metropole' } },
      select: { slug: true, title: true, carrierName: true, amountCents: true, isInPriorityNeighbourhood: true },
      orderBy: [{ title: 'asc' }, { id: 'asc' }],
    });
    expect(pageRows.map((row) => row[0])).toEqual(stored.map((row) => row.title));
    expect(stored.length).toBeGreaterThanOrEqual(titles.length);

    for (const [linkName, delimiter, isExcel] of [
      ['CSV données ouvertes', ',', false],
      ['CSV pour Excel', ';', true],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
      expect(download.suggestedFilename()).toMatch(isExcel ? /^projets-finances_extrait-\d{4}-\d{2}-\d{2}_excel\.csv$/ : /^projets-finances_extrait-\d{4}-\d{2}-\d{2}\.csv$/);
      const bytes = await readFile((await download.path())!);
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(isExcel);
      const records = parse(bytes.toString('utf8'), { bom: true, delimiter, columns: true }) as Record<string, string>[];
      expect(records).toHaveLength(stored.length);
      records.forEach((record, index) => {
        const [title, carrier, legalForm, metropolis, programme, year, amount, qpv] = pageRows[index]!;
        const titleInFile = record.titre!.startsWith("'=") ? record.titre!.slice(1) : record.titre;
        expect(titleInFile).toBe(title);
        expect([record.porteur, record.forme_juridique, record.metropole_nom, record.dispositif_nom, record.annee]).toEqual([carrier, legalForm, metropolis, programme, year]);
        expect(record.montant_euros).toMatch(isExcel ? /^\d+,\d{2}$/ : /^\d+\.\d{2}$/);
        const cents = Math.round(Number(record.montant_euros!.replace(',', '.')) * 100);
        expect(cents).toBe(centsOf(amount!));
        expect(cents).toBe(stored[index]!.amountCents);
        expect(record.identifiant).toBe(stored[index]!.slug);
        expect(record.quartier_prioritaire).toBe({ Oui: 'oui', Non: 'non', 'Non renseigné': '' }[qpv!]);
        expect(record.description).toBe('Ligne 1\nLigne 2');
      });
    }

    const response = await page.request.get(`/projets/export.csv?dispositif=appel-a-projets-ess-brest-metropole&annee=1992&tri=titre`);
    expect(response.headers()['content-type']).toContain('text/csv');
    expect(response.headers()['link']).toBe('<https://www.etalab.gouv.fr/licence-ouverte-open-licence/>; rel="license"');
    expect(response.headers()['x-licence']).toBe('Licence Ouverte / Open Licence 2.0 (Etalab)');
    expect(Date.parse(response.headers()['x-date-extraction']!)).toBeGreaterThan(Date.now() - 60_000);
  });
});
