import type { Page } from '@playwright/test';
import { expandOffline, topLevelTypes } from '../schemas/jsonld-offline';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Search engines and link previews (ADR 015): every public page has its title,
// description, canonical (on canonical pages), Open Graph and Twitter tags; its
// JSON-LD parses and expands offline to the schema.org types expected; the
// share images are PNGs of 1200×630.

const SITE_NAME = 'Observatoire des politiques ESS des métropoles';
const SCHEMA = 'http://schema.org/';

interface PageCase {
  name: string;
  /** The address visited, or a list page whose first link of `linkPrefix` is followed. */
  path: string;
  linkPrefix?: string;
  status?: number;
  /** Canonical path expected; null: none. */
  canonical: string | null;
  /** og:url path expected (defaults to the canonical). */
  ogUrl?: string | null;
  noindex?: boolean;
  ogType?: 'website' | 'article';
  jsonLdTypes: string[];
}

const PAGES: PageCase[] = [
  { name: 'accueil', path: '/', canonical: '/', jsonLdTypes: ['WebSite', 'Organization'] },
  { name: 'annuaire', path: '/metropoles', canonical: '/metropoles', jsonLdTypes: ['BreadcrumbList'] },
  { name: 'annuaire filtré', path: '/metropoles?region=bretagne', canonical: '/metropoles', jsonLdTypes: ['BreadcrumbList'] },
  { name: 'profil', path: '/metropoles/nantes-metropole', canonical: '/metropoles/nantes-metropole', jsonLdTypes: ['GovernmentOrganization', 'BreadcrumbList'] },
  {
    name: 'plan',
    path: '/politiques/plan-ess-clermont-auvergne-metropole-2022-2026',
    canonical: '/politiques/plan-ess-clermont-auvergne-metropole-2022-2026',
    jsonLdTypes: ['BreadcrumbList'],
  },
  { name: 'structures', path: '/structures', canonical: '/structures', jsonLdTypes: ['BreadcrumbList'] },
  { name: 'structure', path: '/structures', linkPrefix: '/structures/', canonical: '', jsonLdTypes: ['BreadcrumbList'] },
  { name: 'comptes rendus', path: '/groupes-de-travail', canonical: '/groupes-de-travail', jsonLdTypes: ['BreadcrumbList'] },
  { name: 'compte rendu', path: '/groupes-de-travail', linkPrefix: '/groupes-de-travail/', canonical: '', ogType: 'article', jsonLdTypes: ['Article', 'BreadcrumbList'] },
  { name: 'glossaire', path: '/glossaire', canonical: '/glossaire', jsonLdTypes: ['BreadcrumbList'] },
  { name: 'explorateur', path: '/projets', canonical: '/projets', jsonLdTypes: ['Dataset', 'BreadcrumbList'] },
  { name: 'explorateur trié', path: '/projets?tri=montant', canonical: '/projets', jsonLdTypes: ['Dataset', 'BreadcrumbList'] },
  { name: 'comparaison', path: '/comparer', canonical: '/comparer', jsonLdTypes: ['BreadcrumbList'] },
  {
    name: 'sélection comparée',
    path: '/comparer?m=nantes-metropole,metropole-europeenne-de-lille',
    canonical: '/comparer',
    noindex: true,
    jsonLdTypes: ['BreadcrumbList'],
  },
  { name: 'connexion', path: '/connexion', canonical: null, ogUrl: '/connexion', noindex: true, jsonLdTypes: [] },
  { name: 'page introuvable', path: '/page-qui-n-existe-pas', status: 404, canonical: null, ogUrl: null, noindex: true, jsonLdTypes: [] },
];

async function meta(page: Page, attribute: 'name' | 'property', key: string): Promise<string | null> {
  const element = page.locator(`meta[${attribute}="${key}"]`);
  return (await element.count()) > 0 ? element.first().getAttribute('content') : null;
}

async function visit(page: Page, entry: PageCase): Promise<string> {
  let path = entry.path;
  if (entry.linkPrefix) {
    await page.goto(entry.path);
    const href = await page.locator(`main a[href^="${entry.linkPrefix}"]`).first().getAttribute('href');
    expect(href).toBeTruthy();
    path = href!;
  }
  const response = await page.goto(path);
  expect(response?.status()).toBe(entry.status ?? 200);
  return path;
}

async function jsonLdBlocks(page: Page): Promise<object[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => {
    expect(text, 'aucun « < » brut dans un bloc JSON-LD').not.toContain('<');
    return JSON.parse(text) as object;
  });
}

/** An absolute address, normalised ("http://h:1" and "http://h:1/" are the same page); throws on a relative one. */
function absolute(href: string | null): string {
  expect(href).toMatch(/^https?:\/\//);
  return new URL(href!).href;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('référencement et partage', () => {
  for (const entry of PAGES) {
    test(`${entry.name} : titre, description, canonique, Open Graph, Twitter et JSON-LD`, async ({ page, baseURL }) => {
      const path = await visit(page, entry);
      const bare = path.split('?')[0]!;
      const canonical = entry.canonical === '' ? bare : entry.canonical;
      const ogUrl = entry.ogUrl === undefined ? canonical : entry.ogUrl;

      const title = await page.title();
      if (entry.path === '/') expect(title).toBe(SITE_NAME);
      else expect(title).toMatch(new RegExp(`^\\S.* · ${SITE_NAME}$`));
      expect((await meta(page, 'name', 'description'))?.length ?? 0).toBeGreaterThan(30);

      const canonicalLinks = page.locator('link[rel="canonical"]');
      if (canonical === null) await expect(canonicalLinks).toHaveCount(0);
      else expect(absolute(await canonicalLinks.getAttribute('href'))).toBe(new URL(canonical, baseURL).href);
      const robots = (await meta(page, 'name', 'robots')) ?? '';
      if (entry.noindex) expect(robots).toContain('noindex');
      else expect(robots).not.toContain('noindex');

      expect(await meta(page, 'property', 'og:title')).toBeTruthy();
      expect(await meta(page, 'property', 'og:description')).toBeTruthy();
      expect(await meta(page, 'property', 'og:type')).toBe(entry.ogType ?? 'website');
      expect(await meta(page, 'property', 'og:locale')).toBe('fr_FR');
      expect(await meta(page, 'property', 'og:site_name')).toBe(SITE_NAME);
      if (ogUrl === null) expect(await meta(page, 'property', 'og:url')).toBeNull();
      else expect(absolute(await meta(page, 'property', 'og:url'))).toBe(new URL(ogUrl, baseURL).href);
      expect(await meta(page, 'property', 'og:image')).toMatch(new RegExp(`^${baseURL}/`));
      expect(await meta(page, 'property', 'og:image:width')).toBe('1200');
      expect(await meta(page, 'property', 'og:image:height')).toBe('630');
      expect(await meta(page, 'property', 'og:image:alt')).toBeTruthy();
      expect(await meta(page, 'name', 'twitter:card')).toBe('summary_large_image');
      expect(await meta(page, 'name', 'twitter:title')).toBeTruthy();
      expect(await meta(page, 'name', 'twitter:description')).toBeTruthy();
      expect(await meta(page, 'name', 'twitter:image')).toMatch(new RegExp(`^${baseURL}/`));

      const types: string[] = [];
      for (const block of await jsonLdBlocks(page)) {
        for (const document of Array.isArray(block) ? block : [block]) types.push(...topLevelTypes(await expandOffline(document)));
      }
      expect(types.sort()).toEqual(entry.jsonLdTypes.map((type) => `${SCHEMA}${type}`).sort());

      await expectNoAxeViolations(page);
    });
  }

  test('images de partage : un compte rendu, une métropole et le site, en PNG 1200×630 ; slug inconnu → 404', async ({ page, request }) => {
    await page.goto('/groupes-de-travail');
    const recapPath = await page.locator('main a[href^="/groupes-de-travail/"]').first().getAttribute('href');
    const imageUrls: string[] = [];
    for (const path of [recapPath!, '/metropoles/nantes-metropole', '/glossaire']) {
      await page.goto(path);
      imageUrls.push((await meta(page, 'property', 'og:image'))!);
    }
    const [recapImage, metropolisImage, siteImage] = imageUrls as [string, string, string];
    expect(new URL(recapImage).pathname).toMatch(new RegExp(`^${recapPath}/opengraph-image`));
    expect(new URL(metropolisImage).pathname).toMatch(/^\/metropoles\/nantes-metropole\/opengraph-image/);
    expect(new URL(siteImage).pathname).toBe('/opengraph-image');

    for (const url of imageUrls) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    }
    // The two cards differ from each other and from the site's: each is drawn from its page's data.
    const [recapBytes, metropolisBytes] = await Promise.all([recapImage, metropolisImage].map(async (url) => (await request.get(url)).body()));
    expect(recapBytes!.equals(metropolisBytes!)).toBe(false);

    for (const url of [recapImage.replace(recapPath!, '/groupes-de-travail/inconnu'), metropolisImage.replace('/nantes-metropole/', '/inconnue/')]) {
      expect((await request.get(url)).status(), url).toBe(404);
    }
  });
});
