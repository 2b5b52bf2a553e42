import type { Page } from '@playwright/test';
import { expect, signIn, type CreateUserOptions, type TestUser } from './auth-fixtures';

// Projects are added the way staff add them (the CSV import, published at
// once), so the portal invalidates its cached pages and API answers as it
// would in real use.

export const PROJECT_IMPORT_HEADER = 'titre;porteur;forme_juridique;annee;montant_euros;dispositif;quartier_prioritaire;thematiques;description';

export async function importPublished(page: Page, createUser: (options: CreateUserOptions) => Promise<TestUser>, lines: string[]) {
  const editor = await createUser({ role: 'EDITOR' });
  await signIn(page, editor, '/admin/import/projets');
  await page.getByLabel('Fichier CSV').setInputFiles({ name: 'projets.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${[PROJECT_IMPORT_HEADER, ...lines].join('\r\n')}\r\n`, 'utf8') });
  await page.getByLabel('Publier directement les projets importés').check();
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await page.getByRole('button', { name: lines.length === 1 ? 'Importer 1 projet' : `Importer ${lines.length} projets` }).click();
  await expect(page.getByRole('heading', { name: 'Import terminé' })).toBeVisible();
}
