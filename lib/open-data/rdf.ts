import { DataFactory, Writer, type Quad } from 'n3';

// A small RDF graph model (named nodes only, no blank nodes, so that every
// resource of the catalogue has a stable address) and its two serialisations:
// JSON-LD (flattened @graph) and Turtle (n3's writer). Pure.

export const PREFIXES = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcatap: 'http://data.europa.eu/r5r/',
} as const;

export type Prefix = keyof typeof PREFIXES;
/** A compact IRI over PREFIXES ("dcat:Dataset"). */
export type Curie = `${Prefix}:${string}`;

export type RdfObject = { iri: string } | { value: string; datatype?: Curie; language?: string };

export interface RdfNode {
  id: string;
  types: readonly Curie[];
  /** Predicate → values, in order; undefined values are left out. */
  properties: Partial<Record<Curie, ReadonlyArray<RdfObject | undefined> | RdfObject | undefined>>;
}

export const iri = (value: string): RdfObject => ({ iri: value });
export const text = (value: string, language = 'fr'): RdfObject => ({ value, language });
export const typed = (value: string, datatype: Curie): RdfObject => ({ value, datatype });

export function expandCurie(curie: Curie): string {
  const [prefix, local] = [curie.slice(0, curie.indexOf(':')), curie.slice(curie.indexOf(':') + 1)] as [Prefix, string];
  return `${PREFIXES[prefix]}${local}`;
}

function valuesOf(node: RdfNode): Array<[Curie, RdfObject[]]> {
  return Object.entries(node.properties).flatMap(([predicate, raw]) => {
    const list = (Array.isArray(raw) ? raw : [raw]).filter((value): value is RdfObject => value !== undefined);
    return list.length > 0 ? [[predicate as Curie, list] as [Curie, RdfObject[]]] : [];
  });
}

export interface JsonLdGraphOptions {
  /** Class CURIE → a term for it, defined in the inline context ("dcat:Dataset" → "Dataset"). */
  typeTerms?: Partial<Record<Curie, string>>;
}

type JsonLdValue = { '@id': string } | { '@value': string; '@type'?: string; '@language'?: string };

/** Every value written out in full (@id / @value with its datatype or language), so that no context coercion can change it. */
export function toJsonLd(nodes: readonly RdfNode[], options: JsonLdGraphOptions = {}) {
  const jsonValue = (value: RdfObject): JsonLdValue =>
    'iri' in value
      ? { '@id': value.iri }
      : { '@value': value.value, ...(value.datatype ? { '@type': value.datatype } : {}), ...(value.language ? { '@language': value.language } : {}) };
  return {
    '@context': {
      ...PREFIXES,
      ...Object.fromEntries(Object.entries(options.typeTerms ?? {}).map(([curie, term]) => [term, expandCurie(curie as Curie)])),
    },
    '@graph': nodes.map((node) => ({
      '@id': node.id,
      '@type': node.types.map((type) => options.typeTerms?.[type] ?? type),
      ...Object.fromEntries(valuesOf(node).map(([predicate, list]) => [predicate, list.map(jsonValue)])),
    })),
  };
}

export function toQuads(nodes: readonly RdfNode[]): Quad[] {
  const { namedNode, literal, quad } = DataFactory;
  const object = (value: RdfObject) =>
    'iri' in value ? namedNode(value.iri) : literal(value.value, value.language ?? (value.datatype ? namedNode(expandCurie(value.datatype)) : undefined));
  return nodes.flatMap((node) => [
    ...node.types.map((type) => quad(namedNode(node.id), namedNode(expandCurie('rdf:type')), namedNode(expandCurie(type)))),
    ...valuesOf(node).flatMap(([predicate, list]) => list.map((value) => quad(namedNode(node.id), namedNode(expandCurie(predicate)), object(value)))),
  ]);
}

export function toTurtle(nodes: readonly RdfNode[]): Promise<string> {
  const writer = new Writer({ prefixes: { ...PREFIXES } });
  writer.addQuads(toQuads(nodes));
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}
