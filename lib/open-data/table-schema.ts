// The downloads' columns and their Table Schema (frictionless, as schema.data.gouv.fr
// uses), derived from the API's item schemas (lib/api/schemas.ts through their JSON
// Schema): a CSV column is an API field, nested objects flattened
// (metropolis.slug → metropolisSlug), lists of values joined with « | », lists of
// objects left out. Pure.
import { apiComponentSchemas } from '@/lib/api/openapi';
import { PRIMARY_KEYS, responseNameOf } from '@/lib/api/schemas';
import { findOpenDataCollection, OPEN_DATA_LICENCE, type OpenDataCollectionKey } from './collections';

export const LIST_SEPARATOR = ' | ';

type Json = Record<string, unknown>;

export interface TableField {
  name: string;
  /** Where the value is in the API item: [field] or [object field, its field]. */
  path: [string] | [string, string];
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';
  format?: 'uri';
  description: string;
  example?: unknown;
  isList: boolean;
  constraints: { required?: boolean; enum?: string[]; minimum?: number; maximum?: number; pattern?: string };
}

function resolve(schema: Json): Json {
  const components = apiComponentSchemas();
  const target = typeof schema.$ref === 'string' ? (components[schema.$ref.split('/').at(-1)!] as Json) : schema;
  return typeof schema.description === 'string' && typeof target.description !== 'string' ? { ...target, description: schema.description } : { ...target, ...(schema.description ? { description: schema.description } : {}) };
}

/** The non-null branch of a nullable schema, and whether it was nullable. */
function unwrap(schema: Json): { schema: Json; nullable: boolean } {
  const resolved = resolve(schema);
  if (Array.isArray(resolved.anyOf)) {
    const branches = (resolved.anyOf as Json[]).filter((branch) => branch.type !== 'null');
    return { schema: { ...resolve(branches[0]!), ...(resolved.description ? { description: resolved.description } : {}) }, nullable: branches.length < (resolved.anyOf as Json[]).length };
  }
  if (Array.isArray(resolved.type)) {
    const types = (resolved.type as string[]).filter((type) => type !== 'null');
    return { schema: { ...resolved, type: types[0] }, nullable: types.length < (resolved.type as string[]).length };
  }
  return { schema: resolved, nullable: false };
}

const capitalise = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

function scalarField(name: string, path: TableField['path'], schema: Json, required: boolean, isList: boolean, prefix = ''): TableField {
  const type = schema.type === 'integer' ? 'integer' : schema.type === 'number' ? 'number' : schema.type === 'boolean' ? 'boolean' : schema.format === 'date' ? 'date' : schema.format === 'date-time' ? 'datetime' : 'string';
  const constraints: TableField['constraints'] = {};
  if (required) constraints.required = true;
  if (Array.isArray(schema.enum)) constraints.enum = schema.enum as string[];
  if (!isList && typeof schema.minimum === 'number') constraints.minimum = schema.minimum;
  if (!isList && typeof schema.maximum === 'number') constraints.maximum = schema.maximum;
  if (!isList && typeof schema.pattern === 'string' && type === 'string') constraints.pattern = schema.pattern;
  const description = `${prefix}${String(schema.description ?? '')}${isList ? ` Valeurs séparées par « ${LIST_SEPARATOR.trim()} ».` : ''}`.trim();
  const example = Array.isArray(schema.examples) ? schema.examples[0] : undefined;
  return { name, path, type: isList ? 'string' : type, ...(schema.format === 'uri' ? { format: 'uri' as const } : {}), description, ...(example !== undefined ? { example } : {}), isList, constraints };
}

const fieldCache = new Map<OpenDataCollectionKey, TableField[]>();

/** The columns of a collection's CSV, in the API item's field order. */
export function tableFields(key: OpenDataCollectionKey): TableField[] {
  const cached = fieldCache.get(key);
  if (cached) return cached;
  const item = apiComponentSchemas()[responseNameOf(key)] as Json;
  const required = new Set((item.required as string[]) ?? []);
  const fields: TableField[] = [];
  for (const [name, raw] of Object.entries(item.properties as Record<string, Json>)) {
    const { schema, nullable } = unwrap(raw);
    if (schema.type === 'object') {
      const innerRequired = new Set((schema.required as string[]) ?? []);
      for (const [inner, innerRaw] of Object.entries(schema.properties as Record<string, Json>)) {
        const unwrapped = unwrap(innerRaw);
        const prefix = `${String(schema.description ?? raw.description ?? '')} — `;
        fields.push(scalarField(`${name}${capitalise(inner)}`, [name, inner], unwrapped.schema, !nullable && innerRequired.has(inner) && !unwrapped.nullable, false, prefix));
      }
    } else if (schema.type === 'array') {
      const items = unwrap(schema.items as Json).schema;
      if (items.type === 'object') continue;
      fields.push(scalarField(name, [name], { ...items, description: schema.description }, false, true));
    } else {
      fields.push(scalarField(name, [name], schema, required.has(name) && !nullable, false));
    }
  }
  fieldCache.set(key, fields);
  return fields;
}

/** A cell as the CSV writes it: empty for null, lists joined, booleans true/false, numbers as JSON writes them. */
export function cellOf(field: TableField, item: Record<string, unknown>): string {
  const outer = item[field.path[0]];
  const value = field.path.length === 2 ? (outer as Record<string, unknown> | null)?.[field.path[1]] : outer;
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return String(value);
}

/** RFC 4180: quotes around a cell with a comma, a quote or a line break; quotes doubled. */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeaderLine(key: OpenDataCollectionKey): string {
  return `${tableFields(key).map((field) => field.name).join(',')}\r\n`;
}

export function csvLine(key: OpenDataCollectionKey, item: Record<string, unknown>): string {
  return `${tableFields(key).map((field) => csvCell(cellOf(field, item))).join(',')}\r\n`;
}

/** The Table Schema of a collection's CSV. */
export function buildTableSchema(key: OpenDataCollectionKey, site: string): Json {
  const collection = findOpenDataCollection(key)!;
  return {
    $schema: 'https://frictionlessdata.io/schemas/table-schema.json',
    name: `observatoire-ess-${key}`,
    title: collection.title,
    description: `${collection.description} Chaque colonne est un champ de l’API (${site}${collection.apiPath}) : objets aplatis (metropolis.slug → metropolisSlug), listes jointes par « ${LIST_SEPARATOR.trim()} ». CSV UTF-8 sans BOM, virgule, fin de ligne CRLF.`,
    homepage: `${site}/donnees`,
    path: `${site}${collection.schemaPath}`,
    resources: [{ title: `${collection.title} (CSV)`, path: `${site}${collection.csvPath}` }],
    version: '1.0.0',
    encoding: 'utf-8',
    missingValues: [''],
    primaryKey: PRIMARY_KEYS[key],
    licenses: [{ name: OPEN_DATA_LICENCE.id, title: OPEN_DATA_LICENCE.name, path: OPEN_DATA_LICENCE.url }],
    fields: tableFields(key).map((field) => ({
      name: field.name,
      title: field.name,
      type: field.type,
      ...(field.format ? { format: field.format } : field.type === 'date' || field.type === 'datetime' ? { format: 'default' } : {}),
      description: field.description,
      ...(field.example !== undefined ? { example: field.example } : {}),
      ...(Object.keys(field.constraints).length > 0 ? { constraints: field.constraints } : {}),
      ...(field.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    })),
  };
}
