import { beforeEach, expect, it } from 'vitest';
import { ContentConflictError, ContentFieldError, DependentsError } from '../../lib/content/errors';
import { parseContentValues, rawFromValues, type ContentValues } from '../../lib/content/fields';
import { getContentType } from '../../lib/content/registry';
import {
  createEntry,
  emptyTrash,
  restoreFromTrash,
  restoreRevision,
  saveEntry,
  transitionEntry,
  trashEntry,
  type MutationContext,
} from '../../lib/content/server/mutations';
import { getEntryOrThrow } from '../../lib/content/server/entry';
import { findAwaitingReview, findEntries } from '../../lib/content/server/queries';
import type { Database } from '../../lib/db/client';
import { isAppError } from '../../lib/errors';
import { truncateAll } from '../setup/databases';
import { insertActor, lyonValues, parseForm } from './helpers/content';
import { describeOnEachDatabase } from '../setup/each-database';

const metropolisType = getContentType('Metropolis');
const planType = getContentType('PolicyPlan');
const projectType = getContentType('FundedProject');
const programmeType = getContentType('FundingProgramme');



const lyon = lyonValues;

async function auditActions(db: Database, entityId: string) {
  const rows = await db.auditEvent.findMany({ where: { entityId }, orderBy: { id: 'asc' }, select: { action: true } });
  return rows.map((row) => row.action);
}

describeOnEachDatabase('content workflow', (getDatabase) => {
  let editor: MutationContext;
  let contributor: MutationContext;
  let admin: MutationContext;

  beforeEach(async () => {
    await truncateAll(getDatabase().url);
    const { db } = getDatabase();
    editor = { db, actor: await insertActor(db, 'EDITOR'), ipAddress: '203.0.113.9' };
    contributor = { db, actor: await insertActor(db, 'CONTRIBUTOR') };
    admin = { db, actor: await insertActor(db, 'ADMIN') };
  });

  it('creates a draft with a generated slug, a first revision and audit rows', async () => {
    const { db } = getDatabase();
    const created = await createEntry(editor, metropolisType, lyon(), 'save');
    const row = await db.metropolis.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ slug: 'lyon', status: 'DRAFT', version: 1, latitude: 45.764 });
    const revisions = await db.revision.findMany({ where: { entityId: created.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: 1, status: 'DRAFT', authorId: editor.actor.id });
    expect(await auditActions(db, created.id)).toEqual(['content.created']);
    const second = await createEntry(editor, metropolisType, lyon({ officialName: 'Autre Lyon', sirenCode: '' }), 'save');
    expect((await db.metropolis.findUniqueOrThrow({ where: { id: second.id } })).slug).toBe('lyon-2');
  });

  it('reports a slug already used on the field, writing nothing', async () => {
    const { db } = getDatabase();
    await createEntry(editor, metropolisType, lyon({ slug: 'lyon' }), 'save');
    const error = await createEntry(editor, metropolisType, lyon({ slug: 'lyon', shortName: 'Lyon bis' }), 'save').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentFieldError);
    expect((error as ContentFieldError).fieldErrors.slug?.[0]).toMatch(/déjà utilisée/);
    expect(await db.metropolis.count()).toBe(1);
  });

  it('keeps the live row of a published entry until its pending draft is published', async () => {
    const { db } = getDatabase();
    const created = await createEntry(editor, metropolisType, lyon(), 'publish');
    const draft = await saveEntry(contributor, metropolisType, { id: created.id, version: 1, values: lyon({ region: 'Région modifiée' }), intent: 'submit' });
    expect(draft).toMatchObject({ version: 2, status: 'IN_REVIEW', invalidate: [] });
    let live = await db.metropolis.findUniqueOrThrow({ where: { id: created.id } });
    expect(live).toMatchObject({ region: 'Auvergne-Rhône-Alpes', status: 'PUBLISHED', version: 2 });
    const entry = await getEntryOrThrow({ db: db, definition: metropolisType, id: created.id });
    expect(entry).toMatchObject({ hasPendingDraft: true, editorialStatus: 'IN_REVIEW' });
    expect(entry.editorial.region).toBe('Région modifiée');

    await expect(transitionEntry(contributor, metropolisType, { id: created.id, version: 2, transition: 'publish' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const published = await transitionEntry(editor, metropolisType, { id: created.id, version: 2, transition: 'publish' });
    expect(published.invalidate).toEqual(expect.arrayContaining(['metropolises', 'metropolis:lyon']));
    live = await db.metropolis.findUniqueOrThrow({ where: { id: created.id } });
    expect(live).toMatchObject({ region: 'Région modifiée', status: 'PUBLISHED', version: 3 });
    expect(await auditActions(db, created.id)).toEqual(['content.created', 'content.published', 'content.updated', 'content.submitted', 'content.published']);
  });

  it('lists what waits for review until it is published', async () => {
    const { db } = getDatabase();
    const draft = await createEntry(contributor, metropolisType, lyon(), 'submit');
    const live = await createEntry(editor, metropolisType, lyon({ shortName: 'Grand Lyon', officialName: 'Autre' }), 'publish');
    await saveEntry(contributor, metropolisType, { id: live.id, version: 1, values: lyon({ shortName: 'Grand Lyon', officialName: 'Autre', region: 'Changée' }), intent: 'submit' });
    expect((await findAwaitingReview({ db })).map((item) => [item.id, item.isPendingChange])).toEqual([
      [draft.id, false],
      [live.id, true],
    ]);
    await transitionEntry(editor, metropolisType, { id: draft.id, version: 1, transition: 'publish' });
    await transitionEntry(editor, metropolisType, { id: live.id, version: 2, transition: 'return_to_draft' });
    expect(await findAwaitingReview({ db })).toEqual([]);
  });

  it('filters a list on published entries with pending changes, and searches names', async () => {
    const { db } = getDatabase();
    const pending = await createEntry(editor, metropolisType, lyon(), 'publish');
    await createEntry(editor, metropolisType, lyon({ shortName: 'Nice', officialName: 'Métropole Nice Côte d’Azur' }), 'publish');
    await createEntry(editor, metropolisType, lyon({ shortName: 'Brest', officialName: 'Brest métropole' }), 'save');
    await saveEntry(editor, metropolisType, { id: pending.id, version: 1, values: lyon({ seatCity: 'Autre' }), intent: 'save' });
    const list = await findEntries({ db, definition: metropolisType, status: 'PENDING' });
    expect(list.items.map((item) => [item.id, item.pendingStatus])).toEqual([[pending.id, 'DRAFT']]);
    expect((await findEntries({ db, definition: metropolisType, status: 'PUBLISHED' })).total).toBe(2);
    expect((await findEntries({ db, definition: metropolisType, q: 'NICE' })).items.map((item) => item.title)).toEqual(['Métropole Nice Côte d’Azur']);
  });

  it('lets exactly one of two concurrent saves at the same version win', async () => {
    const { db } = getDatabase();
    const created = await createEntry(editor, metropolisType, lyon(), 'save');
    const results = await Promise.allSettled([
      saveEntry(editor, metropolisType, { id: created.id, version: 1, values: lyon({ seatCity: 'Ville A' }), intent: 'save' }),
      saveEntry(contributor, metropolisType, { id: created.id, version: 1, values: lyon({ seatCity: 'Ville B' }), intent: 'save' }),
    ]);
    const fulfilled = results.filter((result) => result.status === 'fulfilled');
    const rejected = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    const conflict = rejected[0]!.reason as ContentConflictError;
    expect(conflict).toBeInstanceOf(ContentConflictError);
    expect(conflict.current).toMatchObject({ version: 2 });
    const row = await db.metropolis.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.version).toBe(2);
    expect(conflict.current?.values.seatCity).toBe(row.seatCity);
    expect(await db.revision.count({ where: { entityId: created.id } })).toBe(2);
  });

  it('lets exactly one of two concurrent pending drafts of a published entry win', async () => {
    const { db } = getDatabase();
    const created = await createEntry(editor, metropolisType, lyon(), 'publish');
    const results = await Promise.allSettled([
      saveEntry(editor, metropolisType, { id: created.id, version: 1, values: lyon({ seatCity: 'Ville A' }), intent: 'save' }),
      saveEntry(editor, metropolisType, { id: created.id, version: 1, values: lyon({ seatCity: 'Ville B' }), intent: 'save' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'rejected' && result.reason instanceof ContentConflictError)).toHaveLength(1);
    expect(await db.revision.count({ where: { entityId: created.id } })).toBe(2);
  });

  it('keeps a redirect from the old slug when a published entry is renamed', async () => {
    const { db } = getDatabase();
    const created = await createEntry(editor, metropolisType, lyon(), 'publish');
    const renamed = await saveEntry(editor, metropolisType, { id: created.id, version: 1, values: lyon({ slug: 'grand-lyon' }), intent: 'publish' });
    expect(renamed.invalidate).toEqual(expect.arrayContaining(['metropolis:lyon', 'metropolis:grand-lyon']));
    expect(await db.slugRedirect.findMany({ select: { slug: true, entityId: true } })).toEqual([{ slug: 'lyon', entityId: created.id }]);
    // The old slug stays reserved for the redirect.
    await expect(createEntry(editor, metropolisType, lyon({ slug: 'lyon', shortName: 'Autre' }), 'save')).rejects.toBeInstanceOf(ContentFieldError);
    // Renaming back removes the now useless redirect.
    await saveEntry(editor, metropolisType, { id: created.id, version: 2, values: lyon({ slug: 'lyon' }), intent: 'publish' });
    expect(await db.slugRedirect.findMany({ select: { slug: true } })).toEqual([{ slug: 'grand-lyon' }]);
  });

  it('restores an old revision as a new version', async () => {
    const { db } = getDatabase();
    const created = await createEntry(editor, metropolisType, lyon(), 'save');
    await saveEntry(editor, metropolisType, { id: created.id, version: 1, values: lyon({ seatCity: 'Villeurbanne' }), intent: 'save' });
    const restored = await restoreRevision(editor, metropolisType, { id: created.id, version: 2, fromVersion: 1 });
    expect(restored.version).toBe(3);
    expect((await db.metropolis.findUniqueOrThrow({ where: { id: created.id } })).seatCity).toBe('Lyon');
    expect(await db.revision.count({ where: { entityId: created.id } })).toBe(3);
    expect(await auditActions(db, created.id)).toContain('content.revision_restored');
  });

  it('refuses to trash an entry others depend on unless confirmed, then cascades and restores', async () => {
    const { db } = getDatabase();
    const metropolis = await createEntry(editor, metropolisType, lyon(), 'publish');
    const programme = await createEntry(editor, programmeType, parseForm(programmeType, { name: 'Appel à projets ESS', metropolisId: metropolis.id, kind: 'CALL_FOR_PROJECTS' }), 'publish');
    const project = await createEntry(
      editor,
      projectType,
      parseForm(projectType, {
        title: 'Recyclerie',
        fundingProgrammeId: programme.id,
        metropolisId: metropolis.id,
        carrierName: 'Asso',
        legalForm: 'ASSOCIATION',
        year: '2019',
        amountCents: '15 000,50',
      }),
      'publish',
    );
    expect((await db.fundedProject.findUniqueOrThrow({ where: { id: project.id } })).amountCents).toBe(1_500_050);

    const refused = await trashEntry(editor, metropolisType, { id: metropolis.id, version: 1, cascade: false }).catch((caught: unknown) => caught);
    expect(refused).toBeInstanceOf(DependentsError);
    expect((refused as DependentsError).dependents).toEqual([
      { entityType: 'FundingProgramme', count: 1 },
      { entityType: 'FundedProject', count: 1 },
    ]);
    expect((await db.metropolis.findUniqueOrThrow({ where: { id: metropolis.id } })).deletedAt).toBeNull();

    await expect(trashEntry(contributor, metropolisType, { id: metropolis.id, version: 1, cascade: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const trashed = await trashEntry(editor, metropolisType, { id: metropolis.id, version: 1, cascade: true });
    expect(trashed.trashedCount).toBe(3);
    expect(await db.fundedProject.count({ where: { deletedAt: null } })).toBe(0);

    // A project cannot come back before its métropole.
    const projectRow = await db.fundedProject.findUniqueOrThrow({ where: { id: project.id } });
    await expect(restoreFromTrash(editor, projectType, { id: project.id, version: projectRow.version })).rejects.toMatchObject({ code: 'CONFLICT' });
    const metropolisRow = await db.metropolis.findUniqueOrThrow({ where: { id: metropolis.id } });
    await restoreFromTrash(editor, metropolisType, { id: metropolis.id, version: metropolisRow.version });
    expect((await db.metropolis.findUniqueOrThrow({ where: { id: metropolis.id } })).deletedAt).toBeNull();

    await expect(emptyTrash(editor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const emptied = await emptyTrash(admin);
    expect(emptied.count).toBe(2);
    expect(await db.fundedProject.count()).toBe(0);
    expect(await db.revision.count({ where: { entityId: project.id } })).toBe(0);
  });

  it('refuses links to entries in the trash and a plan whose period ends before it starts', async () => {
    const { db } = getDatabase();
    const period = parseContentValues(planType.fields, { ...rawFromValues(planType.fields, {}), title: 'Plan', metropolisId: 'abcdefgh1234', kind: 'PLAN', startYear: '2020', endYear: '2015', planStatus: 'IN_FORCE' }, planType.refine);
    expect(period.success).toBe(false);
    if (!period.success) expect(period.fieldErrors.endYear).toEqual(['La fin ne peut pas précéder le début.']);

    const metropolis = await createEntry(editor, metropolisType, lyon(), 'save');
    await trashEntry(editor, metropolisType, { id: metropolis.id, version: 1, cascade: false });
    const error = await createEntry(editor, planType, parseForm(planType, { title: 'Plan', metropolisId: metropolis.id, kind: 'PLAN', startYear: '2020', planStatus: 'IN_FORCE' }), 'save').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentFieldError);
    expect((error as ContentFieldError).fieldErrors.metropolisId?.[0]).toMatch(/corbeille/);
    expect(await db.policyPlan.count()).toBe(0);
  });

  it('records the baseline of a seeded entry before its first change', async () => {
    const { db } = getDatabase();
    const seeded = await db.theme.create({ data: { slug: 'emploi', name: 'Emploi', status: 'PUBLISHED', publishedAt: new Date() } });
    const themeType = getContentType('Theme');
    await saveEntry(editor, themeType, { id: seeded.id, version: 1, values: parseForm(themeType, { name: 'Emploi et insertion', slug: 'emploi' }), intent: 'save' });
    const revisions = await db.revision.findMany({ where: { entityId: seeded.id }, orderBy: { version: 'asc' } });
    expect(revisions.map((revision) => [revision.version, revision.status, (revision.snapshot as ContentValues).name])).toEqual([
      [1, 'PUBLISHED', 'Emploi'],
      [2, 'DRAFT', 'Emploi et insertion'],
    ]);
    expect(isAppError(new ContentConflictError(null), 'CONFLICT')).toBe(true);
  });

  it('keeps a pending draft through the trash and back', async () => {
    const { db } = getDatabase();
    const created = await createEntry(editor, metropolisType, lyon(), 'publish');
    await saveEntry(editor, metropolisType, { id: created.id, version: 1, values: lyon({ region: 'Région en attente' }), intent: 'save' });
    await trashEntry(editor, metropolisType, { id: created.id, version: 2, cascade: false });
    const restored = await restoreFromTrash(editor, metropolisType, { id: created.id, version: 3 });
    const entry = await getEntryOrThrow({ db, definition: metropolisType, id: created.id });
    expect(entry).toMatchObject({ version: restored.version, status: 'PUBLISHED', hasPendingDraft: true, editorialStatus: 'DRAFT' });
    expect(entry.editorial.region).toBe('Région en attente');
    expect(entry.live.region).toBe('Auvergne-Rhône-Alpes');
    const published = await transitionEntry(editor, metropolisType, { id: created.id, version: entry.version, transition: 'publish' });
    expect((await db.metropolis.findUniqueOrThrow({ where: { id: created.id } })).region).toBe('Région en attente');
    expect(published.version).toBe(entry.version + 1);
  });
});
