import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { validateXML } from 'xmllint-wasm';
import { expect, signIn, test } from './auth-fixtures';
import { expectNoAxeViolations } from './fixtures';
import { checkAtomProse } from '../schemas/atom-prose';

const schemas = path.resolve(import.meta.dirname, '../schemas');
const atomGrammar = readFileSync(path.join(schemas, 'atom.rng'), 'utf8');
const sitemapSchema = readFileSync(path.join(schemas, 'sitemap.xsd'), 'utf8');

const suffix = () => randomBytes(3).toString('hex');
const entryIds = (xml: string) => [...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((match) => match[1]!);

async function validAtom(xml: string) {
  const result = await validateXML({ xml: [{ fileName: 'flux.xml', contents: xml }], schema: [{ fileName: 'atom.rng', contents: atomGrammar }], extension: 'relaxng' });
  expect(result.errors.map((error) => error.message)).toEqual([]);
  expect(checkAtomProse(xml)).toEqual([]);
}

async function submit(page: Page, button: Locator) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action']));
  await button.click();
  await answered;
}

test.describe('Atom feeds, sitemap, robots.txt and the public history of corrections', () => {
  test('the Atom feed validates against RFC 4287, its filters narrow it and bad filters are refused', async ({ request }) => {
    const response = await request.get('/flux.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const all = await response.text();
    await validAtom(all);
    expect(all).toContain('Métropoles, ESS et innovation sociale');

    const nantes = await request.get('/flux.xml?metropole=nantes-metropole');
    expect(nantes.status()).toBe(200);
    const nantesXml = await nantes.text();
    await validAtom(nantesXml);
    const allIds = entryIds(all);
    const nantesIds = entryIds(nantesXml);
    expect(nantesIds.length).toBeGreaterThan(0);
    expect(nantesIds.every((id) => allIds.includes(id))).toBe(true);
    // A métropole that took part in no recap has an empty (but valid) feed: the filter narrows.
    const nice = await request.get('/flux.xml?metropole=metropole-nice-cote-d-azur');
    if (nice.status() === 200) {
      const niceXml = await nice.text();
      await validAtom(niceXml);
      expect(entryIds(niceXml).length).toBeLessThan(allIds.length);
    }

    const unknown = await request.get('/flux.xml?metropole=metropole-inconnue');
    expect(unknown.status()).toBe(404);
    expect(await unknown.text()).toContain('metropole-inconnue');
    expect((await request.get('/flux.xml?theme=theme-inconnu')).status()).toBe(404);
    expect((await request.get('/flux.xml?page=2')).status()).toBe(400);
    expect((await request.get('/flux.xml?metropole=Nantes%20M')).status()).toBe(400);
    expect((await request.get('/flux.xml?metropole=a&metropole=b')).status()).toBe(400);
  });

  test('recap and métropole pages announce their feeds', async ({ page, request }) => {
    const all = await (await request.get('/flux.xml')).text();
    const recapUrl = /<link rel="alternate" type="text\/html" href="([^"]*\/groupes-de-travail\/[^"]+)"\/>/.exec(all)?.[1];
    expect(recapUrl).toBeTruthy();
    await page.goto(new URL(recapUrl!).pathname);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/flux\.xml$/);

    await page.goto('/metropoles/nantes-metropole');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/flux\.xml\?metropole=nantes-metropole$/);
    await page.goto('/');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/flux\.xml$/);
  });

  test('the sitemap validates against the sitemaps.org schema and robots.txt keeps staff pages out', async ({ request, baseURL }) => {
    const sitemap = await request.get('/sitemap.xml');
    expect(sitemap.status()).toBe(200);
    const xml = await sitemap.text();
    const result = await validateXML({ xml: [{ fileName: 'sitemap.xml', contents: xml }], schema: [{ fileName: 'sitemap.xsd', contents: sitemapSchema }] });
    expect(result.errors.map((error) => error.message)).toEqual([]);
    expect(xml).toContain(`<loc>${baseURL}/metropoles/nantes-metropole</loc>`);
    expect(xml).toContain(`<loc>${baseURL}/groupes-de-travail</loc>`);
    expect(xml).not.toContain('/admin');
    expect(xml).not.toContain('/connexion');

    const robots = await request.get('/robots.txt');
    expect(robots.status()).toBe(200);
    const text = await robots.text();
    expect(text).toMatch(/^Disallow: \/admin$/m);
    expect(text).toMatch(/^Disallow: \/connexion$/m);
    expect(text).toMatch(/^Disallow: \/api\/$/m);
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });

  test('an editor corrects a published figure: the public page shows the old and new values, never the pending draft', async ({ page, db, createUser }) => {
    const name = `Corrigeville ${suffix()}`;
    const published = { status: 'PUBLISHED' as const, publishedAt: new Date() };
    const metropolis = await db.metropolis.create({
      data: { slug: `metropole-corrigeville-${suffix()}`, officialName: `Métropole de ${name}`, shortName: name, region: 'Bretagne', seatCity: name, latitude: 48.1, longitude: -1.6, ...published },
      select: { id: true, slug: true },
    });
    const source = await db.source.create({ data: { publisher: 'Observatoire local', title: `Bilan ${suffix()}`, ...published }, select: { id: true } });
    const figure = await db.figure.create({
      data: { indicator: 'projets-finances', label: `Projets financés à ${name}`, value: 120, unit: 'COUNT', sourceId: source.id, metropolisId: metropolis.id, ...published },
      select: { id: true },
    });

    await page.goto(`/metropoles/${metropolis.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    await expect(page.getByRole('heading', { name: 'Historique des modifications' })).toHaveCount(0);

    const editor = await createUser({ role: 'EDITOR' });
    await signIn(page, editor);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto(`/admin/contenus/chiffres/${figure.id}`);
    await page.getByLabel('Valeur (obligatoire)', { exact: true }).fill('135');
    await submit(page, page.getByRole('button', { name: 'Publier les modifications' }));
    await expect(page.getByRole('status')).toContainText('Fiche publiée');
    // A later draft stays off the public site and out of its history.
    await page.getByLabel('Valeur (obligatoire)', { exact: true }).fill('999');
    await submit(page, page.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await expect(page.getByTestId('etat-fiche')).toContainText('modifications en attente');

    await page.goto(`/metropoles/${metropolis.slug}`);
    const history = page.locator('section[aria-labelledby="historique"]');
    await expect(history.getByRole('heading', { name: 'Historique des modifications' })).toBeVisible();
    await expect(history).toContainText(`Chiffre « Projets financés à ${name} »`);
    await expect(history).toContainText('Valeur : 120 → 135');
    await expect(page.getByText(/Mis à jour le \d{1,2}(er)? \S+ \d{4}/)).toBeVisible();
    const card = page.locator(`#chiffre-${figure.id}`);
    await expect(card).toContainText('135');
    await expect(card).toContainText(/Corrigé le \d{1,2}(er)? \S+ \d{4}/);
    await card.getByRole('link', { name: /voir la modification/ }).click();
    await expect(page).toHaveURL(/#modification-/);
    await expect(page.locator('main')).not.toContainText('999');
    await expect(history).not.toContainText(editor.name);
    await expectNoAxeViolations(page);
  });
});
