import { absoluteUrl, SITE_LANGUAGE, SITE_NAME } from './site';

// Typed builders of the schema.org JSON-LD the public pages carry
// (docs/decisions/015). Pure: every address is made absolute from the origin
// given (getSiteUrl() by default, through absoluteUrl).

export const SCHEMA_ORG_CONTEXT = 'https://schema.org';

/** Licence of the data the portal publishes. */
export const OPEN_LICENCE_URL = 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/';

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined };

/** A schema.org node: its type and properties (undefined ones are left out when serialised). */
export interface JsonLdNode {
  '@type': string;
  '@id'?: string;
  [property: string]: JsonValue | undefined;
}

export type JsonLdDocument = JsonLdNode & { '@context': typeof SCHEMA_ORG_CONTEXT };

function document(node: JsonLdNode): JsonLdDocument {
  return { '@context': SCHEMA_ORG_CONTEXT, ...node };
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The portal as an organisation: the publisher of its pages and data. */
export function siteOrganizationNode(siteUrl?: string): JsonLdNode {
  return {
    '@type': 'Organization',
    '@id': absoluteUrl('/#organisation', siteUrl),
    name: SITE_NAME,
    url: absoluteUrl('/', siteUrl),
    logo: absoluteUrl('/icon.svg', siteUrl),
    // The two bodies that publish it (PRODUCT.md).
    parentOrganization: [
      { '@type': 'Organization', name: 'RTES' },
      { '@type': 'Organization', name: 'Avise' },
    ],
  };
}

/** A reference to the site organisation from another node. */
function siteOrganizationRef(siteUrl?: string): JsonLdNode {
  return { '@type': 'Organization', '@id': absoluteUrl('/#organisation', siteUrl), name: SITE_NAME };
}

export function websiteJsonLd(siteUrl?: string): JsonLdDocument {
  return document({
    '@type': 'WebSite',
    '@id': absoluteUrl('/#site', siteUrl),
    name: SITE_NAME,
    url: absoluteUrl('/', siteUrl),
    inLanguage: SITE_LANGUAGE,
    publisher: siteOrganizationRef(siteUrl),
  });
}

export function organizationJsonLd(siteUrl?: string): JsonLdDocument {
  return document(siteOrganizationNode(siteUrl));
}

export interface BreadcrumbItem {
  label: string;
  /** Omitted for the current page. */
  href?: string;
}

/** From the very items the Breadcrumbs component shows (one source). */
export function breadcrumbJsonLd(items: BreadcrumbItem[], siteUrl?: string): JsonLdDocument {
  return document({
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.label,
      // The current page's crumb has no link; schema.org and search engines accept it without `item`.
      item: item.href ? absoluteUrl(item.href, siteUrl) : undefined,
    })),
  });
}

interface MetropolisRef {
  slug: string;
  officialName: string;
}

function metropolisRef(metropolis: MetropolisRef, siteUrl?: string): JsonLdNode {
  return { '@type': 'GovernmentOrganization', name: metropolis.officialName, url: absoluteUrl(`/metropoles/${metropolis.slug}`, siteUrl) };
}

export interface ArticleInput {
  path: string;
  headline: string;
  description: string;
  datePublished: Date;
  dateModified: Date | null;
  /** The recap's organisers; the portal itself when none is published. */
  authors: Array<{ name: string; url?: string | null }>;
  /** The métropoles that attended. */
  about: MetropolisRef[];
  /** The métropoles that presented a focus. */
  mentions: MetropolisRef[];
  keywords: string[];
  imageUrl?: string;
  /** "2e groupe de travail". */
  articleSection?: string;
}

export function articleJsonLd(input: ArticleInput, siteUrl?: string): JsonLdDocument {
  const url = absoluteUrl(input.path, siteUrl);
  const unique = (refs: MetropolisRef[]) => [...new Map(refs.map((ref) => [ref.slug, ref])).values()];
  return document({
    '@type': 'Article',
    '@id': `${url}#article`,
    headline: input.headline,
    description: input.description,
    url,
    mainEntityOfPage: url,
    inLanguage: SITE_LANGUAGE,
    datePublished: isoDate(input.datePublished),
    dateModified: isoDate(input.dateModified ?? input.datePublished),
    author:
      input.authors.length > 0
        ? input.authors.map((author) => ({ '@type': 'Organization', name: author.name, url: author.url ?? undefined }))
        : [siteOrganizationRef(siteUrl)],
    publisher: siteOrganizationRef(siteUrl),
    about: unique(input.about).map((ref) => metropolisRef(ref, siteUrl)),
    mentions: unique(input.mentions).map((ref) => metropolisRef(ref, siteUrl)),
    keywords: input.keywords.length > 0 ? input.keywords.join(', ') : undefined,
    articleSection: input.articleSection,
    image: input.imageUrl ? absoluteUrl(input.imageUrl, siteUrl) : undefined,
    isPartOf: { '@type': 'WebSite', '@id': absoluteUrl('/#site', siteUrl) },
  });
}

export interface MetropolisInput {
  slug: string;
  officialName: string;
  shortName: string;
  region: string;
  seatCity: string;
  sirenCode: string | null;
  /** Official website, when stored (sameAs). */
  website: string | null;
  description?: string;
  /** The seat city's position, when stored. */
  geo: { latitude: number; longitude: number } | null;
  /** Inhabitants, only with its source (the page shows it with it). */
  population?: number | null;
}

export function metropolisJsonLd(input: MetropolisInput, siteUrl?: string): JsonLdDocument {
  const url = absoluteUrl(`/metropoles/${input.slug}`, siteUrl);
  const address = {
    '@type': 'PostalAddress',
    addressLocality: input.seatCity,
    addressRegion: input.region,
    addressCountry: 'FR',
  };
  return document({
    '@type': 'GovernmentOrganization',
    '@id': `${url}#metropole`,
    name: input.officialName,
    alternateName: input.shortName !== input.officialName ? input.shortName : undefined,
    description: input.description,
    url,
    sameAs: input.website ?? undefined,
    // SIREN: the identifier of the EPCI in the national company register.
    identifier: input.sirenCode ? { '@type': 'PropertyValue', propertyID: 'SIREN', value: input.sirenCode } : undefined,
    address,
    areaServed: {
      '@type': 'Place',
      name: input.officialName,
      address,
      geo: input.geo ? { '@type': 'GeoCoordinates', latitude: input.geo.latitude, longitude: input.geo.longitude } : undefined,
      containedInPlace: { '@type': 'Country', name: 'France' },
    },
  });
}

export interface DatasetInput {
  path: string;
  name: string;
  description: string;
  /** The node's @id (path or address); `<path>#jeu-de-donnees` by default. */
  id?: string;
  /** CSV download, path on the site. */
  downloadPath: string;
  /** JSON download, path on the site, when there is one. */
  jsonDownloadPath?: string;
  keywords: string[];
  /** "2015/2018" (ISO 8601 interval of years), when the data say. */
  temporalCoverage?: string | null;
  dateModified?: Date | null;
}

function datasetNode(input: DatasetInput, siteUrl?: string): JsonLdNode {
  const url = absoluteUrl(input.path, siteUrl);
  const download = (path: string, encodingFormat: string): JsonLdNode => ({
    '@type': 'DataDownload',
    contentUrl: absoluteUrl(path, siteUrl),
    encodingFormat,
    inLanguage: SITE_LANGUAGE,
  });
  return {
    '@type': 'Dataset',
    '@id': input.id ? absoluteUrl(input.id, siteUrl) : `${url}#jeu-de-donnees`,
    name: input.name,
    description: input.description,
    url,
    inLanguage: SITE_LANGUAGE,
    license: OPEN_LICENCE_URL,
    isAccessibleForFree: true,
    keywords: input.keywords,
    creator: siteOrganizationRef(siteUrl),
    publisher: siteOrganizationRef(siteUrl),
    temporalCoverage: input.temporalCoverage ?? undefined,
    dateModified: input.dateModified ? isoDate(input.dateModified) : undefined,
    spatialCoverage: { '@type': 'Place', name: 'France', address: { '@type': 'PostalAddress', addressCountry: 'FR' } },
    distribution: [download(input.downloadPath, 'text/csv'), ...(input.jsonDownloadPath ? [download(input.jsonDownloadPath, 'application/json')] : [])],
  };
}

export function datasetJsonLd(input: DatasetInput, siteUrl?: string): JsonLdDocument {
  return document(datasetNode(input, siteUrl));
}

export interface DataCatalogInput {
  path: string;
  name: string;
  description: string;
  datasets: DatasetInput[];
  dateModified?: Date | null;
}

/** The open-data page: a DataCatalog of its datasets (each with its downloads). */
export function dataCatalogJsonLd(input: DataCatalogInput, siteUrl?: string): JsonLdDocument {
  const url = absoluteUrl(input.path, siteUrl);
  return document({
    '@type': 'DataCatalog',
    '@id': `${url}#catalogue`,
    name: input.name,
    description: input.description,
    url,
    inLanguage: SITE_LANGUAGE,
    license: OPEN_LICENCE_URL,
    publisher: siteOrganizationRef(siteUrl),
    dateModified: input.dateModified ? isoDate(input.dateModified) : undefined,
    dataset: input.datasets.map((dataset) => datasetNode(dataset, siteUrl)),
  });
}

/**
 * The JSON text of a `<script type="application/ld+json">` block. `<`, `>`
 * and `&` are written as \u escapes (still the same JSON), so that no stored
 * text can close the script element ("</script>") or open a comment; U+2028
 * and U+2029 are escaped for older parsers.
 */
export function serializeJsonLd(data: JsonLdDocument | JsonLdDocument[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
