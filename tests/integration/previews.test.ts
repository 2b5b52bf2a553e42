import { beforeAll, beforeEach, expect, it } from 'vitest';
import { rawFromValues, type RawValues } from '../../lib/content/fields';
import { getContentType } from '../../lib/content/registry';
import type { ContentTypeDefinition } from '../../lib/content/definition';
import { getEntryOrThrow } from '../../lib/content/server/entry';
import { createEntry, saveEntry, trashEntry, type MutationContext } from '../../lib/content/server/mutations';
import type { Database } from '../../lib/db/client';
import { findEntryPreview } from '../../lib/previews/queries';
import { buildSupportStructurePreview } from '../../lib/previews/support-structure';
import { seedDatabase } from '../../lib/seed';
import { supportStructureDetailSelect, toSupportStructureDetail } from '../../lib/support-structures/select';
import { toWorkingGroupDetail, workingGroupDetailSelect } from '../../lib/working-groups/select';
import { truncateAll } from '../setup/databases';
import { insertActor, lyonValues, parseForm } from './helpers/content';
import { describeOnEachDatabase } from '../setup/each-database';

/** The preview of an entry that exists (findEntryPreview's null is tested on its own). */
async function previewOf(db: Database, definition: ContentTypeDefinition, id: string) {
  const preview = await findEntryPreview({ db, definition, id });
  if (!preview) throw new Error(`no preview for ${definition.entityType} ${id}`);
  return preview;
}

const metropolisType = getContentType('Metropolis');
const planType = getContentType('PolicyPlan');
const structureType = getContentType('SupportStructure');
const reportType = getContentType('WorkingGroupReport');
const personType = getContentType('Person');

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

    const preview = await previewOf(db, metropolisType, metropolis.id);
    expect(preview).toMatchObject({ title: 'Métropole de Lyon', editorialStatus: 'DRAFT', hasPendingDraft: true, notes: [] });
    if (preview.view.kind !== 'metropolis') throw new Error(`vue ${preview.view.kind}`);
    expect(preview.view.metropolis).toMatchObject({ slug: 'lyon', region: 'Région modifiée', policySummary: 'Nouveau **résumé**', identitySource: null });
    expect(preview.view.metropolis.policyPlans.map((item) => item.title)).toEqual(['Plan publié']);
  });

  it('previews a plan with the editorial values and warns when its métropole is not online', async () => {
    const { db } = getDatabase();
    const metropolis = await createEntry(editor, metropolisType, lyon(), 'save');
    const created = await createEntry(editor, planType, plan(metropolis.id, { summary: 'Résumé du plan', endYear: '2026' }), 'save');

    const preview = await previewOf(db, planType, created.id);
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
    const programmeType = getContentType('FundingProgramme');
    const programme = await createEntry(editor, programmeType, parseForm(programmeType, { name: 'Appel à projets ESS', metropolisId: metropolis.id, kind: 'CALL_FOR_PROJECTS' }), 'save');
    const preview = await previewOf(db, programmeType, programme.id);
    if (preview.view.kind !== 'generic') throw new Error(`vue ${preview.view.kind}`);
    expect(preview.view.values).toMatchObject({ name: 'Appel à projets ESS', metropolisId: metropolis.id });
    expect(preview.view.labelOf('Metropolis', metropolis.id)).toBe('Métropole de Lyon');
  });

  it('previews a person through their public page, with a published métropole only', async () => {
    const { db } = getDatabase();
    const published = await createEntry(editor, metropolisType, lyon(), 'publish');
    const draft = await createEntry(editor, metropolisType, lyon({ officialName: 'Métropole en brouillon', shortName: 'Brouillon' }), 'save');
    const person = await createEntry(editor, personType, parseForm(personType, { fullName: 'Camille Martin', role: 'Chargée de mission', roleYear: '2019', metropolisId: published.id }), 'save');
    const preview = await previewOf(db, personType, person.id);
    if (preview.view.kind !== 'person') throw new Error(`vue ${preview.view.kind}`);
    expect(preview.view.person).toMatchObject({ slug: 'camille-martin', fullName: 'Camille Martin', roleYear: 2019, metropolis: { slug: 'lyon' }, presentations: [], publishedAt: null });

    const other = await createEntry(editor, personType, parseForm(personType, { fullName: 'Alex Morel', metropolisId: draft.id }), 'save');
    const otherPreview = await previewOf(db, personType, other.id);
    if (otherPreview.view.kind !== 'person') throw new Error(`vue ${otherPreview.view.kind}`);
    expect(otherPreview.view.person.metropolis).toBeNull();
  });

  it('previews a structure with the published métropoles it names only', async () => {
    const { db } = getDatabase();
    const published = await createEntry(editor, metropolisType, lyon(), 'publish');
    const draft = await createEntry(editor, metropolisType, lyon({ officialName: 'Métropole en brouillon', shortName: 'Brouillon' }), 'save');
    const structure = await createEntry(
      editor,
      structureType,
      parseForm(structureType, {
        name: 'Incubateur lyonnais',
        kind: 'INCUBATOR',
        description: '  Accompagne les **projets**.  ',
        metropolises: [
          { metropolisId: draft.id, partnershipStartYear: '2020' },
          { metropolisId: published.id, partnershipStartYear: '2018' },
        ],
      }),
      'save',
    );

    const preview = await previewOf(db, structureType, structure.id);
    expect(preview).toMatchObject({ title: 'Incubateur lyonnais', editorialStatus: 'DRAFT', hasPendingDraft: false });
    if (preview.view.kind !== 'support-structure') throw new Error(`vue ${preview.view.kind}`);
    expect(preview.view.structure).toEqual({
      slug: 'incubateur-lyonnais',
      name: 'Incubateur lyonnais',
      kind: 'INCUBATOR',
      description: 'Accompagne les **projets**.',
      website: null,
      source: null,
      metropolises: [{ slug: 'lyon', shortName: 'Lyon', officialName: 'Métropole de Lyon', partnershipStartYear: 2018 }],
      figures: [],
      citingReports: [],
      publishedAt: null,
    });
    // Values a type's rules no longer accept (an old snapshot): the generic preview takes over.
    expect(await buildSupportStructurePreview(db, structure.id, { name: 'Incubateur lyonnais', kind: 'INCONNU' })).toBeNull();
  });

  it('refuses an entry in the trash or unknown', async () => {
    const { db } = getDatabase();
    const metropolis = await createEntry(editor, metropolisType, lyon(), 'save');
    await trashEntry(editor, metropolisType, { id: metropolis.id, version: 1, cascade: true });
    expect(await findEntryPreview({ db, definition: metropolisType, id: metropolis.id })).toBeNull();
    expect(await findEntryPreview({ db, definition: metropolisType, id: 'inconnu12345' })).toBeNull();
  });
});

describeOnEachDatabase('previews of seeded entries', (getDatabase) => {
  beforeAll(async () => {
    await seedDatabase(getDatabase().db);
  }, 180_000);

  it('lists a métropole’s published related rows as its public page does', async () => {
    const { db } = getDatabase();
    const nantes = await db.metropolis.findUniqueOrThrow({ where: { slug: 'nantes-metropole' }, select: { id: true } });
    const preview = await previewOf(db, metropolisType, nantes.id);
    expect(preview).toMatchObject({ editorialStatus: 'PUBLISHED', hasPendingDraft: false, notes: [] });
    if (preview.view.kind !== 'metropolis') throw new Error(`vue ${preview.view.kind}`);
    expect(preview.view.metropolis).toMatchObject({
      identitySource: { publisher: 'INSEE' },
      essOfficial: { fullName: 'Mahel Coppey' },
    });
    expect(preview.view.metropolis.fundingProgrammes).toContainEqual(
      expect.objectContaining({ name: "Prix de l'innovation sociale", kind: 'PRIZE', projectTotals: null, source: expect.objectContaining({ publisher: 'Avise' }) }),
    );
    expect(preview.view.metropolis.supportStructures).toContainEqual({ slug: 'les-ecossolies', name: 'Les Ecossolies', kind: 'ACTOR_NETWORK', partnershipStartYear: 2006 });
    expect(preview.view.metropolis.essOfficial).toMatchObject({ roleYear: 2019, roleSource: { publisher: 'Avise' } });
    expect(preview.view.metropolis.workingGroups.length).toBeGreaterThan(0);
  });

  it('shows a plan with its levers, source and programmes', async () => {
    const { db } = getDatabase();
    const plan = await db.policyPlan.findFirstOrThrow({ where: { metropolis: { slug: 'metropole-europeenne-de-lille' }, startYear: 2015 }, select: { id: true } });
    const preview = await previewOf(db, planType, plan.id);
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

  it('shows a pending change to a structure while the public page keeps the published one', async () => {
    const { db } = getDatabase();
    const ecossolies = await db.supportStructure.findUniqueOrThrow({ where: { slug: 'les-ecossolies' }, select: { id: true } });
    const [nantes, clermont] = await Promise.all(
      ['nantes-metropole', 'clermont-auvergne-metropole'].map((slug) => db.metropolis.findUniqueOrThrow({ where: { slug }, select: { id: true } })),
    );
    await saveDraft(db, structureType, ecossolies.id, {
      description: 'Réseau de **700** adhérents.',
      website: 'https://www.ecossolies.fr',
      metropolises: [
        { metropolisId: nantes!.id, partnershipStartYear: '2007' },
        { metropolisId: clermont!.id, partnershipStartYear: '' },
      ],
    });

    const preview = await previewOf(db, structureType, ecossolies.id);
    expect(preview).toMatchObject({ title: 'Les Ecossolies', editorialStatus: 'DRAFT', hasPendingDraft: true, notes: [] });
    if (preview.view.kind !== 'support-structure') throw new Error(`vue ${preview.view.kind}`);
    expect(preview.view.structure).toMatchObject({
      slug: 'les-ecossolies',
      description: 'Réseau de **700** adhérents.',
      website: 'https://www.ecossolies.fr',
      metropolises: [
        { officialName: 'Clermont Auvergne Métropole', partnershipStartYear: null },
        { officialName: 'Nantes Métropole', partnershipStartYear: 2007 },
      ],
      figures: [{ indicator: 'adherents', value: 600, isLowerBound: true }],
    });

    const live = toSupportStructureDetail(
      await db.supportStructure.findUniqueOrThrow({ where: { id: ecossolies.id }, select: supportStructureDetailSelect }),
    );
    expect(live.description).toMatch(/plus de 600 adhérents/);
    expect(live.website).toBeNull();
    expect(live.metropolises).toEqual([{ slug: 'nantes-metropole', shortName: expect.any(String), officialName: 'Nantes Métropole', partnershipStartYear: 2006 }]);
    expect(live.figures).toEqual(preview.view.structure.figures);
  });

  it('shows a pending change to the working-group report while the public page keeps the published one', async () => {
    const { db } = getDatabase();
    const report = await db.workingGroupReport.findFirstOrThrow({ where: { sequenceNumber: 2 }, select: { id: true } });
    const { live: values } = await getEntryOrThrow({ db: db, definition: reportType, id: report.id });
    const focus = values.focusPresentations as Array<Record<string, string | null>>;
    await saveDraft(db, reportType, report.id, {
      title: '2e groupe de travail : compte rendu révisé',
      participantCount: '12',
      lastUpdatedOn: '2019-05-10',
      participants: (values.participants as string[]).filter((id) => id !== focus[2]!.metropolisId),
      focusPresentations: [
        { metropolisId: focus[1]!.metropolisId!, speakerId: '', topic: 'Sujet révisé', body: 'Texte révisé.' },
        { metropolisId: focus[0]!.metropolisId!, speakerId: focus[0]!.speakerId!, topic: focus[0]!.topic!, body: focus[0]!.body! },
      ],
    });

    const preview = await previewOf(db, reportType, report.id);
    expect(preview).toMatchObject({ editorialStatus: 'DRAFT', hasPendingDraft: true, notes: [] });
    if (preview.view.kind !== 'working-group-report') throw new Error(`vue ${preview.view.kind}`);
    const { recap } = preview.view;
    expect(recap).toMatchObject({
      title: '2e groupe de travail : compte rendu révisé',
      sequenceNumber: 2,
      meetingDate: new Date('2019-03-05T00:00:00Z'),
      participantCount: 12,
      firstPublishedOn: new Date('2019-03-22T00:00:00Z'),
      lastUpdatedOn: new Date('2019-05-10T00:00:00Z'),
      programme: { name: 'Métropoles, ESS et innovation sociale' },
      publication: { title: expect.any(String) },
    });
    expect(recap.participants.map((metropolis) => metropolis.officialName)).toEqual(['Métropole européenne de Lille', 'Nantes Métropole']);
    expect(recap.focusPresentations.map((item) => [item.metropolis.officialName, item.topic, item.speaker?.fullName ?? null])).toEqual([
      ['Nantes Métropole', 'Sujet révisé', null],
      ['Métropole européenne de Lille', focus[0]!.topic, 'Clara Schmidt'],
    ]);
    expect(recap.organisers.map((organiser) => organiser.slug).sort()).toEqual(['avise', 'rtes']);
    expect(recap.themes.length).toBeGreaterThan(0);

    const live = toWorkingGroupDetail(
      await db.workingGroupReport.findUniqueOrThrow({ where: { id: report.id }, select: workingGroupDetailSelect }),
    );
    expect(live).toMatchObject({ title: expect.stringMatching(/^2e groupe de travail : les champs d'action/), participantCount: 11, lastUpdatedOn: new Date('2019-04-02T00:00:00Z') });
    expect(live.participants).toHaveLength(3);
    expect(live.focusPresentations.map((item) => item.speaker?.fullName)).toEqual(['Clara Schmidt', 'Mahel Coppey', 'Nicolas Duracka']);
    expect(recap.themes).toEqual(live.themes);
    expect(recap.programme).toEqual(live.programme);
    expect(recap.publication).toEqual(live.publication);
  });

  /** Saves the entry's live values with `changes` as a pending draft (the entry is published). */
  async function saveDraft(db: Database, type: ContentTypeDefinition, id: string, changes: RawValues) {
    const entry = await getEntryOrThrow({ db: db, definition: type, id: id });
    const editor = { db, actor: await insertActor(db, 'EDITOR') };
    await saveEntry(editor, type, { id, version: entry.version, values: parseForm(type, { ...rawFromValues(type.fields, entry.live), ...changes }), intent: 'save' });
  }
});
