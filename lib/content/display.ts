import { formatEurosFromCents, formatMonthYear } from '@/lib/format';
import type { ContentTypeDefinition } from './definition';
import type { ContentValues, FieldDefinition, SnapshotValue } from './fields';

/** Name of a linked entry, or a marker when it no longer exists. */
export type RelationLabeler = (target: string, id: string) => string;

const EMPTY_VALUE = 'Non renseigné';

function formatScalar(field: FieldDefinition, value: SnapshotValue | undefined, labelOf: RelationLabeler): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  switch (field.kind) {
    case 'money':
      return typeof value === 'number' ? formatEurosFromCents(value) : String(value);
    case 'boolean':
    case 'tristate':
      return value === true ? 'Oui' : value === false ? 'Non' : EMPTY_VALUE;
    case 'enum':
      return field.options[String(value)] ?? String(value);
    case 'relation':
      return labelOf(field.target, String(value));
    case 'date': {
      const date = new Date(`${String(value)}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    }
    case 'month':
      return typeof value === 'number' ? formatMonthYear(2000, value).replace(/\s*2000$/, '') : String(value);
    case 'decimal':
    case 'coordinate':
      return String(value).replace('.', ',');
    default:
      return String(value);
  }
}

/** A stored value as readers of the history see it ("768 200 €", "Oui", a métropole's name). */
export function formatFieldValue(field: FieldDefinition, value: SnapshotValue | undefined, labelOf: RelationLabeler): string {
  if (field.kind === 'relations') {
    const ids = Array.isArray(value) ? (value as string[]) : [];
    return ids.length ? ids.map((id) => labelOf(field.target, id)).join(', ') : EMPTY_VALUE;
  }
  if (field.kind === 'lines') {
    const lines = Array.isArray(value) ? (value as string[]) : [];
    return lines.length ? lines.join('\n') : EMPTY_VALUE;
  }
  if (field.kind === 'repeater') {
    const rows = Array.isArray(value) ? (value as Array<Record<string, SnapshotValue>>) : [];
    if (!rows.length) return EMPTY_VALUE;
    return rows
      .map((row, index) => `${field.itemLabel} ${index + 1} : ${field.fields.map((sub) => `${sub.label} : ${formatScalar(sub, row[sub.name], labelOf)}`).join(' ; ')}`)
      .join('\n');
  }
  return formatScalar(field, value, labelOf);
}

function comparable(value: SnapshotValue | undefined): string {
  return JSON.stringify(value ?? null);
}

export interface FieldChange {
  name: string;
  label: string;
  before: string;
  after: string;
}

/** Fields whose stored values differ, in form order, formatted for reading. */
export function diffValues(definition: ContentTypeDefinition, before: Partial<ContentValues>, after: Partial<ContentValues>, labelOf: RelationLabeler): FieldChange[] {
  return definition.fields
    .filter((field) => comparable(before[field.name]) !== comparable(after[field.name]))
    .map((field) => ({
      name: field.name,
      label: field.label,
      before: formatFieldValue(field, before[field.name], labelOf),
      after: formatFieldValue(field, after[field.name], labelOf),
    }));
}

/** The entry's name from its values. */
export function entryTitle(definition: ContentTypeDefinition, values: Partial<ContentValues>): string {
  const title = values[definition.titleField];
  return typeof title === 'string' && title ? title : `${definition.singular} sans titre`;
}
