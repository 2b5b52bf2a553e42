import { describe, expect, it } from 'vitest';
import { expandedTypes, expandOffline, topLevelTypes } from '@/tests/schemas/jsonld-offline';
import {
  articleJsonLd,
  breadcrumbJsonLd,
  datasetJsonLd,
  metropolisJsonLd,
  OPEN_LICENCE_URL,
  organizationJsonLd,
  serializeJsonLd,
  websiteJsonLd,
} from './json-ld';
import { fundedProjectsDatasetJsonLd } from './page-json-ld';

const SITE = 'https://observatoire.example/';
const SCHEMA = 'http://schema.org/';

const article = articleJsonLd(
  {
    path: '/groupes-de-travail/2e-groupe-de-travail',
    headline: 'Structurer un écosystème local de l’ESS',
    description: 'Le 2e groupe de travail du programme.',
    datePublished: new Date('2019-03-22T00:00:00.000Z'),
    dateModified: new Date('2019-04-02T00:00:00.000Z'),
    authors: [{ name: 'Avise', url: null }, { name: 'RTES' }],
    about: [
      { slug: 'nantes-metropole', officialName: 'Nantes Métropole' },
      { slug: 'nantes-metropole', officialName: 'Nantes Métropole' },
    ],
    mentions: [{ slug: 'metropole-europeenne-de-lille', officialName: 'Métropole européenne de Lille' }],
    keywords: ['ESS', 'innovation sociale'],
  },
  SITE,
);

const metropolis = metropolisJsonLd(
  {
    slug: 'nantes-metropole',
    officialName: 'Nantes Métropole',
    shortName: 'Nantes',
    region: 'Pays de la Loire',
    seatCity: 'Nantes',
    sirenCode: '244400404',
    website: null,
    geo: { latitude: 47.218, longitude: -1.554 },
  },
  SITE,
);

describe('serializeJsonLd', () => {
  it('never lets stored text close the script element, and stays the same JSON', () => {
    const hostile = { '@context': 'https://schema.org' as const, '@type': 'Article', headline: '</script><script>alert(1)</script> & <!-- «\u2028»' };
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/<|>/);
    expect(text).not.toContain('</script');
    expect(text).toContain('\\u003c/script\\u003e');
    expect(text).not.toContain('\u2028');
    expect(JSON.parse(text)).toEqual(hostile);
  });
});

describe('JSON-LD builders', () => {
  it('make every address absolute on the given origin', () => {
    expect(article.url).toBe('https://observatoire.example/groupes-de-travail/2e-groupe-de-travail');
    const about = article.about as Array<{ url: string }>;
    expect(about).toHaveLength(1); // the same métropole twice is named once
    expect(about[0]!.url).toBe('https://observatoire.example/metropoles/nantes-metropole');
    const crumbs = breadcrumbJsonLd([{ label: 'Accueil', href: '/' }, { label: 'Métropoles', href: '/metropoles' }, { label: 'Nantes' }], SITE);
    const items = crumbs.itemListElement as Array<{ position: number; name: string; item?: string }>;
    expect(items.map((item) => item.position)).toEqual([1, 2, 3]);
    expect(items[1]!.item).toBe('https://observatoire.example/metropoles');
    expect(items[2]!.item).toBeUndefined();
    expect(JSON.parse(serializeJsonLd(crumbs)).itemListElement[2]).toEqual({ '@type': 'ListItem', position: 3, name: 'Nantes' });
  });

  it('date an article by day and fall back on its publication day when never updated', () => {
    expect(article.datePublished).toBe('2019-03-22');
    expect(article.dateModified).toBe('2019-04-02');
    const unchanged = articleJsonLd({ ...articleInput(), dateModified: null }, SITE);
    expect(unchanged.dateModified).toBe('2019-03-22');
    expect(unchanged.author).toEqual([expect.objectContaining({ '@type': 'Organization', name: 'Observatoire des politiques ESS des métropoles' })]);
  });

  it('describe the funded projects as an openly licensed CSV data set', () => {
    const dataset = fundedProjectsDatasetJsonLd({ firstYear: 2015, lastYear: 2018 }, SITE);
    expect(dataset.license).toBe(OPEN_LICENCE_URL);
    expect(dataset.temporalCoverage).toBe('2015/2018');
    expect(dataset.distribution).toEqual([expect.objectContaining({ contentUrl: 'https://observatoire.example/projets/export.csv', encodingFormat: 'text/csv' })]);
    expect(fundedProjectsDatasetJsonLd({ firstYear: null, lastYear: null }, SITE).temporalCoverage).toBeUndefined();
  });

  it('expand offline to schema.org types', async () => {
    const cases = [
      [article, 'Article'],
      [metropolis, 'GovernmentOrganization'],
      [datasetJsonLd({ path: '/projets', name: 'Projets', description: 'd', downloadPath: '/projets/export.csv', keywords: [] }, SITE), 'Dataset'],
      [breadcrumbJsonLd([{ label: 'Accueil', href: '/' }], SITE), 'BreadcrumbList'],
      [websiteJsonLd(SITE), 'WebSite'],
      [organizationJsonLd(SITE), 'Organization'],
    ] as const;
    for (const [document, type] of cases) {
      const expanded = await expandOffline(JSON.parse(serializeJsonLd(document)));
      expect(topLevelTypes(expanded)).toEqual([`${SCHEMA}${type}`]);
    }
    const expandedMetropolis = await expandOffline(metropolis);
    expect(expandedTypes(expandedMetropolis)).toEqual(expect.arrayContaining([`${SCHEMA}Place`, `${SCHEMA}GeoCoordinates`, `${SCHEMA}PostalAddress`]));
    const geo = JSON.stringify(expandedMetropolis);
    expect(geo).toContain(`${SCHEMA}latitude`);
    expect(geo).toContain('47.218');
  });
});

function articleInput() {
  return {
    path: '/groupes-de-travail/x',
    headline: 'x',
    description: 'x',
    datePublished: new Date('2019-03-22T00:00:00.000Z'),
    dateModified: null,
    authors: [],
    about: [],
    mentions: [],
    keywords: [],
  };
}
