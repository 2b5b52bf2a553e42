import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';

// JSON-LD processing without the network: each remote @context the portal
// uses is answered from tests/schemas/jsonld-contexts/ (map.json), and any
// other URL is an error rather than a download.

const CONTEXT_DIR = path.resolve(import.meta.dirname, 'jsonld-contexts');
const contextFiles = JSON.parse(readFileSync(path.join(CONTEXT_DIR, 'map.json'), 'utf8')) as Record<string, string>;
const loaded = new Map<string, unknown>();

function localContext(url: string): unknown {
  const file = contextFiles[url] ?? contextFiles[url.replace(/\/+$/, '')];
  if (!file) throw new Error(`Contexte JSON-LD non disponible hors ligne : ${url}`);
  if (!loaded.has(file)) loaded.set(file, JSON.parse(readFileSync(path.join(CONTEXT_DIR, file), 'utf8')));
  return loaded.get(file);
}

export const offlineDocumentLoader = async (url: string) => ({ contextUrl: undefined, documentUrl: url, document: localContext(url) as object });

/** The document expanded: every term becomes an absolute IRI (http://schema.org/…). */
export async function expandOffline(document: object): Promise<object[]> {
  return jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader: offlineDocumentLoader as never });
}

const RDF_TYPE = '@type';

/** Every @type found anywhere in an expanded document. */
export function expandedTypes(expanded: unknown): string[] {
  const types: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === RDF_TYPE) types.push(...(Array.isArray(child) ? child : [child]).map(String));
        else visit(child);
      }
    }
  };
  visit(expanded);
  return types;
}

/** The @type of the top-level nodes of an expanded document. */
export function topLevelTypes(expanded: object[]): string[] {
  return expanded.flatMap((node: object) => ((node as Record<string, unknown>)['@type'] as string[] | undefined) ?? []);
}
