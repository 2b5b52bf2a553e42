import 'server-only';
import type { SelectOption } from '@/components/forms/select-field';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import type { ContentTypeDefinition } from '../definition';
import type { RelationLabeler } from '../display';
import type { ContentEntityType } from '../entity-types';
import type { ContentValues, FieldDefinition } from '../fields';
import { getContentType } from '../registry';
import type { Row } from './delegate';
import { delegateOf, descriptorOf } from './descriptors';
import { linkedIds } from './values';

/** Relation targets a type's form links to (its own fields and its repeaters' rows). */
export function relationTargets(definition: ContentTypeDefinition): ContentEntityType[] {
  const targets = new Set<ContentEntityType>();
  const visit = (fields: readonly FieldDefinition[]) => {
    for (const field of fields) {
      if (field.kind === 'relation' || field.kind === 'relations') targets.add(field.target);
      if (field.kind === 'repeater') visit(field.fields);
    }
  };
  visit(definition.fields);
  return [...targets];
}

/** How an entry is named in pickers (with what tells homonyms apart, where the type says). */
function optionLabel(entityType: ContentEntityType, row: Row): string {
  const title = String(row[getContentType(entityType).titleField] ?? '');
  const custom = descriptorOf(entityType).optionLabel;
  return custom ? custom.format(title, row) : title;
}

function labelSelect(entityType: ContentEntityType): Record<string, true> {
  return { id: true, [getContentType(entityType).titleField]: true, ...descriptorOf(entityType).optionLabel?.select };
}

const byLabel = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export interface FindRelationOptionsOptions {
  definition: ContentTypeDefinition;
  /** Only these targets (a list's filters), rather than every relation of the form. */
  targets?: readonly ContentEntityType[];
  db?: DbClient;
}

/**
 * Picker options per target type: every entry not in the trash, whatever its
 * status (staff link drafts too; public pages only ever show published ones).
 */
export async function findRelationOptions({ definition, targets = relationTargets(definition), db = getDb() }: FindRelationOptionsOptions): Promise<Record<string, SelectOption[]>> {
  const options: Record<string, SelectOption[]> = {};
  for (const target of targets) {
    const rows = await delegateOf(db, target).findMany({ where: { deletedAt: null }, select: labelSelect(target) });
    options[target] = rows
      .map((row) => ({ value: String(row.id), label: optionLabel(target, row) }))
      .sort((a, b) => byLabel.compare(a.label, b.label));
  }
  return options;
}

export const MISSING_ENTRY_LABEL = 'élément supprimé';

/** Names of every entry the given values link to, trashed ones marked, deleted ones named as such. */
export async function getRelationLabeler({ definition, valuesList, db = getDb() }: { definition: ContentTypeDefinition; valuesList: ContentValues[]; db?: DbClient }): Promise<RelationLabeler> {
  const wanted = new Map<ContentEntityType, Set<string>>();
  for (const values of valuesList) {
    for (const link of linkedIds(definition, values)) wanted.set(link.target, (wanted.get(link.target) ?? new Set()).add(link.id));
  }
  const labels = new Map<string, string>();
  for (const [target, ids] of wanted) {
    const rows = await delegateOf(db, target).findMany({ where: { id: { in: [...ids] } }, select: { ...labelSelect(target), deletedAt: true } });
    for (const row of rows) {
      labels.set(`${target}:${String(row.id)}`, `${optionLabel(target, row)}${row.deletedAt ? ' (dans la corbeille)' : ''}`);
    }
  }
  return (target, id) => labels.get(`${target}:${id}`) ?? MISSING_ENTRY_LABEL;
}
