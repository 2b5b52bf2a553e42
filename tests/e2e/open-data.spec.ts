import { expandOffline, topLevelTypes } from '../schemas/jsonld-offline';
import { describeResults, dcatViolations, jsonLdToStore, turtleToStore } from '../schemas/dcat-shacl';
import { OPEN_DATA_COLLECTIONS } from '../../lib/open-data/collections';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The open-data page and the DCAT-AP catalogue (ADR 019). The files themselves
// are the API's (issue 12): only the links' addresses are checked here.

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';

test.describe('données ouvertes', () => {
  test('/donnees présente chaque jeu de données avec ses téléchargements, son API, la licence et le catalogue', async ({ page }) => {
    const response = await page.goto('/donnees');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Données ouvertes');
    const table = page.getByRole('table', { name: /jeux de données de l’observatoire/ });
    await expect(table.getByRole('rowheader')).toHaveCount(OPEN_DATA_COLLECTIONS.length);
    for (const collection of OPEN_DATA_COLLECTIONS) {
      const row = page.locator(`tr#${collection.key}`);
      await expect(row.getByRole('rowheader')).toContainText(collection.title);
      await expect(row.getByRole('link', { name: `CSV : ${collection.title}`, exact: true })).toHaveAttribute('href', collection.csvPath);
      await expect(row.getByRole('link', { name: `JSON : ${collection.title}`, exact: true })).toHaveAttribute('href', collection.jsonPath);
      await expect(row.getByRole('link', { name: `Schéma (Table Schema) : ${collection.title}`, exact: true })).toHaveAttribute('href', collection.schemaPath);
      await expect(row.getByRole('link', { name: new RegExp(`${collection.title} dans l’API`) })).toHaveAttribute('href', collection.apiPath);
    }
    // The seed's 22 métropoles (other tests running in parallel may publish more), with a date of last change.
    const metropoles = page.locator('tr#metropoles');
    await expect(metropoles.getByRole('cell').first()).toHaveText(/^\d+$/);
    expect(Number(await metropoles.getByRole('cell').first().textContent())).toBeGreaterThanOrEqual(22);
    await expect(metropoles.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);

    await expect(page.getByRole('link', { name: 'Licence Ouverte / Open Licence version 2.0' })).toHaveAttribute('href', 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/');
    await expect(page.getByText('Comment citer ces données :')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Documentation de l’API' })).toHaveAttribute('href', '/donnees/api');
    await expect(page.getByRole('link', { name: '/api/v1/openapi.json' })).toHaveAttribute('href', '/api/v1/openapi.json');
    await expect(page.getByRole('link', { name: 'Catalogue en JSON-LD' })).toHaveAttribute('href', '/donnees/catalogue.jsonld');
    await expect(page.getByRole('link', { name: 'Catalogue en Turtle' })).toHaveAttribute('href', '/donnees/catalogue.ttl');
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Données ouvertes' })).toHaveAttribute('href', '/donnees');

    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const types = (await Promise.all(blocks.map(async (block) => topLevelTypes(await expandOffline(JSON.parse(block) as object))))).flat();
    expect(types).toContain('http://schema.org/DataCatalog');
    await expectNoAxeViolations(page);
  });

  test('le catalogue DCAT-AP est servi en JSON-LD et en Turtle, et valide les formes SHACL', async ({ request, baseURL }) => {
    const jsonld = await request.get('/donnees/catalogue.jsonld');
    expect(jsonld.status()).toBe(200);
    expect(jsonld.headers()['content-type']).toBe('application/ld+json; charset=utf-8');
    const turtle = await request.get('/donnees/catalogue.ttl');
    expect(turtle.status()).toBe(200);
    expect(turtle.headers()['content-type']).toBe('text/turtle; charset=utf-8');

    const stores = [await jsonLdToStore((await jsonld.json()) as object), turtleToStore(await turtle.text())];
    for (const store of stores) {
      const violations = await dcatViolations(store);
      expect(violations, describeResults(violations)).toEqual([]);
      const downloads = store.getQuads(null, `${DCAT}downloadURL`, null, null).map((quad) => quad.object.value);
      for (const collection of OPEN_DATA_COLLECTIONS) expect(downloads).toContain(`${baseURL}${collection.csvPath}`);
      for (const quad of store.getQuads(null, `${DCT}modified`, null, null)) expect(Number.isNaN(Date.parse(quad.object.value))).toBe(false);
    }
    expect(stores[0]!.size).toBe(stores[1]!.size);
  });
});
