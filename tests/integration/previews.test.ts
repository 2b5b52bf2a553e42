import { beforeAll, beforeEach, expect, it } from 'vitest';
import type { RawValues } from '../../lib/content/fields';
import { getContentType } from '../../lib/content/registry';
import { createEntry, saveEntry, trashEntry, type MutationContext } from '../../lib/content/server/mutations';
import { getEntryPreview } from '../../lib/previews/queries';
import { seedDatabase } from '../../lib/seed';
import { truncateAll } from '../setup/databases';
import { insertActor, lyonValues, parseForm } from './helpers/content';
import { describeOnEachDatabase } from '../setup/each-database';

const metropolisType = getContentType('Metropolis');
const planType = getContentType('PolicyPlan');
const structureType = getContentType('SupportStructure');


const lyon = lyonValues;

describeOnEachDatabase('draft previews', (getDatabase) => {
  let editor: MutationContext;

  beforeEach(async () => {
    await truncateAll(getDatabase().url);
    const { db } = getDatabase();
    editor = { db, actor: await insertActor(db, 'EDITOR') };
  });

  const plan = (metropolisId: string, overrides: RawValues = {}) =>
    parseForm(planType, { title: 'Plan ESS', metropolisId, kind: 'PLAN', startYear: '2020', planStatus: 'IN_FORCE', ...overrides });

  it('shows the pending draft of a published métropole with its published plans only', async () => {
    const { db } = getDatabase();
    const metropolis = await createEntry(editor, metropolisType, lyon(), 'publish');
    await createEntry(editor, planType, plan(metropolis.id, { title: 'Plan publié' }), 'publish');
    await createEntry(editor, planType, plan(metropolis.id, { title: 'Plan en brouillon' }), 'save');
    await saveEntry(editor, metropolisType, { id: metropolis.id, version: 1, values: lyon({ region: 'Région modifiée', policySummary: 'Nouveau **résumé**' }), intent: 'save' });

    const preview = await getEntryPreview(db, metropolisType, metropolis.id);
    expect(preview).toMatchObject({ title: 'Métropole de Lyon', editorialStatus: 'DRAFT', hasPendingDraft: true, notes: [] });
    if (preview.view.kind !== 'metropolis') throw new Error(`vue ${preview.view.kind}`);
    expect(preview.view.metropolis).toMatchObject({ slug: 'lyon', region: 'Région modifiée', policySummary: 'Nouveau **résumé**', identitySource: null });
    expect(preview.view.metropolis.policyPlans.map((item) => item.title)).toEqual(['Plan publié']);
  });

  it('previews a plan with the editorial values and warns when its métropole is not online', async () => {
    const { db } = getDatabase();
    const metropolis = await createEntry(editor, metropolisType, lyon(), 'save');
    const created = await createEntry(editor, planType, plan(metropolis.id, { summary: 'Résumé du plan', endYear: '2026' }), 'save');

    const preview = await getEntryPreview(db, planType, created.id);
    if (preview.view.kind !== 'policy-plan') throw new Error(`vue ${preview.view.kind}`);
    expect(preview.view.plan).toMatchObject({
      title: 'Plan ESS',
      startYear: 2020,
      endYear: 2026,
      summary: 'Résumé du plan',
      metropolis: { slug: 'lyon', officialName: 'Métropole de Lyon' },
      levers: [],
      predecessor: null,
      successor: null,
    });
    expect(preview.notes).toEqual([expect.stringMatching(/n’est pas en ligne/)]);
  });

  it('falls back to the generic preview with names for linked entries', async () => {
    const { db } = getDatabase();
    const metropolis = await createEntry(editor, metropolisType, lyon(), 'publish');
    const structure = await createEntry(
      editor,
      structureType,
      parseForm(structureType, { name: 'Incubateur lyonnais', kind: 'INCUBATOR', metropolises: [{ metropolisId: metropolis.id, partnershipStartYear: '2018' }] }),
      'save',
    );
    const preview = await getEntryPreview(db, structureType, structure.id);
    if (preview.view.kind !== 'generic') throw new Error(`vue ${preview.view.kind}`);
    expect(preview.view.values).toMatchObject({ name: 'Incubateur lyonnais', kind: 'INCUBATOR' });
    expect(preview.view.labelOf('Metropolis', metropolis.id)).toBe('Métropole de Lyon');
  });

  it('refuses an entry in the trash or unknown', async () => {
    const { db } = getDatabase();
    const metropolis = await createEntry(editor, metropolisType, lyon(), 'save');
    await trashEntry(editor, metropolisType, { id: metropolis.id, version: 1, cascade: true });
    await expect(getEntryPreview(db, metropolisType, metropolis.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getEntryPreview(db, metropolisType, 'inconnu12345')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describeOnEachDatabase('previews of seeded entries', (getDatabase) => {
  beforeAll(async () => {
    await seedDatabase(getDatabase().db);
  }, 180_000);

  it('lists a métropole’s published related rows as its public page does', async () => {
    const { db } = getDatabase();
    const nantes = await db.metropolis.findUniqueOrThrow({ where: { slug: 'nantes-metropole' }, select: { id: true } });
    const preview = await getEntryPreview(db, metropolisType, nantes.id);
    expect(preview).toMatchObject({ editorialStatus: 'PUBLISHED', hasPendingDraft: false, notes: [] });
    if (preview.view.kind !== 'metropolis') throw new Error(`vue ${preview.view.kind}`);
    expect(preview.view.metropolis).toMatchObject({
      identitySource: { publisher: 'INSEE' },
      essOfficial: { fullName: 'Mahel Coppey' },
      fundingProgrammes: [{ name: "Prix de l'innovation sociale", kind: 'PRIZE', projectTotals: null }],
      supportStructures: [{ name: 'Les Ecossolies', kind: 'ACTOR_NETWORK', partnershipStartYear: 2006 }],
    });
    expect(preview.view.metropolis.workingGroups.length).toBeGreaterThan(0);
  });

  it('shows a plan with its levers, source and programmes', async () => {
    const { db } = getDatabase();
    const plan = await db.policyPlan.findFirstOrThrow({ where: { metropolis: { slug: 'metropole-europeenne-de-lille' } }, select: { id: true } });
    const preview = await getEntryPreview(db, planType, plan.id);
    if (preview.view.kind !== 'policy-plan') throw new Error(`vue ${preview.view.kind}`);
    expect(preview.view.plan).toMatchObject({
      startYear: 2015,
      endYear: 2020,
      metropolis: { slug: 'metropole-europeenne-de-lille', shortName: 'MEL' },
      source: { publisher: 'Avise' },
      fundingProgrammes: [{ name: 'Entreprendre autrement' }],
    });
    expect(preview.view.plan.metropolis).not.toHaveProperty('status');
    expect(preview.view.plan.levers.map((lever) => lever.name)).toContain('Financement');
  });
});
