import 'server-only';
import type { ContentTypeDefinition } from '@/lib/content/definition';
import { entryTitle } from '@/lib/content/display';
import { descriptorOf } from '@/lib/content/server/descriptors';
import { findEntry } from '@/lib/content/server/entry';
import { getRelationLabeler } from '@/lib/content/server/relation-options';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import type { EntryPreview } from './view';

/**
 * Draft previews: the values editors work on (a pending draft when there is
 * one), shown with the public page's own component where the type's descriptor
 * has a builder, else the generic rendering. Linked rows are the published ones,
 * as the public would see them once this version is published. Not cached:
 * drafts never enter the public cache. Null when the entry does not exist or is
 * in the trash.
 */
export async function findEntryPreview({ definition, id, db = getDb() }: { definition: ContentTypeDefinition; id: string; db?: DbClient }): Promise<EntryPreview | null> {
  const entry = await findEntry({ db, definition, id });
  if (!entry) return null;
  const values = entry.editorial;
  const built = await descriptorOf(definition.entityType).preview?.(db, id, values);
  return {
    id,
    title: entryTitle(definition, values),
    editorialStatus: entry.editorialStatus,
    hasPendingDraft: entry.hasPendingDraft,
    notes: built?.notes ?? [],
    view: built?.view ?? { kind: 'generic', values, labelOf: await getRelationLabeler({ db, definition, valuesList: [values] }) },
  };
}
