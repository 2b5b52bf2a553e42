import { randomBytes } from 'node:crypto';
import { expect, signIn, test } from './auth-fixtures';
import { expectNoAxeViolations } from './fixtures';

function csvFile(lines: string[]) {
  return { name: 'projets.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8') };
}

const HEADER = 'titre;porteur;forme_juridique;annee;montant_euros;dispositif;quartier_prioritaire;thematiques;description';

test.describe('importing funded projects from CSV', () => {
  test('a file with a bad row imports nothing and lists why; a good file is previewed, then imported', async ({ page, createUser, db }) => {
    const editor = await createUser({ role: 'EDITOR' });
    const tag = randomBytes(3).toString('hex');
    await signIn(page, editor, '/admin/import/projets');
    await expect(page.getByRole('heading', { level: 1, name: 'Importer des projets financés' })).toBeVisible();
    await expect(page.getByRole('link', { name: /modèle/i })).toHaveAttribute('href', /modele\.csv/);
    await expectNoAxeViolations(page);

    await page.getByLabel('Fichier CSV').setInputFiles(
      csvFile([
        HEADER,
        `Ressourcerie ${tag};Asso A;Association;2019;12 000;entreprendre-autrement;oui;;`,
        `Café ${tag};SCOP B;SCOP;2019;douze mille;entreprendre-autrement;non;;`,
        `Épicerie ${tag};Asso C;Association;1800;5000;dispositif-inconnu;;;`,
      ]),
    );
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    const report = page.locator('main').getByRole('alert').filter({ hasText: 'rien n’a été importé' });
    await expect(report).toContainText('2 lignes en erreur');
    const problems = page.getByRole('table', { name: /Problèmes/ });
    await expect(problems.getByRole('row').filter({ hasText: 'montant_euros' })).toContainText('3');
    await expect(problems.getByRole('row').filter({ hasText: 'dispositif' }).first()).toContainText('4');
    expect(await db.fundedProject.count({ where: { title: { contains: tag } } })).toBe(0);

    await page.getByLabel('Fichier CSV').setInputFiles(
      csvFile([HEADER, `Ressourcerie ${tag};Asso A;Association;2019;12 000;entreprendre-autrement;oui;;`, `Café ${tag};SCOP B;SCOP;2019;8 500,50;entreprendre-autrement;non;;"Un café, coopératif"`]),
    );
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await expect(page.getByRole('heading', { name: /Aperçu : 2 projets prêts à importer/ })).toBeVisible();
    await expect(page.getByText('8 500,50 €')).toBeVisible();
    expect(await db.fundedProject.count({ where: { title: { contains: tag } } })).toBe(0);

    await page.getByRole('button', { name: 'Importer 2 projets' }).click();
    await expect(page.getByRole('heading', { name: 'Import terminé' })).toBeVisible();
    const imported = await db.fundedProject.findMany({ where: { title: { contains: tag } }, select: { status: true, amountCents: true }, orderBy: { amountCents: 'asc' } });
    expect(imported).toEqual([
      { status: 'DRAFT', amountCents: 850_050 },
      { status: 'DRAFT', amountCents: 1_200_000 },
    ]);
  });

  test('the template downloads for staff only', async ({ page, request, createUser }) => {
    const anonymous = await request.get('/admin/import/projets/modele.csv', { maxRedirects: 0 });
    expect([302, 303, 307, 401]).toContain(anonymous.status());
    const editor = await createUser({ role: 'EDITOR' });
    await signIn(page, editor);
    await expect(page).toHaveURL(/\/admin$/);
    const response = await page.request.get('/admin/import/projets/modele.csv');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toContain('modele-projets-finances.csv');
    expect(await response.text()).toContain('titre;porteur');
  });
});
