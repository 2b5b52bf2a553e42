import 'server-only';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import type { ContentTypeDefinition } from '../definition';
import { diffValues } from '../display';
import type { ContentConflictError } from '../errors';
import { parseContentValues, type RawValues } from '../fields';
import type { ConflictView } from '../form-state';
import { publicationStatusLabels } from '../statuses';
import { getRelationLabeler } from './relation-options';

/**
 * What a refused save shows next to the person's own input: field by field, what
 * the other person saved since this form's version (every difference when that
 * version's snapshot is unknown), named as readers of the history see it.
 */
export async function buildConflictView({ definition, error, yours, db = getDb() }: { definition: ContentTypeDefinition; error: ContentConflictError; yours: RawValues; db?: DbClient }): Promise<ConflictView | undefined> {
  const current = error.current;
  if (!current) return undefined;
  const parsedYours = parseContentValues(definition.fields, yours, definition.refine);
  const yourValues = parsedYours.success ? parsedYours.values : current.values;
  const labelOf = await getRelationLabeler({ db, definition, valuesList: [current.values, yourValues, ...(current.baseValues ? [current.baseValues] : [])] });
  const changedMeanwhile = current.baseValues ? new Set(diffValues(definition, current.baseValues, current.values, labelOf).map((change) => change.name)) : null;
  const changes = diffValues(definition, yourValues, current.values, labelOf)
    .filter((change) => !changedMeanwhile || changedMeanwhile.has(change.name))
    .map((change) => ({ name: change.name, label: change.label, theirs: change.after, yours: change.before }));
  return { savedBy: current.savedBy, savedAt: current.savedAt, statusLabel: publicationStatusLabels[current.status].toLowerCase(), changes };
}
