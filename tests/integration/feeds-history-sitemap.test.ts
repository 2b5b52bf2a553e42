import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { getContentType } from '../../lib/content/registry';
import { createEntry, saveEntry, transitionEntry, trashEntry, type MutationContext } from '../../lib/content/server/mutations';
import { loadFeed } from '../../lib/feeds/build';
import { loadPageHistory } from '../../lib/history/page';
import { loadPublicDates, loadPublicHistories } from '../../lib/history/load';
import { loadSitemapEntries } from '../../lib/sitemap/build';
import { truncateAll } from '../setup/databases';
import { describeOnEachDatabase } from '../setup/each-database';
import { contentFixtures } from './helpers/content-fixtures';
import { insertActor, parseForm } from './helpers/content';
import { rawFromValues, type ContentValues } from '../../lib/content/fields';
import type { ContentEntityType } from '../../lib/content/entity-types';
import { checkAtomProse } from '../schemas/atom-prose';

const SITE = 'https://observatoire.exemple.fr';
const schemas = path.resolve(import.meta.dirname, '../schemas');
const atomGrammar = readFileSync(path.join(schemas, 'atom.rng'), 'utf8');
const sitemapSchema = readFileSync(path.join(schemas, 'sitemap.xsd'), 'utf8');

function edited(entityType: ContentEntityType, values: ContentValues, changes: Record<string, string>): ContentValues {
  const type = getContentType(entityType);
  return parseForm(type, { ...rawFromValues(type.fields, values), ...changes });
}

async function currentVersion(context: MutationContext, entityType: ContentEntityType, id: string): Promise<number> {
  const row = await (context.db as never as Record<string, { findUniqueOrThrow: (args: unknown) => Promise<{ version: number }> }>)[
    entityType.charAt(0).toLowerCase() + entityType.slice(1)
  ]!.findUniqueOrThrow({ where: { id }, select: { version: true } });
  return row.version;
}

/** Edit a published entry (a pending draft) and publish it, as an editor does from the back-office. */
async function correct(context: MutationContext, entityType: ContentEntityType, id: string, values: ContentValues) {
  const type = getContentType(entityType);
  const saved = await saveEntry(context, type, { id, version: await currentVersion(context, entityType, id), values, intent: 'save' });
  return transitionEntry(context, type, { id, version: saved.version, transition: 'publish' });
}

describeOnEachDatabase('public history, feed and sitemap', (getDatabase) => {
  let editor: MutationContext;

  beforeEach(async () => {
    await truncateAll(getDatabase().url);
    const { db } = getDatabase();
    editor = { db, actor: await insertActor(db, 'EDITOR') };
  });

  it('lists a published correction of a figure with old and new values, never a pending draft, and nothing for a no-op republish', async () => {
    const { db } = getDatabase();
    const figureType = getContentType('Figure');
    const values = await contentFixtures.Figure.create(editor);
    const { id } = await createEntry(editor, figureType, values, 'publish');
    expect((await loadPublicHistories(db, [{ entityType: 'Figure', id }])).get(`Figure:${id}`)).toEqual([]);

    const corrected = edited('Figure', values, { value: '135' });
    await correct(editor, 'Figure', id, corrected);
    let history = (await loadPublicHistories(db, [{ entityType: 'Figure', id }])).get(`Figure:${id}`)!;
    expect(history).toHaveLength(1);
    expect(history[0]!.changes).toEqual([{ kind: 'value', label: 'Valeur', before: '120,5', after: '135' }]);

    // A pending draft (then sent to review) is not public: it never shows.
    await saveEntry(editor, figureType, { id, version: await currentVersion(editor, 'Figure', id), values: edited('Figure', corrected, { value: '999' }), intent: 'submit' });
    history = (await loadPublicHistories(db, [{ entityType: 'Figure', id }])).get(`Figure:${id}`)!;
    expect(history).toHaveLength(1);
    expect(JSON.stringify(history)).not.toContain('999');
    await transitionEntry(editor, figureType, { id, version: await currentVersion(editor, 'Figure', id), transition: 'discard_draft' });

    // Republishing the same values adds nothing, and does not move the last-change date.
    const before = (await loadPublicDates(db, 'Figure', [{ id, createdAt: new Date(0) }])).get(id)!;
    await correct(editor, 'Figure', id, corrected);
    expect((await loadPublicHistories(db, [{ entityType: 'Figure', id }])).get(`Figure:${id}`)).toHaveLength(1);
    expect((await loadPublicDates(db, 'Figure', [{ id, createdAt: new Date(0) }])).get(id)!.lastChangedAt).toEqual(before.lastChangedAt);

    // Unpublished, then republished with a new value: the history compares published versions only.
    await transitionEntry(editor, figureType, { id, version: await currentVersion(editor, 'Figure', id), transition: 'unpublish' });
    await saveEntry(editor, figureType, { id, version: await currentVersion(editor, 'Figure', id), values: edited('Figure', corrected, { value: '140' }), intent: 'save' });
    await transitionEntry(editor, figureType, { id, version: await currentVersion(editor, 'Figure', id), transition: 'publish' });
    history = (await loadPublicHistories(db, [{ entityType: 'Figure', id }])).get(`Figure:${id}`)!;
    expect(history.map((entry) => entry.changes)).toEqual([
      [{ kind: 'value', label: 'Valeur', before: '135', after: '140' }],
      [{ kind: 'value', label: 'Valeur', before: '120,5', after: '135' }],
    ]);
    // No author or reviewer ever reaches it.
    expect(JSON.stringify(history)).not.toMatch(/Compte EDITOR|@exemple\.fr/);
  });

  it('gathers a page’s own corrections and its figures’, with long texts reported as changed, not dumped', async () => {
    const { db } = getDatabase();
    const figureType = getContentType('Figure');
    const figureValues = await contentFixtures.Figure.create(editor);
    const figure = await createEntry(editor, figureType, figureValues, 'publish');
    const metropolisId = figureValues.metropolisId as string;
    const metropolis = await db.metropolis.findUniqueOrThrow({ where: { id: metropolisId } });
    const metropolisType = getContentType('Metropolis');
    const { getEntryOrThrow } = await import('../../lib/content/server/entry');
    const entry = await getEntryOrThrow({ db, definition: metropolisType, id: metropolisId });
    await correct(editor, 'Metropolis', metropolisId, edited('Metropolis', entry.live, { policySummary: 'Une politique **structurée** depuis 2011.', seatCity: 'Villeurbanne' }));
    await correct(editor, 'Figure', figure.id, edited('Figure', figureValues, { value: '130' }));

    const history = await loadPageHistory(db, { entityType: 'Metropolis', slug: metropolis.slug, figures: [{ id: figure.id, label: String(figureValues.label) }] });
    expect(history.entries).toHaveLength(2);
    expect(history.entries[0]).toMatchObject({ subject: `Chiffre « ${String(figureValues.label)} »`, changes: [{ kind: 'value', before: '120,5', after: '130' }] });
    expect(history.entries[1]!.subject).toBeNull();
    expect(history.entries[1]!.changes).toEqual(
      expect.arrayContaining([
        { kind: 'value', label: expect.stringMatching(/siège/i), before: 'Lyon', after: 'Villeurbanne' },
        { kind: 'text', label: expect.any(String) },
      ]),
    );
    expect(history.updatedOn).toEqual(history.entries[0]!.date);
    expect(history.figureCorrections[figure.id]).toEqual({ date: history.entries[0]!.date, anchor: history.entries[0]!.anchor });
  });

  it('builds a valid Atom feed that its filters narrow, and refuses unknown slugs', async () => {
    const { db } = getDatabase();
    const recapType = getContentType('WorkingGroupReport');
    const first = await contentFixtures.WorkingGroupReport.create(editor);
    const firstRecap = await createEntry(editor, recapType, first, 'publish');
    const second = await contentFixtures.WorkingGroupReport.create(editor);
    const secondRecap = await createEntry(editor, recapType, second, 'publish');
    const draft = await contentFixtures.WorkingGroupReport.create(editor);
    await createEntry(editor, recapType, draft, 'save');

    const all = await loadFeed(db, {}, SITE);
    if (all.kind !== 'feed') throw new Error(all.message);
    const validation = await validateXML({ xml: [{ fileName: 'flux.xml', contents: all.xml }], schema: [{ fileName: 'atom.rng', contents: atomGrammar }], extension: 'relaxng' });
    expect(validation.errors).toEqual([]);
    expect(checkAtomProse(all.xml)).toEqual([]);
    const recapIds = all.feed.entries.filter((entry) => entry.id.includes(':groupe-de-travail/')).map((entry) => entry.id);
    expect(recapIds.sort()).toEqual([`tag:observatoire.exemple.fr,2026:groupe-de-travail/${firstRecap.id}`, `tag:observatoire.exemple.fr,2026:groupe-de-travail/${secondRecap.id}`].sort());
    expect(all.xml).not.toContain(String(draft.title));
    // Every published publication is in the full feed (the draft recap's too: the publication itself is published).
    expect(all.feed.entries.filter((entry) => entry.id.includes(':publication/'))).toHaveLength(3);

    const metropolis = await db.metropolis.findUniqueOrThrow({ where: { id: (first.participants as string[])[0]! } });
    const narrowed = await loadFeed(db, { metropole: metropolis.slug }, SITE);
    if (narrowed.kind !== 'feed') throw new Error(narrowed.message);
    expect(narrowed.feed.entries.map((entry) => entry.id)).toEqual(
      expect.arrayContaining([`tag:observatoire.exemple.fr,2026:groupe-de-travail/${firstRecap.id}`]),
    );
    expect(narrowed.xml).not.toContain(secondRecap.id);
    // Publications follow the recaps that link them.
    expect(narrowed.feed.entries.filter((entry) => entry.id.includes(':publication/')).map((entry) => entry.id)).toEqual([
      `tag:observatoire.exemple.fr,2026:publication/${String(first.publicationId)}`,
    ]);
    expect(narrowed.feed.entries.every((entry) => all.feed.entries.some((candidate) => candidate.id === entry.id))).toBe(true);
    expect(narrowed.feed.self).toBe(`${SITE}/flux.xml?metropole=${metropolis.slug}`);
    expect((await validateXML({ xml: [{ fileName: 'm.xml', contents: narrowed.xml }], schema: [{ fileName: 'atom.rng', contents: atomGrammar }], extension: 'relaxng' })).errors).toEqual([]);

    const theme = await db.theme.findUniqueOrThrow({ where: { id: (second.themes as string[])[0]! } });
    const byTheme = await loadFeed(db, { theme: theme.slug }, SITE);
    if (byTheme.kind !== 'feed') throw new Error(byTheme.message);
    expect(byTheme.feed.entries.filter((entry) => entry.id.includes(':groupe-de-travail/')).map((entry) => entry.id)).toEqual([`tag:observatoire.exemple.fr,2026:groupe-de-travail/${secondRecap.id}`]);

    expect((await loadFeed(db, { metropole: 'metropole-inconnue' }, SITE)).kind).toBe('unknown');
    expect((await loadFeed(db, { theme: 'theme-inconnu' }, SITE)).kind).toBe('unknown');

    // A rename keeps the entry's id; a no-op republish keeps its `updated`.
    const updatedBefore = all.feed.entries.find((entry) => entry.id.endsWith(firstRecap.id))!.updated;
    await correct(editor, 'WorkingGroupReport', firstRecap.id, contentFixtures.WorkingGroupReport.edit(first));
    const renamed = await loadFeed(db, {}, SITE);
    if (renamed.kind !== 'feed') throw new Error(renamed.message);
    const renamedEntry = renamed.feed.entries.find((entry) => entry.id.endsWith(firstRecap.id))!;
    expect(renamedEntry.title).not.toBe(first.title);
    expect(renamedEntry.updated.getTime()).toBeGreaterThan(updatedBefore.getTime());
    expect(renamed.feed.updated.getTime()).toBeGreaterThanOrEqual(renamedEntry.updated.getTime());
    const secondUpdated = renamed.feed.entries.find((entry) => entry.id.endsWith(secondRecap.id))!.updated;
    await correct(editor, 'WorkingGroupReport', secondRecap.id, second);
    const again = await loadFeed(db, {}, SITE);
    if (again.kind !== 'feed') throw new Error(again.message);
    expect(again.feed.entries.find((entry) => entry.id.endsWith(secondRecap.id))!.updated).toEqual(secondUpdated);
  });

  it('lists every published page in a valid sitemap, and drops unpublished and trashed ones', async () => {
    const { db } = getDatabase();
    const structureType = getContentType('SupportStructure');
    const values = await contentFixtures.SupportStructure.create(editor);
    const structure = await createEntry(editor, structureType, values, 'publish');
    const hidden = await createEntry(editor, structureType, await contentFixtures.SupportStructure.create(editor), 'publish');
    const trashed = await createEntry(editor, structureType, await contentFixtures.SupportStructure.create(editor), 'publish');
    await transitionEntry(editor, structureType, { id: hidden.id, version: hidden.version, transition: 'unpublish' });
    await trashEntry(editor, structureType, { id: trashed.id, version: trashed.version, cascade: false });

    const entries = await loadSitemapEntries(db, SITE);
    const slugOf = async (id: string) => (await db.supportStructure.findUniqueOrThrow({ where: { id } })).slug;
    const urls = entries.map((entry) => entry.url);
    expect(urls).toContain(`${SITE}/structures/${await slugOf(structure.id)}`);
    expect(urls).not.toContain(`${SITE}/structures/${await slugOf(hidden.id)}`);
    expect(urls).not.toContain(`${SITE}/structures/${await slugOf(trashed.id)}`);
    expect(urls).toContain(SITE);
    expect(urls).toContain(`${SITE}/structures`);
    // Its métropoles are published too: their profiles are listed.
    const metropolis = await db.metropolis.findUniqueOrThrow({ where: { id: (values.metropolises as Array<{ metropolisId: string }>)[0]!.metropolisId } });
    expect(urls).toContain(`${SITE}/metropoles/${metropolis.slug}`);

    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...entries.map((entry) => `<url><loc>${entry.url}</loc>${entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : ''}</url>`),
      '</urlset>',
    ].join('\n');
    const validation = await validateXML({ xml: [{ fileName: 'sitemap.xml', contents: xml }], schema: [{ fileName: 'sitemap.xsd', contents: sitemapSchema }] });
    expect(validation.errors).toEqual([]);
  });
});
