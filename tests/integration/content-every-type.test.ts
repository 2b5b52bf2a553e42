import { beforeEach, expect, it } from 'vitest';
import { contentTypes } from '../../lib/content/registry';
import { getEntryOrThrow } from '../../lib/content/server/entry';
import { createEntry, emptyTrash, restoreFromTrash, saveEntry, transitionEntry, trashEntry, type MutationContext } from '../../lib/content/server/mutations';
import type { Database } from '../../lib/db/client';
import { truncateAll } from '../setup/databases';
import { describeOnEachDatabase } from '../setup/each-database';
import { insertActor } from './helpers/content';
import { contentFixtures, contentModel, readPublicTitle } from './helpers/content-fixtures';

// The editorial invariants of ADR 006, pinned on every content type with one
// cycle: a pending draft stays off the public site until published, the trash
// hides and restores, emptying it deletes the entry, its revisions and its
// redirects but keeps its audit trail, and cache tags come back exactly when
// something public changed.

const CYCLE = 'create → publish → edit as a pending draft → publish the draft → trash → restore → trash → empty the trash';

/** Audit actions about one entry, oldest first. */
async function auditActions(db: Database, entityType: string, entityId: string): Promise<string[]> {
  const rows = await db.auditEvent.findMany({ where: { entityType, entityId }, orderBy: { id: 'asc' }, select: { action: true } });
  return rows.map((row) => row.action);
}

/** Rows of every content table (trashed or not), to see that emptying the trash deletes nothing else. */
async function rowCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const type of contentTypes) counts[type.entityType] = await contentModel(db, type.entityType).count({});
  return counts;
}

describeOnEachDatabase('every content type', (getDatabase) => {
  let editor: MutationContext;
  let admin: MutationContext;

  beforeEach(async () => {
    await truncateAll(getDatabase().url);
    const { db } = getDatabase();
    editor = { db, actor: await insertActor(db, 'EDITOR'), ipAddress: '203.0.113.9' };
    admin = { db, actor: await insertActor(db, 'ADMIN') };
  });

  it('has a fixture for every content type of the registry', () => {
    expect(Object.keys(contentFixtures).sort()).toEqual(contentTypes.map((type) => type.entityType).sort());
  });

  for (const type of contentTypes) {
    it(`${type.entityType}: ${CYCLE}`, async () => {
      const { db } = getDatabase();
      const { entityType, titleField } = type;
      const fixture = contentFixtures[entityType];
      const publicTitle = (id: string) => readPublicTitle(db, entityType, id);

      // Create a draft: not public yet.
      const values = await fixture.create(editor);
      const originalTitle = values[titleField];
      expect(typeof originalTitle, 'the fixture has a title').toBe('string');
      const created = await createEntry(editor, type, values, 'save');
      const { id } = created;
      expect(created, 'create').toMatchObject({ version: 1, status: 'DRAFT', invalidate: [] });
      expect(await publicTitle(id), 'public read of a draft').toBeNull();

      // Publish.
      const published = await transitionEntry(editor, type, { id, version: created.version, transition: 'publish' });
      expect(published, 'publish').toMatchObject({ version: 2, status: 'PUBLISHED' });
      expect(published.invalidate.length, 'cache tags of the publication').toBeGreaterThan(0);
      expect(await publicTitle(id), 'public read once published').toBe(originalTitle);

      // Edit the published entry: a pending draft, the public keeps the published values.
      const edited = fixture.edit((await getEntryOrThrow({ db, definition: type, id })).editorial);
      const newTitle = edited[titleField];
      expect(typeof newTitle, 'the edit has a title').toBe('string');
      expect(newTitle, 'the edit changes the title').not.toBe(originalTitle);
      const pending = await saveEntry(editor, type, { id, version: published.version, values: edited, intent: 'save' });
      expect(pending, 'pending-draft save').toMatchObject({ version: 3, status: 'DRAFT', invalidate: [] });
      expect(await publicTitle(id), 'public read while a draft is pending').toBe(originalTitle);
      const withDraft = await getEntryOrThrow({ db, definition: type, id });
      expect(withDraft, 'loadEntry with a pending draft').toMatchObject({ status: 'PUBLISHED', editorialStatus: 'DRAFT', hasPendingDraft: true });
      expect(withDraft.editorial[titleField], 'editorial title of the pending draft').toBe(newTitle);
      expect(withDraft.live[titleField], 'live title while a draft is pending').toBe(originalTitle);

      // Publish the pending draft.
      const republished = await transitionEntry(editor, type, { id, version: pending.version, transition: 'publish' });
      expect(republished, 'publish of the pending draft').toMatchObject({ version: 4, status: 'PUBLISHED' });
      expect(republished.invalidate.length, 'cache tags of the pending draft’s publication').toBeGreaterThan(0);
      expect(await publicTitle(id), 'public read once the draft is published').toBe(newTitle);
      expect((await getEntryOrThrow({ db, definition: type, id })).hasPendingDraft, 'no pending draft once published').toBe(false);

      // Trash (nothing depends on the entry), restore, trash again.
      const trashed = await trashEntry(editor, type, { id, version: republished.version, cascade: false });
      expect(trashed, 'trash').toMatchObject({ version: 5, trashedCount: 1 });
      expect(trashed.invalidate.length, 'cache tags of the trash of a published entry').toBeGreaterThan(0);
      expect(await publicTitle(id), 'public read of a trashed entry').toBeNull();

      const restored = await restoreFromTrash(editor, type, { id, version: trashed.version });
      expect(restored, 'restore').toMatchObject({ version: 6, status: 'PUBLISHED' });
      expect(restored.invalidate.length, 'cache tags of the restore of a published entry').toBeGreaterThan(0);
      expect(await publicTitle(id), 'public read once restored').toBe(newTitle);
      const reopened = await getEntryOrThrow({ db, definition: type, id });
      expect(reopened, 'loadEntry once restored').toMatchObject({ version: 6, status: 'PUBLISHED', deletedAt: null, hasPendingDraft: false });
      expect(reopened.editorial[titleField], 'editorial title once restored').toBe(newTitle);

      const trashedAgain = await trashEntry(editor, type, { id, version: restored.version, cascade: false });
      expect(trashedAgain, 'second trash').toMatchObject({ version: 7, trashedCount: 1 });
      expect(trashedAgain.invalidate.length, 'cache tags of the second trash').toBeGreaterThan(0);
      expect(await publicTitle(id), 'public read of a trashed entry, again').toBeNull();

      // What emptying the trash must delete, and what it must keep.
      const expectedActions = [
        'content.created',
        'content.published',
        'content.updated',
        'content.published',
        'content.trashed',
        'content.restored',
        'content.trashed',
      ];
      expect(await auditActions(db, entityType, id), 'audit trail before emptying the trash').toEqual(expectedActions);
      const revisionsOf = { entityType, entityId: id };
      // One per version: trashing and restoring keep the editorial state at their version too (ADR 006).
      expect(await db.revision.count({ where: revisionsOf }), 'revisions before emptying the trash').toBe(7);
      // A renamed page keeps its old slug as a redirect (types without a slug have none).
      expect(await db.slugRedirect.count({ where: revisionsOf }), 'redirects before emptying the trash').toBe(type.slugFrom ? 1 : 0);
      const countsBefore = await rowCounts(db);

      await expect(emptyTrash(editor), 'an editor cannot empty the trash').rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await emptyTrash(admin), 'empty the trash').toEqual({ count: 1 });

      expect(await contentModel(db, entityType).count({ where: { id } }), 'row after emptying the trash').toBe(0);
      expect(await rowCounts(db), 'other rows after emptying the trash').toEqual({ ...countsBefore, [entityType]: countsBefore[entityType]! - 1 });
      expect(await db.revision.count({ where: revisionsOf }), 'revisions after emptying the trash').toBe(0);
      expect(await db.slugRedirect.count({ where: revisionsOf }), 'redirects after emptying the trash').toBe(0);
      expect(await auditActions(db, entityType, id), 'audit trail after emptying the trash').toEqual(expectedActions);
      const emptied = await db.auditEvent.findMany({ where: { action: 'content.trash_emptied' }, select: { actorId: true, details: true } });
      expect(emptied, 'content.trash_emptied event').toEqual([{ actorId: admin.actor.id, details: { total: 1, counts: { [entityType]: 1 } } }]);
    });
  }
});
