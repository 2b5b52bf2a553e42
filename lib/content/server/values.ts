import 'server-only';
import type { ContentTypeDefinition } from '../definition';
import type { ContentEntityType } from '../entity-types';
import type { ContentValues, FieldDefinition, SnapshotValue } from '../fields';
import type { Args, Row } from './delegate';

// Between database rows and the values snapshots and forms use: the same field
// names (ADR 006), converted per field kind.

/** What reads one entry's values: columns, linked ids, child rows. */
export function valuesSelect(definition: ContentTypeDefinition): Args {
  const select: Args = {};
  for (const field of definition.fields) {
    if (field.kind === 'relations') {
      select[field.name] = field.through ? { select: { [field.through.key]: true } } : { select: { id: true } };
    } else if (field.kind === 'repeater') {
      select[field.name] = {
        select: Object.fromEntries(field.fields.map((sub) => [sub.name, true])),
        ...(field.positionColumn ? { orderBy: { [field.positionColumn]: 'asc' } } : {}),
      };
    } else {
      select[field.name] = true;
    }
  }
  return select;
}

function columnToValue(field: FieldDefinition, value: unknown): SnapshotValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (field.kind === 'decimal') return String(value);
  return value as SnapshotValue;
}

/** A database row → the values a snapshot and a form use. */
export function rowToValues(definition: ContentTypeDefinition, row: Row): ContentValues {
  const values: ContentValues = {};
  for (const field of definition.fields) {
    const value = row[field.name];
    if (field.kind === 'relations') {
      const key = field.through?.key ?? 'id';
      values[field.name] = ((value as Row[] | undefined) ?? []).map((linked) => String(linked[key])).sort();
    } else if (field.kind === 'repeater') {
      values[field.name] = ((value as Row[] | undefined) ?? []).map((child) =>
        Object.fromEntries(field.fields.map((sub) => [sub.name, columnToValue(sub, child[sub.name]) as string | number | boolean | null])),
      );
    } else {
      values[field.name] = columnToValue(field, value);
    }
  }
  return values;
}

function valueToColumn(field: FieldDefinition, value: SnapshotValue | undefined): unknown {
  if (value === undefined) return null;
  if (field.kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value;
}

/** Scalar columns (and foreign keys) of a write. */
export function columnData(definition: ContentTypeDefinition, values: ContentValues): Args {
  const data: Args = {};
  for (const field of definition.fields) {
    if (field.kind === 'relations' || field.kind === 'repeater') continue;
    data[field.name] = valueToColumn(field, values[field.name]);
  }
  return data;
}

/** Links and child rows, replaced as a whole (nested writes of one update). */
export function relationData(definition: ContentTypeDefinition, values: ContentValues, mode: 'create' | 'update'): Args {
  const data: Args = {};
  for (const field of definition.fields) {
    if (field.kind === 'relations') {
      const ids = (values[field.name] as string[] | undefined) ?? [];
      if (field.through) {
        const create = ids.map((id) => ({ [field.through!.key]: id }));
        data[field.name] = mode === 'create' ? { create } : { deleteMany: {}, create };
      } else {
        const links = ids.map((id) => ({ id }));
        data[field.name] = mode === 'create' ? { connect: links } : { set: links };
      }
    } else if (field.kind === 'repeater') {
      const rows = (values[field.name] as Array<Record<string, SnapshotValue>> | undefined) ?? [];
      const create = rows.map((row, index) => ({
        ...Object.fromEntries(field.fields.map((sub) => [sub.name, valueToColumn(sub, row[sub.name])])),
        ...(field.positionColumn ? { [field.positionColumn]: index } : {}),
      }));
      data[field.name] = mode === 'create' ? { create } : { deleteMany: {}, create };
    }
  }
  return data;
}

/** Every linked id a write refers to, by target type and the field (path) to report on. */
export function linkedIds(definition: ContentTypeDefinition, values: ContentValues): Array<{ target: ContentEntityType; id: string; path: string }> {
  const links: Array<{ target: ContentEntityType; id: string; path: string }> = [];
  for (const field of definition.fields) {
    const value = values[field.name];
    if (field.kind === 'relation' && typeof value === 'string') links.push({ target: field.target, id: value, path: field.name });
    if (field.kind === 'relations' && Array.isArray(value)) {
      for (const id of value as string[]) links.push({ target: field.target, id, path: field.name });
    }
    if (field.kind === 'repeater' && Array.isArray(value)) {
      (value as Array<Record<string, SnapshotValue>>).forEach((row, index) => {
        for (const sub of field.fields) {
          const id = row[sub.name];
          if (sub.kind === 'relation' && typeof id === 'string') links.push({ target: sub.target, id, path: `${field.name}.${index}.${sub.name}` });
        }
      });
    }
  }
  return links;
}
