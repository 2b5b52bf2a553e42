import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import { Parser, Store, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { offlineDocumentLoader } from './jsonld-offline';

// DCAT-AP 3.0.1 validation with the SEMIC shapes (tests/schemas/dcat-ap-3.0.1/):
// shapes.ttl + range.ttl for violations, shapes_recommended.ttl for warnings.

const SHAPES_DIR = path.resolve(import.meta.dirname, 'dcat-ap-3.0.1');
const SH = 'http://www.w3.org/ns/shacl#';

function shapes(...files: string[]): Store {
  const store = new Store();
  for (const file of files) store.addQuads(new Parser().parse(readFileSync(path.join(SHAPES_DIR, file), 'utf8')));
  return store;
}

export async function jsonLdToStore(document: object): Promise<Store> {
  const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader: offlineDocumentLoader as never })) as unknown as string;
  return new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
}

export function turtleToStore(turtle: string): Store {
  return new Store(new Parser({ format: 'Turtle' }).parse(turtle));
}

export interface ShaclResult {
  severity: string;
  focusNode: string;
  path: string;
  message: string;
}

async function validate(data: Store, shapeFiles: string[]): Promise<ShaclResult[]> {
  const validator = new SHACLValidator(shapes(...shapeFiles) as never);
  const report = await validator.validate(data as never);
  return report.results.map((result) => ({
    severity: result.severity?.value.replace(SH, 'sh:') ?? '',
    focusNode: result.focusNode?.value ?? '',
    path: result.path?.value ?? '',
    message: result.message.map((term) => term.value).join(' ') || (result.sourceConstraintComponent?.value ?? ''),
  }));
}

/** Mandatory and range shapes: what a harvester rejects. */
export const dcatViolations = async (data: Store) => (await validate(data, ['shapes.ttl', 'range.ttl'])).filter((result) => result.severity === 'sh:Violation');

/** Recommended properties (sh:Warning). */
export const dcatRecommendations = (data: Store) => validate(data, ['shapes_recommended.ttl']);

export const describeResults = (results: readonly ShaclResult[]) => results.map((result) => `${result.severity} ${result.focusNode} ${result.path} : ${result.message}`).join('\n');

export function objectsOf(store: Store, predicate: string): Quad['object'][] {
  return store.getQuads(null, predicate, null, null).map((quad) => quad.object);
}
