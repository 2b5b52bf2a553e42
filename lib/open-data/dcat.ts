import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/seo/site';
import { OPEN_DATA_LICENCE, type OpenDataCollection, type OpenDataCollectionKey } from './collections';
import { iri, text, toJsonLd, toTurtle, typed, type Curie, type RdfNode } from './rdf';

// The DCAT-AP 3.0.1 catalogue of the open data (docs/decisions/019): a pure
// builder from the registry, the row counts and the dates. Every resource it
// links to is typed in the document itself, as the DCAT-AP range shapes ask.

/**
 * The official DCAT-AP 3.0.1 context. Not referenced by the catalogue: JSON-LD 1.1
 * processors reject it (jsonld.js: "invalid IRI mapping" on its `Xsd:dateTime`
 * terms), so the catalogue inlines the same class terms and the prefixes (ADR 019).
 */
export const DCAT_AP_CONTEXT = 'https://semiceu.github.io/DCAT-AP/releases/3.0.1/context/dcat-ap.jsonld';
export const CATALOGUE_JSONLD_PATH = '/donnees/catalogue.jsonld';
export const CATALOGUE_TURTLE_PATH = '/donnees/catalogue.ttl';
export const API_BASE_PATH = '/api/v1';
export const OPENAPI_PATH = '/api/v1/openapi.json';
export const API_DOCUMENTATION_PATH = '/donnees/api';

const EU = 'http://publications.europa.eu/resource/authority';
const DATA_THEME = `${EU}/data-theme`;
const FILE_TYPE = `${EU}/file-type`;
const IANA = 'http://www.iana.org/assignments/media-types';
const FRANCE = `${EU}/country/FRA`;
const FRENCH = `${EU}/language/FRA`;
/** The data change whenever an editor publishes: no fixed rhythm. */
const IRREGULAR = `${EU}/frequency/IRREG`;
const NON_PROFIT = 'http://purl.org/adms/publishertype/NonProfitOrganisation';
const ATTRIBUTION = 'http://purl.org/adms/licencetype/Attribution';
/** The files and the API are kept at the same addresses (planned availability). */
const STABLE = `${EU}/planned-availability/STABLE`;
const OPENAPI_3_1 = 'https://spec.openapis.org/oas/v3.1.0';

type ThemeCode = 'ECON' | 'SOCI' | 'GOVE' | 'REGI';

const THEME_LABELS: Record<ThemeCode, string> = {
  ECON: 'Économie et finances',
  SOCI: 'Population et société',
  GOVE: 'Gouvernement et secteur public',
  REGI: 'Régions et villes',
};

/** EU data themes and keywords of each collection. */
const DATASET_SUBJECTS: Record<OpenDataCollectionKey, { themes: ThemeCode[]; keywords: string[] }> = {
  metropoles: { themes: ['REGI', 'GOVE', 'ECON'], keywords: ['métropoles', 'collectivités territoriales', 'EPCI'] },
  politiques: { themes: ['GOVE', 'ECON', 'SOCI'], keywords: ['politiques publiques', 'plans ESS', "leviers d'action"] },
  programmes: { themes: ['ECON', 'GOVE'], keywords: ['appels à projets', 'subventions', 'prix'] },
  projets: { themes: ['ECON', 'SOCI'], keywords: ['projets financés', 'subventions', 'quartiers prioritaires'] },
  structures: { themes: ['ECON', 'SOCI'], keywords: ['accompagnement', 'incubateurs', 'réseaux'] },
  'groupes-de-travail': { themes: ['GOVE', 'SOCI'], keywords: ['groupes de travail', 'comptes rendus'] },
  chiffres: { themes: ['ECON', 'SOCI'], keywords: ['indicateurs', 'sources'] },
  thematiques: { themes: ['SOCI'], keywords: ['thématiques'] },
  leviers: { themes: ['GOVE', 'ECON'], keywords: ["leviers d'action"] },
  glossaire: { themes: ['SOCI', 'ECON'], keywords: ['glossaire', 'définitions'] },
};

const COMMON_KEYWORDS = ['économie sociale et solidaire', 'ESS', 'innovation sociale'];

export interface CatalogueDatasetInput {
  collection: OpenDataCollection;
  rowCount: number;
  /** Latest change of its published rows; null when it holds none. */
  lastModified: Date | null;
  /** Years its rows are about, when they say. */
  years: { startYear: number; endYear: number } | null;
}

export interface CatalogueInput {
  /** Public origin, without a trailing slash. */
  siteUrl: string;
  /** Where harvesters and reusers write. */
  contactEmail: string;
  datasets: readonly CatalogueDatasetInput[];
}

/** Addresses of the catalogue's resources: the /donnees page's anchors, so each is readable by a person too. */
export function catalogueIris(siteUrl: string) {
  const at = (path: string) => `${siteUrl}${path}`;
  return {
    catalogue: at('/donnees#catalogue'),
    publisher: at('/#organisation'),
    contact: at('/donnees#contact'),
    service: at(`${API_BASE_PATH}#service`),
    dataset: (key: OpenDataCollectionKey) => at(`/donnees#jeu-${key}`),
    landingPage: (key: OpenDataCollectionKey) => at(`/donnees#${key}`),
    distribution: (key: OpenDataCollectionKey, format: 'csv' | 'json' | 'api') => at(`/donnees#${key}-${format}`),
    period: (key: OpenDataCollectionKey) => at(`/donnees#periode-${key}`),
    at,
  };
}

/** xsd:dateTime of an instant (UTC, whole seconds). */
export function xsdDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const newest = (dates: ReadonlyArray<Date | null>): Date | null =>
  dates.reduce<Date | null>((max, date) => (date && (!max || date > max) ? date : max), null);

export function buildCatalogueGraph(input: CatalogueInput): RdfNode[] {
  const ids = catalogueIris(input.siteUrl);
  const modified = (date: Date | null) => (date ? typed(xsdDateTime(date), 'xsd:dateTime') : undefined);
  const licence = iri(OPEN_DATA_LICENCE.url);
  const catalogueModified = newest(input.datasets.map((dataset) => dataset.lastModified));
  const usedThemes = [...new Set(input.datasets.flatMap((dataset) => DATASET_SUBJECTS[dataset.collection.key].themes))];

  const catalogue: RdfNode = {
    id: ids.catalogue,
    types: ['dcat:Catalog'],
    properties: {
      'dct:title': text(`Données ouvertes de l'${SITE_NAME}`),
      'dct:description': text(SITE_DESCRIPTION),
      'dct:publisher': iri(ids.publisher),
      'foaf:homepage': iri(ids.at('/donnees')),
      'dct:language': iri(FRENCH),
      'dct:license': licence,
      'dct:spatial': iri(FRANCE),
      'dct:modified': modified(catalogueModified),
      'dcat:themeTaxonomy': iri(DATA_THEME),
      'dcat:dataset': input.datasets.map((dataset) => iri(ids.dataset(dataset.collection.key))),
      'dcat:service': iri(ids.service),
    },
  };

  const publisher: RdfNode = {
    id: ids.publisher,
    types: ['foaf:Agent'],
    properties: {
      'foaf:name': [text(`${SITE_NAME} (RTES et Avise)`)],
      'dct:type': iri(NON_PROFIT),
      'foaf:homepage': iri(ids.at('/')),
    },
  };

  const contact: RdfNode = {
    id: ids.contact,
    types: ['vcard:Kind'],
    properties: {
      'vcard:fn': text(`${SITE_NAME}, équipe éditoriale`),
      'vcard:hasEmail': iri(`mailto:${input.contactEmail}`),
      'vcard:hasURL': iri(ids.at('/donnees')),
    },
  };

  const service: RdfNode = {
    id: ids.service,
    types: ['dcat:DataService'],
    properties: {
      'dct:title': text(`API de l'${SITE_NAME}`),
      'dct:description': text('API JSON en lecture seule des données publiées : collections paginées, filtres, dates ISO 8601, montants en centimes et en euros.'),
      'dcat:endpointURL': iri(ids.at(API_BASE_PATH)),
      'dcat:endpointDescription': iri(ids.at(OPENAPI_PATH)),
      'dct:conformsTo': iri(OPENAPI_3_1),
      'dcat:keyword': [...COMMON_KEYWORDS, 'API', 'OpenAPI', 'données ouvertes'].map((keyword) => text(keyword)),
      'dcat:landingPage': iri(ids.at(API_DOCUMENTATION_PATH)),
      'dcat:servesDataset': input.datasets.map((dataset) => iri(ids.dataset(dataset.collection.key))),
      'dct:publisher': iri(ids.publisher),
      'dcat:contactPoint': iri(ids.contact),
      'dct:license': licence,
      'dcat:theme': usedThemes.map((code) => iri(`${DATA_THEME}/${code}`)),
    },
  };

  const datasetNodes = input.datasets.flatMap(({ collection, rowCount, lastModified, years }): RdfNode[] => {
    const { key } = collection;
    const subjects = DATASET_SUBJECTS[key];
    const period: RdfNode | null = years
      ? {
          id: ids.period(key),
          types: ['dct:PeriodOfTime'],
          properties: { 'dcat:startDate': typed(String(years.startYear), 'xsd:gYear'), 'dcat:endDate': typed(String(years.endYear), 'xsd:gYear') },
        }
      : null;
    const distribution = (format: 'csv' | 'json' | 'api'): RdfNode => {
      const url = ids.at(format === 'csv' ? collection.csvPath : format === 'json' ? collection.jsonPath : collection.apiPath);
      const isCsv = format === 'csv';
      const label = { csv: 'fichier CSV', json: 'fichier JSON', api: 'API JSON' }[format];
      return {
        id: ids.distribution(key, format),
        types: ['dcat:Distribution'],
        properties: {
          'dct:title': text(`${collection.title} (${label})`),
          'dct:description': text(
            isCsv
              ? `${collection.title}, une ligne par élément publié ; colonnes décrites par un schéma Table Schema.`
              : format === 'json'
                ? `${collection.title}, tous les éléments publiés dans un fichier JSON.`
                : `${collection.title} par l'API, paginés, avec les liens entre ressources.`,
          ),
          'dcat:accessURL': iri(url),
          'dcat:downloadURL': format === 'api' ? undefined : iri(url),
          'dcat:accessService': format === 'api' ? iri(ids.service) : undefined,
          'dct:format': iri(`${FILE_TYPE}/${isCsv ? 'CSV' : 'JSON'}`),
          'dcat:mediaType': iri(`${IANA}/${isCsv ? 'text/csv' : 'application/json'}`),
          'dct:license': licence,
          'dcatap:availability': iri(STABLE),
          'dct:conformsTo': isCsv ? iri(ids.at(collection.schemaPath)) : undefined,
          'dct:modified': modified(lastModified),
        },
      };
    };
    const distributions = (['csv', 'json', 'api'] as const).map(distribution);
    const dataset: RdfNode = {
      id: ids.dataset(key),
      types: ['dcat:Dataset'],
      properties: {
        'dct:title': text(collection.title),
        'dct:description': text(`${collection.description} ${rowCount.toLocaleString('fr-FR')} élément${rowCount > 1 ? 's' : ''} publié${rowCount > 1 ? 's' : ''}.`),
        'dct:identifier': typed(ids.dataset(key), 'xsd:string'),
        'dcat:contactPoint': iri(ids.contact),
        'dct:publisher': iri(ids.publisher),
        'dcat:theme': subjects.themes.map((code) => iri(`${DATA_THEME}/${code}`)),
        'dcat:keyword': [...COMMON_KEYWORDS, ...subjects.keywords].map((keyword) => text(keyword)),
        'dct:spatial': iri(FRANCE),
        'dct:temporal': period ? iri(period.id) : undefined,
        'dct:modified': modified(lastModified),
        'dct:accrualPeriodicity': iri(IRREGULAR),
        'dct:language': iri(FRENCH),
        'dcat:landingPage': iri(ids.landingPage(key)),
        'dcat:distribution': distributions.map((node) => iri(node.id)),
      },
    };
    const schemaDocument: RdfNode = { id: ids.at(collection.schemaPath), types: ['dct:Standard'], properties: { 'dct:title': text(`Schéma de ${collection.title} (Table Schema)`) } };
    const landingPage: RdfNode = { id: ids.landingPage(key), types: ['foaf:Document'], properties: {} };
    return [dataset, ...(period ? [period] : []), ...distributions, schemaDocument, landingPage];
  });

  // The vocabulary terms the document links to, typed as the range shapes expect.
  const concept = (id: string, label: string): RdfNode => ({ id, types: ['skos:Concept'], properties: { 'skos:prefLabel': text(label) } });
  const vocabulary: RdfNode[] = [
    { id: DATA_THEME, types: ['skos:ConceptScheme'], properties: { 'dct:title': text('Thèmes des données (vocabulaire de l’Union européenne)') } },
    ...usedThemes.map((code) => ({ ...concept(`${DATA_THEME}/${code}`, THEME_LABELS[code]), properties: { 'skos:prefLabel': text(THEME_LABELS[code]), 'skos:inScheme': iri(DATA_THEME) } })),
    concept(NON_PROFIT, 'Organisation à but non lucratif'),
    concept(ATTRIBUTION, 'Attribution'),
    concept(STABLE, 'Stable'),
    { id: OPENAPI_3_1, types: ['dct:Standard'], properties: { 'dct:title': text('OpenAPI Specification 3.1.0', 'en') } },
    { id: OPEN_DATA_LICENCE.url, types: ['dct:LicenseDocument'], properties: { 'dct:title': text(OPEN_DATA_LICENCE.name), 'dct:type': iri(ATTRIBUTION) } },
    { id: FRANCE, types: ['dct:Location'], properties: { 'skos:prefLabel': text('France') } },
    { id: FRENCH, types: ['dct:LinguisticSystem'], properties: {} },
    { id: IRREGULAR, types: ['dct:Frequency'], properties: {} },
    { id: `${FILE_TYPE}/CSV`, types: ['dct:MediaTypeOrExtent'], properties: {} },
    { id: `${FILE_TYPE}/JSON`, types: ['dct:MediaTypeOrExtent'], properties: {} },
    { id: `${IANA}/text/csv`, types: ['dct:MediaType'], properties: {} },
    { id: `${IANA}/application/json`, types: ['dct:MediaType'], properties: {} },
    { id: ids.at('/'), types: ['foaf:Document'], properties: {} },
    { id: ids.at('/donnees'), types: ['foaf:Document'], properties: {} },
    { id: ids.at(API_DOCUMENTATION_PATH), types: ['foaf:Document'], properties: {} },
  ];

  return [catalogue, publisher, contact, service, ...datasetNodes, ...vocabulary];
}

/** The DCAT-AP context's terms for the classes used (the official context's names), so the JSON-LD reads as DCAT-AP. */
export const DCAT_AP_TYPE_TERMS: Partial<Record<Curie, string>> = {
  'dcat:Catalog': 'Catalogue',
  'dcat:Dataset': 'Dataset',
  'dcat:Distribution': 'Distribution',
  'dcat:DataService': 'DataService',
  'foaf:Agent': 'Agent',
  'vcard:Kind': 'Kind',
  'dct:PeriodOfTime': 'PeriodOfTime',
  'dct:LicenseDocument': 'LicenceDocument',
  'skos:Concept': 'Concept',
  'skos:ConceptScheme': 'ConceptScheme',
  'dct:Location': 'Location',
  'dct:LinguisticSystem': 'LinguisticSystem',
  'dct:Frequency': 'Frequency',
  'dct:MediaType': 'MediaType',
  'dct:MediaTypeOrExtent': 'MediaTypeOrExtent',
  'dct:Standard': 'Standard',
  'foaf:Document': 'Document',
};

/** The catalogue as JSON-LD, with an inline context: the DCAT-AP class terms and the prefixes of the properties. */
export function catalogueJsonLd(input: CatalogueInput) {
  return toJsonLd(buildCatalogueGraph(input), { typeTerms: DCAT_AP_TYPE_TERMS });
}

export function catalogueTurtle(input: CatalogueInput): Promise<string> {
  return toTurtle(buildCatalogueGraph(input));
}
