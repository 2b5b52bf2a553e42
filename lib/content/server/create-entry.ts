import 'server-only';
import type { ContentTypeDefinition } from '../definition';
import { entryTitle } from '../display';
import type { ContentValues } from '../fields';
import { assertPublishableSources, prepareValues } from './checks';
import { delegateOf, invalidationTags } from './descriptors';
import { assertCan, INTENT_PERMISSION, type SaveIntent } from './permissions';
import { STATUS_ACTION, statusAfterSave } from './save-entry';
import { columnData, relationData } from './values';
import { afterPublish, audit, inTransaction, writeRevision, type MutationContext, type MutationResult } from './write';

/** A new entry at version 1, with its first revision and journal rows. */
export async function createEntry(context: MutationContext, definition: ContentTypeDefinition, input: ContentValues, intent: SaveIntent): Promise<MutationResult> {
  assertCan(context.actor, 'content:create');
  assertCan(context.actor, INTENT_PERMISSION[intent]);
  const status = statusAfterSave(intent, 'DRAFT');
  return inTransaction(context, definition, async (tx) => {
    const values = await prepareValues(tx, definition, input, null, null);
    if (status === 'PUBLISHED') await assertPublishableSources(tx, definition, values);
    const created = await delegateOf(tx, definition.entityType).create({
      data: {
        ...columnData(definition, values),
        ...relationData(definition, values, 'create'),
        status,
        version: 1,
        publishedAt: status === 'PUBLISHED' ? new Date() : null,
      },
      select: { id: true },
    });
    const id = String(created.id);
    await writeRevision(tx, definition, id, 1, status, values, context.actor.id);
    const title = entryTitle(definition, values);
    await audit(tx, context, 'content.created', definition, id, { title, version: 1, status });
    const statusAction = STATUS_ACTION[status];
    if (statusAction) await audit(tx, context, statusAction, definition, id, { title, version: 1 });
    if (status === 'PUBLISHED') await afterPublish(tx, definition, id, values, true);
    return { id, version: 1, status, invalidate: status === 'PUBLISHED' ? invalidationTags(definition.entityType, [values.slug as string]) : [] };
  });
}
