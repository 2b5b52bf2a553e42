import { beforeEach, expect, it } from 'vitest';
import { ContentConflictError } from '../../lib/content/errors';
import { contentTypes, getContentType } from '../../lib/content/registry';
import { getEntryOrThrow } from '../../lib/content/server/entry';
import { findEntries } from '../../lib/content/server/queries';
import { createEntry, saveEntry, transitionEntry, trashEntry, verifyEntry, type MutationContext } from '../../lib/content/server/mutations';
import { truncateAll } from '../setup/databases';
import { describeOnEachDatabase } from '../setup/each-database';
import { insertActor, lyonValues } from './helpers/content';
import { contentFixtures } from './helpers/content-fixtures';

// "Vérifié aujourd’hui" is a verb of the engine (ADR 012): a guarded write with its
// revision and journal row, that keeps a pending draft pending and changes nothing public.

const metropolisType = getContentType('Metropolis');

describeOnEachDatabase('verifying an entry', (getDatabase) => {
  let editor: MutationContext;
  let contributor: MutationContext;

  beforeEach(async () => {
    await truncateAll(getDatabase().url);
    const { db } = getDatabase();
    editor = { db, actor: await insertActor(db, 'EDITOR'), ipAddress: '203.0.113.7' };
    contributor = { db, actor: await insertActor(db, 'CONTRIBUTOR') };
  });

  it('records the day on the row, with a new version, its revision and a journal row, and invalidates nothing', async () => {
    const { db } = getDatabase();
    const created = await createEntry(editor, metropolisType, lyonValues(), 'publish');
    expect((await getEntryOrThrow({ db, definition: metropolisType, id: created.id })).lastVerifiedOn).toBeNull();

    const verified = await verifyEntry(editor, metropolisType, { id: created.id, version: 1, on: '2026-11-30' });
    expect(verified).toMatchObject({ version: 2, status: 'PUBLISHED', invalidate: [], lastVerifiedOn: '2026-11-30' });
    const row = await db.metropolis.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.version).toBe(2);
    expect(row.lastVerifiedOn?.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect((await getEntryOrThrow({ db, definition: metropolisType, id: created.id })).lastVerifiedOn).toBe('2026-11-30');

    const [first, second] = await db.revision.findMany({ where: { entityId: created.id }, orderBy: { version: 'asc' } });
    expect(second).toMatchObject({ version: 2, status: 'PUBLISHED', authorId: editor.actor.id });
    expect(second!.snapshot).toEqual(first!.snapshot);

    const events = await db.auditEvent.findMany({ where: { entityId: created.id, action: 'content.verified' }, select: { actorId: true, ipAddress: true, details: true } });
    expect(events).toEqual([
      { actorId: editor.actor.id, ipAddress: '203.0.113.7', details: { title: 'Métropole de Lyon', version: 2, lastVerifiedOn: '2026-11-30', previouslyVerifiedOn: null } },
    ]);

    const again = await verifyEntry(editor, metropolisType, { id: created.id, version: 2, on: '2026-12-01' });
    expect(again.version).toBe(3);
    const latest = await db.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: 'content.verified' }, orderBy: { id: 'desc' }, select: { details: true } });
    expect(latest.details).toMatchObject({ lastVerifiedOn: '2026-12-01', previouslyVerifiedOn: '2026-11-30' });
  });

  it('keeps a pending draft pending, and the public values as they were', async () => {
    const { db } = getDatabase();
    const created = await createEntry(editor, metropolisType, lyonValues(), 'publish');
    const pending = await saveEntry(editor, metropolisType, { id: created.id, version: 1, values: lyonValues({ region: 'Région en attente' }), intent: 'save' });
    const verified = await verifyEntry(editor, metropolisType, { id: created.id, version: pending.version, on: '2026-12-01' });
    expect(verified).toMatchObject({ version: 3, status: 'DRAFT', invalidate: [] });
    const entry = await getEntryOrThrow({ db, definition: metropolisType, id: created.id });
    expect(entry).toMatchObject({ hasPendingDraft: true, editorialStatus: 'DRAFT', lastVerifiedOn: '2026-12-01' });
    expect(entry.editorial.region).toBe('Région en attente');
    expect(entry.live.region).toBe('Auvergne-Rhône-Alpes');
    expect((await db.metropolis.findUniqueOrThrow({ where: { id: created.id } })).region).toBe('Auvergne-Rhône-Alpes');
    // Publishing the draft later keeps the verification date: only the verb writes it.
    await transitionEntry(editor, metropolisType, { id: created.id, version: 3, transition: 'publish' });
    expect((await getEntryOrThrow({ db, definition: metropolisType, id: created.id })).lastVerifiedOn).toBe('2026-12-01');
  });

  it('refuses a check of a version someone has saved over, and a save over a check, with what the other person did', async () => {
    const { db } = getDatabase();
    const created = await createEntry(editor, metropolisType, lyonValues(), 'save');
    await saveEntry(editor, metropolisType, { id: created.id, version: 1, values: lyonValues({ seatCity: 'Villeurbanne' }), intent: 'save' });

    const stale = await verifyEntry(editor, metropolisType, { id: created.id, version: 1, on: '2026-12-01' }).catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(ContentConflictError);
    expect((stale as ContentConflictError).current).toMatchObject({ version: 2, values: expect.objectContaining({ seatCity: 'Villeurbanne' }) });
    expect((await db.metropolis.findUniqueOrThrow({ where: { id: created.id } })).lastVerifiedOn).toBeNull();

    await verifyEntry(editor, metropolisType, { id: created.id, version: 2, on: '2026-12-01' });
    // A form loaded before the check is one version behind: its save is refused like any other.
    await expect(saveEntry(editor, metropolisType, { id: created.id, version: 2, values: lyonValues({ seatCity: 'Lyon' }), intent: 'save' })).rejects.toBeInstanceOf(ContentConflictError);
    const saved = await saveEntry(editor, metropolisType, { id: created.id, version: 3, values: lyonValues({ seatCity: 'Lyon' }), intent: 'save' });
    expect(saved.version).toBe(4);
    expect((await getEntryOrThrow({ db, definition: metropolisType, id: created.id })).lastVerifiedOn).toBe('2026-12-01');
  });

  it('is for editors and admins, on entries out of the trash', async () => {
    const { db } = getDatabase();
    const created = await createEntry(editor, metropolisType, lyonValues(), 'save');
    await expect(verifyEntry(contributor, metropolisType, { id: created.id, version: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await trashEntry(editor, metropolisType, { id: created.id, version: 1, cascade: false });
    await expect(verifyEntry(editor, metropolisType, { id: created.id, version: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.auditEvent.count({ where: { action: 'content.verified' } })).toBe(0);
  });

  it('keeps a baseline revision of a seeded entry before the first check', async () => {
    const { db } = getDatabase();
    const seeded = await db.theme.create({ data: { slug: 'alimentation', name: 'Alimentation', status: 'PUBLISHED', publishedAt: new Date() }, select: { id: true } });
    await verifyEntry(editor, getContentType('Theme'), { id: seeded.id, version: 1, on: '2026-12-01' });
    const revisions = await db.revision.findMany({ where: { entityId: seeded.id }, orderBy: { version: 'asc' }, select: { version: true, status: true, authorId: true } });
    expect(revisions).toEqual([
      { version: 1, status: 'PUBLISHED', authorId: null },
      { version: 2, status: 'PUBLISHED', authorId: editor.actor.id },
    ]);
  });

  it('works on every content type', async () => {
    const { db } = getDatabase();
    for (const type of contentTypes) {
      const created = await createEntry(editor, type, await contentFixtures[type.entityType].create(editor), 'save');
      const verified = await verifyEntry(editor, type, { id: created.id, version: created.version, on: '2026-12-01' });
      expect(verified.version, type.entityType).toBe(created.version + 1);
      expect((await getEntryOrThrow({ db, definition: type, id: created.id })).lastVerifiedOn, type.entityType).toBe('2026-12-01');
    }
  });

  it('lets the lists filter on entries never verified or verified more than a year ago', async () => {
    const { db } = getDatabase();
    const create = async (officialName: string, verifiedOn: string | null) => {
      const { id } = await createEntry(editor, metropolisType, lyonValues({ officialName, shortName: officialName }), 'save');
      if (verifiedOn) await verifyEntry(editor, metropolisType, { id, version: 1, on: verifiedOn });
    };
    await create('Vérifiée il y a longtemps', '2025-11-30');
    await create('Vérifiée il y a un an tout juste', '2025-12-01');
    await create('Vérifiée récemment', '2026-11-02');
    await create('Jamais vérifiée', null);

    const listed = async (verification: string) =>
      (await findEntries({ db, definition: metropolisType, filters: { verification }, today: '2026-12-01' })).items.map((item) => item.title).sort();
    expect(await listed('a-reverifier')).toEqual(['Jamais vérifiée', 'Vérifiée il y a longtemps']);
    expect(await listed('jamais')).toEqual(['Jamais vérifiée']);
    expect(await listed('moins-d-un-an')).toEqual(['Vérifiée il y a un an tout juste', 'Vérifiée récemment']);
    expect((await findEntries({ db, definition: metropolisType, filters: { verification: 'inconnu' }, today: '2026-12-01' })).total).toBe(4);
  });
});
