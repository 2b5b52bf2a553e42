import { formatCentsForInput } from '@/lib/money';
import type { ContentValues, FieldDefinition, RawValues, SnapshotValue } from './fields';

// What a form sends and shows (strings, id lists, repeater rows) ↔ the values
// the field kit parses and stores.

/** Name of a repeater row's control: `focusPresentations.0.topic`. */
export function rowFieldName(repeater: string, index: number, field: string): string {
  return `${repeater}.${index}.${field}`;
}

/** What the browser sent, as the schema expects it: every field present. */
export function rawFromFormData(fields: readonly FieldDefinition[], formData: FormData): RawValues {
  const raw: RawValues = {};
  const text = (key: string) => {
    const value = formData.get(key);
    return typeof value === 'string' ? value : '';
  };
  for (const field of fields) {
    if (field.kind === 'relations') {
      raw[field.name] = formData.getAll(field.name).filter((value): value is string => typeof value === 'string' && value !== '');
    } else if (field.kind === 'repeater') {
      const indices = new Set<number>();
      const prefix = `${field.name}.`;
      for (const key of formData.keys()) {
        if (!key.startsWith(prefix)) continue;
        const index = Number(key.slice(prefix.length).split('.')[0]);
        if (Number.isInteger(index) && index >= 0 && index < 1000) indices.add(index);
      }
      raw[field.name] = [...indices]
        .sort((a, b) => a - b)
        .map((index) => Object.fromEntries(field.fields.map((sub) => [sub.name, text(rowFieldName(field.name, index, sub.name))])));
    } else {
      raw[field.name] = text(field.name);
    }
  }
  return raw;
}

function scalarToRaw(field: FieldDefinition, value: SnapshotValue | undefined): string {
  if (value === null || value === undefined) return '';
  switch (field.kind) {
    case 'money':
      return typeof value === 'number' ? formatCentsForInput(value) : '';
    case 'boolean':
      return value === true ? 'on' : '';
    case 'tristate':
      return value === true ? 'true' : value === false ? 'false' : '';
    case 'decimal':
    case 'coordinate':
      return String(value).replace('.', ',');
    default:
      return Array.isArray(value) ? '' : String(value);
  }
}

/** Stored values → what the form shows. */
export function rawFromValues(fields: readonly FieldDefinition[], values: Partial<ContentValues>): RawValues {
  const raw: RawValues = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.kind === 'relations') {
      raw[field.name] = Array.isArray(value) ? (value as string[]).map(String) : [];
    } else if (field.kind === 'lines') {
      raw[field.name] = Array.isArray(value) ? (value as string[]).join('\n') : '';
    } else if (field.kind === 'repeater') {
      const rows = Array.isArray(value) ? (value as Array<Record<string, SnapshotValue>>) : [];
      raw[field.name] = rows.map((row) => Object.fromEntries(field.fields.map((sub) => [sub.name, scalarToRaw(sub, row[sub.name])])));
    } else {
      raw[field.name] = scalarToRaw(field, value);
    }
  }
  return raw;
}

/** Empty values for a new entry (booleans off, lists empty, choices at their initial value). */
export function emptyRawValues(fields: readonly FieldDefinition[]): RawValues {
  const raw = rawFromValues(fields, {});
  for (const field of fields) if (field.kind === 'enum' && field.initial) raw[field.name] = field.initial;
  return raw;
}
