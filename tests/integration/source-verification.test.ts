import { beforeEach, expect, it } from 'vitest';
import { ContentFieldError } from '../../lib/content/errors';
import { getContentType } from '../../lib/content/registry';
import { findEntries, findEntrySources } from '../../lib/content/server/queries';
import { createEntry, saveEntry, transitionEntry, type MutationContext } from '../../lib/content/server/mutations';
import { getEntryOrThrow } from '../../lib/content/server/entry';
import { truncateAll } from '../setup/databases';
import { describeOnEachDatabase } from '../setup/each-database';
import { insertActor, lyonValues, parseForm } from './helpers/content';

const sourceType = getContentType('Source');
const figureType = getContentType('Figure');
const metropolisType = getContentType('Metropolis');

const TO_VERIFY = /Cette source est à vérifier/;

describeOnEachDatabase('sources to verify', (getDatabase) => {
  let editor: MutationContext;

  beforeEach(async () => {
    await truncateAll(getDatabase().url);
    editor = { db: getDatabase().db, actor: await insertActor(getDatabase().db, 'EDITOR') };
  });

  async function flaggedSource() {
    const values = parseForm(sourceType, {
      title: 'Face à la crise, la Métropole renforce son soutien',
      publisher: 'Groupe politique',
      publishedOn: '2021-03-31',
      url: 'https://groupe.example.org/2021/03/31/soutien',
      note: "Source à vérifier : page d'un groupe politique.",
      needsVerification: 'true',
    });
    return createEntry(editor, sourceType, values, 'save');
  }

  async function figureOn(sourceId: string, intent: 'save' | 'publish') {
    const metropolis = await createEntry(editor, metropolisType, lyonValues(), 'publish');
    const values = parseForm(figureType, {
      label: 'Subventions votées',
      indicator: 'subventions-votees',
      value: '436000',
      unit: 'EUR',
      periodStartYear: '2021',
      periodEndYear: '2022',
      sourceId,
      metropolisId: metropolis.id,
      position: '1',
    });
    return { values, created: intent === 'save' ? await createEntry(editor, figureType, values, 'save') : null };
  }

  it('refuses to publish a source still marked to verify, and says why on the field', async () => {
    const values = parseForm(sourceType, { title: 'Page', publisher: 'Miroir', url: 'https://miroir.example.org/doc', needsVerification: 'true' });
    const error = await createEntry(editor, sourceType, values, 'publish').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentFieldError);
    expect((error as ContentFieldError).fieldErrors?.needsVerification?.[0]).toMatch(/Une source à vérifier n’est pas publiée/);
    expect(await getDatabase().db.source.count()).toBe(0);
  });

  it('refuses to publish what rests on it, by creation, save or transition, and changes nothing', async () => {
    const source = await flaggedSource();
    const { values } = await figureOn(source.id, 'publish');
    const created = await createEntry(editor, figureType, values, 'publish').catch((caught: unknown) => caught);
    expect(created).toBeInstanceOf(ContentFieldError);
    expect((created as ContentFieldError).fieldErrors?.sourceId?.[0]).toMatch(TO_VERIFY);
    expect(await getDatabase().db.figure.count()).toBe(0);

    const draft = await createEntry(editor, figureType, values, 'save');
    const saved = await saveEntry(editor, figureType, { id: draft.id, version: draft.version, values, intent: 'publish' }).catch((caught: unknown) => caught);
    expect((saved as ContentFieldError).fieldErrors?.sourceId?.[0]).toMatch(TO_VERIFY);
    const transitioned = await transitionEntry(editor, figureType, { id: draft.id, version: draft.version, transition: 'publish' }).catch((caught: unknown) => caught);
    expect((transitioned as ContentFieldError).userMessage).toMatch(TO_VERIFY);
    const row = await getEntryOrThrow({ db: getDatabase().db, definition: figureType, id: draft.id });
    expect(row).toMatchObject({ status: 'DRAFT', version: draft.version });
  });

  it('publishes once an editor has verified the source, and lists the source to verify meanwhile', async () => {
    const source = await flaggedSource();
    const { created } = await figureOn(source.id, 'save');
    const listed = await findEntries({ definition: figureType, db: getDatabase().db, filters: { source: 'a-verifier' } });
    expect(listed.items.map((item) => item.id)).toEqual([created!.id]);
    expect(listed.items[0]!.source).toEqual({ publisher: 'Groupe politique', date: '31 mars 2021', needsVerification: true });
    expect((await findEntries({ definition: figureType, db: getDatabase().db, filters: { source: 'verifiee' } })).total).toBe(0);
    const [shown] = await findEntrySources({ definition: figureType, values: (await getEntryOrThrow({ db: getDatabase().db, definition: figureType, id: created!.id })).editorial, db: getDatabase().db });
    expect(shown).toMatchObject({ fieldLabel: 'Source', publisher: 'Groupe politique', needsVerification: true, note: expect.stringMatching(/^Source à vérifier/) });

    const sourceEntry = await getEntryOrThrow({ db: getDatabase().db, definition: sourceType, id: source.id });
    const verified = { ...sourceEntry.editorial, url: 'https://metropole.example.org/deliberation-2021-0488', needsVerification: false };
    await saveEntry(editor, sourceType, { id: source.id, version: sourceEntry.version, values: verified, intent: 'publish' });
    await transitionEntry(editor, figureType, { id: created!.id, version: created!.version, transition: 'publish' });
    expect((await getDatabase().db.figure.findUniqueOrThrow({ where: { id: created!.id } })).status).toBe('PUBLISHED');
    expect((await findEntries({ definition: figureType, db: getDatabase().db, filters: { source: 'a-verifier' } })).total).toBe(0);
  });
});
