import { describe, expect, it } from 'vitest';
import { describeResults, dcatRecommendations, dcatViolations, jsonLdToStore, objectsOf, turtleToStore } from '@/tests/schemas/dcat-shacl';
import { OPEN_DATA_COLLECTIONS } from './collections';
import { toJsonLd } from './rdf';
import { buildCatalogueGraph, catalogueJsonLd, DCAT_AP_CONTEXT, catalogueTurtle, xsdDateTime, type CatalogueInput } from './dcat';

const SITE = 'https://observatoire.example.org';
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

const input: CatalogueInput = {
  siteUrl: SITE,
  contactEmail: 'donnees@observatoire.example.org',
  datasets: OPEN_DATA_COLLECTIONS.map((collection, index) => ({
    collection,
    rowCount: index * 7,
    // One collection without any published row: no date at all.
    lastModified: index === 0 ? null : new Date(Date.UTC(2026, 10, index, 9, 30, 15, 123)),
    years: collection.key === 'projets' ? { startYear: 2015, endYear: 2018 } : null,
  })),
};

describe('DCAT-AP catalogue builder', () => {
  it('conforms to the DCAT-AP 3.0.1 shapes (mandatory and ranges) in JSON-LD and in Turtle', async () => {
    for (const store of [await jsonLdToStore(catalogueJsonLd(input)), turtleToStore(await catalogueTurtle(input))]) {
      const violations = await dcatViolations(store);
      expect(violations, describeResults(violations)).toEqual([]);
    }
  });

  it('is checked for real: a dataset without a title or an untyped publisher is a violation', async () => {
    const nodes = buildCatalogueGraph(input).map((node) =>
      node.id === `${SITE}/donnees#jeu-projets` ? { ...node, properties: { ...node.properties, 'dct:title': undefined } } : node.types.includes('foaf:Agent') ? { ...node, types: [] } : node,
    );
    const violations = await dcatViolations(await jsonLdToStore(toJsonLd(nodes)));
    const paths = violations.map((violation) => `${violation.focusNode} ${violation.path}`);
    expect(paths).toContain(`${SITE}/donnees#jeu-projets ${DCT}title`);
    expect(paths).toContain(`${SITE}/donnees#catalogue ${DCT}publisher`);
  });

  it('gives the same triples in both serialisations', async () => {
    const fromJsonLd = await jsonLdToStore(catalogueJsonLd(input));
    const fromTurtle = turtleToStore(await catalogueTurtle(input));
    expect(fromJsonLd.size).toBe(fromTurtle.size);
    expect(fromJsonLd.size).toBeGreaterThan(300);
    for (const quad of fromTurtle.getQuads(null, null, null, null)) expect(fromJsonLd.has(quad)).toBe(true);
  });

  it('lists every collection once, with its three distributions at the contract paths', async () => {
    const store = turtleToStore(await catalogueTurtle(input));
    const datasets = objectsOf(store, `${DCAT}dataset`).map((term) => term.value);
    expect(datasets).toHaveLength(OPEN_DATA_COLLECTIONS.length);
    const downloads = objectsOf(store, `${DCAT}downloadURL`).map((term) => term.value);
    for (const collection of OPEN_DATA_COLLECTIONS) {
      expect(downloads).toContain(`${SITE}${collection.csvPath}`);
      expect(downloads).toContain(`${SITE}${collection.jsonPath}`);
      expect(objectsOf(store, `${DCAT}accessURL`).map((term) => term.value)).toContain(`${SITE}${collection.apiPath}`);
      expect(objectsOf(store, `${DCT}conformsTo`).map((term) => term.value)).toContain(`${SITE}${collection.schemaPath}`);
    }
    expect(objectsOf(store, `${DCAT}endpointDescription`).map((term) => term.value)).toEqual([`${SITE}/api/v1/openapi.json`]);
  });

  it('types every dct:modified as a valid xsd:dateTime, and the catalogue carries the newest', async () => {
    const store = await jsonLdToStore(catalogueJsonLd(input));
    const modified = store.getQuads(null, `${DCT}modified`, null, null);
    expect(modified.length).toBeGreaterThan(0);
    for (const { object } of modified) {
      expect(object.termType).toBe('Literal');
      expect((object as { datatype: { value: string } }).datatype.value).toBe(`${XSD}dateTime`);
      expect(object.value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(Number.isNaN(Date.parse(object.value))).toBe(false);
    }
    const catalogueModified = store.getQuads(`${SITE}/donnees#catalogue`, `${DCT}modified`, null, null).map((quad) => quad.object.value);
    expect(catalogueModified).toEqual([xsdDateTime(new Date(Date.UTC(2026, 10, OPEN_DATA_COLLECTIONS.length - 1, 9, 30, 15)))]);
    expect(store.getQuads(`${SITE}/donnees#jeu-metropoles`, `${DCT}modified`, null, null)).toEqual([]);
  });

  it('does not reference the official DCAT-AP context, which JSON-LD processors reject (ADR 019)', async () => {
    expect(JSON.stringify(catalogueJsonLd(input))).not.toContain(DCAT_AP_CONTEXT);
    await expect(jsonLdToStore({ '@context': DCAT_AP_CONTEXT, '@id': `${SITE}/x`, '@type': 'Dataset' })).rejects.toThrow(/IRI/);
  });

  it('gives a temporal coverage only when the data have years', () => {
    const nodes = buildCatalogueGraph(input);
    const periods = nodes.filter((node) => node.types.includes('dct:PeriodOfTime'));
    expect(periods.map((node) => node.id)).toEqual([`${SITE}/donnees#periode-projets`]);
    expect(periods[0]!.properties['dcat:startDate']).toEqual({ value: '2015', datatype: 'xsd:gYear' });
  });

  it('keeps the recommended-property warnings to the justified ones (ADR 019)', async () => {
    const warnings = await dcatRecommendations(await jsonLdToStore(catalogueJsonLd(input)));
    const found = [...new Set(warnings.map((warning) => `${warning.focusNode.replace(SITE, '')} ${warning.path}`))].sort();
    const withoutYears = input.datasets.filter((dataset) => !dataset.years).map((dataset) => `/donnees#jeu-${dataset.collection.key} ${DCT}temporal`);
    expect(found, describeResults(warnings)).toEqual(
      [
        // No stored date for the catalogue's first issue.
        `/donnees#catalogue ${DCT}issued`,
        // France is the EU authority table's country: its geometry is the table's, not ours.
        `http://publications.europa.eu/resource/authority/country/FRA ${DCAT}bbox`,
        `http://publications.europa.eu/resource/authority/country/FRA ${DCAT}centroid`,
        // Collections whose rows carry no years (métropoles, structures, taxonomies…).
        ...withoutYears,
      ].sort(),
    );
  });
});
