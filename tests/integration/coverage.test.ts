import { beforeEach, expect, it } from 'vitest';
import type { RawValues } from '../../lib/content/fields';
import { getContentType } from '../../lib/content/registry';
import { createEntry, trashEntry, verifyEntry, type MutationContext, type SaveIntent } from '../../lib/content/server/mutations';
import type { ContentEntityType } from '../../lib/content/entity-types';
import {
  findDeclaredFigureDisagreements,
  findEndedPlansWithoutSuccessor,
  findEntriesDueForVerification,
  findFiguresWithSourceProblems,
  findMetropolisesWithoutData,
} from '../../lib/coverage/queries';
import { truncateAll } from '../setup/databases';
import { describeOnEachDatabase } from '../setup/each-database';
import { insertActor, lyonValues, parseForm } from './helpers/content';

// The lists of the coverage dashboard (/admin/couverture), on real databases,
// with entries created through the engine as editors would.

describeOnEachDatabase('coverage dashboard', (getDatabase) => {
  let editor: MutationContext;

  beforeEach(async () => {
    await truncateAll(getDatabase().url);
    const { db } = getDatabase();
    editor = { db, actor: await insertActor(db, 'EDITOR') };
  });

  async function create(entityType: ContentEntityType, raw: RawValues, intent: SaveIntent = 'publish'): Promise<string> {
    const type = getContentType(entityType);
    return (await createEntry(editor, type, parseForm(type, raw), intent)).id;
  }

  const metropolis = (name: string, overrides: RawValues = {}, intent: SaveIntent = 'publish') =>
    createEntry(editor, getContentType('Metropolis'), lyonValues({ officialName: `Métropole de ${name}`, shortName: name, ...overrides }), intent).then((result) => result.id);
  const source = (title: string, overrides: RawValues = {}, intent: SaveIntent = 'publish') => create('Source', { title, publisher: 'INSEE', ...overrides }, intent);
  const figure = (raw: RawValues, intent: SaveIntent = 'publish') => create('Figure', { unit: 'COUNT', position: '0', ...raw }, intent);
  const programme = (name: string, metropolisId: string) => create('FundingProgramme', { name, metropolisId, kind: 'CALL_FOR_PROJECTS' });
  const project = (title: string, fundingProgrammeId: string, metropolisId: string, year: string, amount: string, intent: SaveIntent = 'publish') =>
    create('FundedProject', { title, fundingProgrammeId, metropolisId, carrierName: 'Association Réemploi', legalForm: 'ASSOCIATION', year, amountCents: amount }, intent);
  const plan = (title: string, metropolisId: string, raw: RawValues) => create('PolicyPlan', { title, metropolisId, kind: 'PLAN', ...raw });

  it('lists the métropoles whose profile shows no published data, and only them', async () => {
    const { db } = getDatabase();
    const empty = await metropolis('Vide');
    const contextOnly = await metropolis('Contexte', { contextSummary: 'Un tiers-lieu sur son territoire.' });
    const unpublished = await metropolis('Brouillon', { policySummary: 'Une politique en préparation.' }, 'save');
    await metropolis('Résumé', { policySummary: 'Une politique ESS structurée.' });
    const withFigure = await metropolis('Chiffrée');
    await figure({ label: 'Emplois de l’ESS', indicator: 'emplois-ess', value: '1200', sourceId: await source('Panorama'), metropolisId: withFigure });
    const withPlan = await metropolis('Planifiée');
    await plan('Plan ESS de Planifiée', withPlan, { startYear: '2024', endYear: '2030', planStatus: 'IN_FORCE' });
    const withDraftOnly = await metropolis('Brouillons seulement');
    await figure({ label: 'Chiffre en brouillon', indicator: 'emplois-ess', value: '10', sourceId: await source('Brouillon de panorama'), metropolisId: withDraftOnly }, 'save');
    const trashed = await metropolis('Corbeille');
    await trashEntry(editor, getContentType('Metropolis'), { id: trashed, version: 1, cascade: false });

    const listed = await findMetropolisesWithoutData({ db });
    expect(listed.map((row) => [row.name, row.isPublished, row.hasContext])).toEqual([
      ['Métropole de Brouillon', false, false],
      ['Métropole de Brouillons seulement', true, false],
      ['Métropole de Contexte', true, true],
      ['Métropole de Vide', true, false],
    ]);
    expect(listed.find((row) => row.name === 'Métropole de Vide')?.editPath).toBe(`/admin/contenus/metropoles/${empty}`);
    expect(listed.map((row) => row.id)).toEqual(expect.arrayContaining([contextOnly, unpublished]));
  });

  it('lists the plans ended, as a reader sees them, that no edition follows', async () => {
    const { db } = getDatabase();
    const metropolisId = await metropolis('Planville');
    const ended = await plan('Plan terminé', metropolisId, { startYear: '2015', endYear: '2019', planStatus: 'ENDED' });
    await plan('Plan en vigueur dépassé', metropolisId, { startYear: '2016', endYear: '2020', planStatus: 'IN_FORCE' });
    const renewed = await plan('Plan renouvelé', metropolisId, { startYear: '2010', endYear: '2014', planStatus: 'ENDED' });
    await plan('Plan suivant', metropolisId, { startYear: '2021', endYear: '2030', planStatus: 'IN_FORCE', predecessorId: renewed });
    const orphaned = await plan('Plan dont la suite est à la corbeille', metropolisId, { startYear: '2005', endYear: '2009', planStatus: 'ENDED' });
    const trashedSuccessor = await plan('Suite à la corbeille', metropolisId, { startYear: '2010', endYear: '2012', planStatus: 'ENDED', predecessorId: orphaned });
    await trashEntry(editor, getContentType('PolicyPlan'), { id: trashedSuccessor, version: 1, cascade: false });
    await plan('Plan sans fin connue', metropolisId, { startYear: '2018', planStatus: 'UNKNOWN' });

    const listed = await findEndedPlansWithoutSuccessor({ db, currentYear: 2026 });
    expect(listed.map((row) => [row.title, row.planStatus])).toEqual([
      ['Plan en vigueur dépassé', 'IN_FORCE'],
      ['Plan terminé', 'ENDED'],
      ['Plan dont la suite est à la corbeille', 'ENDED'],
    ]);
    expect(listed[1]).toMatchObject({ metropolisName: 'Métropole de Planville', editPath: `/admin/contenus/politiques/${ended}`, status: 'PUBLISHED' });
  });

  it('groups by type the entries never verified or verified more than a year ago, the oldest first', async () => {
    const { db } = getDatabase();
    const type = getContentType('Theme');
    const theme = (name: string) => create('Theme', { name });
    const [never, old, recent] = [await theme('Jamais vérifiée'), await theme('Vérifiée en 2024'), await theme('Vérifiée récemment')];
    await verifyEntry(editor, type, { id: old, version: 1, on: '2024-05-02' });
    await verifyEntry(editor, type, { id: recent, version: 1, on: '2026-11-20' });
    const trashed = await theme('À la corbeille');
    await trashEntry(editor, type, { id: trashed, version: 1, cascade: false });

    const groups = await findEntriesDueForVerification({ db, today: '2026-12-01' });
    expect(groups.map((group) => group.entityType)).toEqual(['Theme']);
    expect(groups[0]).toMatchObject({ label: 'Thématiques', total: 2, listPath: '/admin/contenus/thematiques?verification=a-reverifier' });
    expect(groups[0]!.items).toEqual([
      { id: never, title: 'Jamais vérifiée', editPath: `/admin/contenus/thematiques/${never}`, lastVerifiedOn: null },
      { id: old, title: 'Vérifiée en 2024', editPath: `/admin/contenus/thematiques/${old}`, lastVerifiedOn: '2024-05-02' },
    ]);
    const bounded = await findEntriesDueForVerification({ db, today: '2026-12-01', perType: 1 });
    expect(bounded[0]).toMatchObject({ total: 2, items: [{ id: never }] });
  });

  it('lists the figures whose source is unpublished, in the trash or to verify, with what is wrong', async () => {
    const { db } = getDatabase();
    const metropolisId = await metropolis('Sourceville');
    const draftSource = await source('Note interne', {}, 'save');
    const flagged = await source('Page d’un groupe politique', { needsVerification: 'on' }, 'save');
    const trashedSource = await source('Rapport retiré');
    const sound = await source('Rapport publié');
    const onDraft = await figure({ label: 'Chiffre sur un brouillon de source', indicator: 'emplois-ess', value: '5', sourceId: draftSource, metropolisId }, 'save');
    await figure({ label: 'Chiffre sur une source à vérifier', indicator: 'emplois-ess', value: '6', sourceId: flagged, metropolisId }, 'save');
    await figure({ label: 'Chiffre sur une source retirée', indicator: 'emplois-ess', value: '7', sourceId: trashedSource, metropolisId }, 'save');
    await figure({ label: 'Chiffre bien sourcé', indicator: 'emplois-ess', value: '8', sourceId: sound, metropolisId });
    // The source alone is trashed: its figure stays, and is now without a published source.
    await db.source.update({ where: { id: trashedSource }, data: { deletedAt: new Date() } });

    const { total, items } = await findFiguresWithSourceProblems({ db });
    expect(total).toBe(3);
    expect(items.map((item) => [item.label, item.problems])).toEqual([
      ['Chiffre sur un brouillon de source', ['unpublished']],
      ['Chiffre sur une source à vérifier', ['unpublished', 'to-verify']],
      ['Chiffre sur une source retirée', ['trashed']],
    ]);
    expect(items[0]).toMatchObject({
      editPath: `/admin/contenus/chiffres/${onDraft}`,
      status: 'DRAFT',
      metropolisName: 'Métropole de Sourceville',
      source: { title: 'Note interne', publisher: 'INSEE', editPath: `/admin/contenus/sources/${draftSource}` },
    });
    expect((await findFiguresWithSourceProblems({ db, take: 1 })).items).toHaveLength(1);
  });

  it('shows a programme’s declared figures that its published projects contradict over the same period, with both numbers', async () => {
    const { db } = getDatabase();
    const metropolisId = await metropolis('Écartville');
    const fundingProgrammeId = await programme('Appel à projets d’Écartville', metropolisId);
    const sourceId = await source('Bilan de l’appel à projets');
    await project('Recyclerie', fundingProgrammeId, metropolisId, '2020', '4 000');
    await project('Épicerie solidaire', fundingProgrammeId, metropolisId, '2021', '6 000,50');
    await project('Hors période', fundingProgrammeId, metropolisId, '2023', '1 000');
    await project('Projet en brouillon', fundingProgrammeId, metropolisId, '2020', '9 000', 'save');
    const period = { periodStartYear: '2020', periodEndYear: '2021', sourceId, fundingProgrammeId, metropolisId };
    const declaredCount = await figure({ label: 'Projets financés (déclarés : 62)', indicator: 'projets-finances', value: '62', ...period });
    await figure({ label: 'Projets financés (concordant)', indicator: 'projets-finances', value: '2', ...period });
    await figure({ label: 'Plus d’un projet (concordant)', indicator: 'projets-finances', value: '1', isLowerBound: 'on', ...period });
    await figure({ label: 'Montant accordé (concordant)', indicator: 'montant-finance', unit: 'EUR', value: '10 000,50', ...period });
    await figure({ label: 'Montant accordé (déclaré : 768 200 €)', indicator: 'montant-finance', unit: 'EUR', value: '768200', ...period });
    await figure({ label: 'Projets de la métropole entière', indicator: 'projets-finances', value: '99', sourceId, metropolisId });
    await figure({ label: 'Emplois (autre indicateur)', indicator: 'emplois-ess', value: '99', ...period });

    const lines = await findDeclaredFigureDisagreements({ db });
    expect(lines.map((line) => [line.label, line.declared.value, line.stored])).toEqual([
      ['Montant accordé (déclaré : 768 200 €)', 768200, { projectCount: 2, amountCents: 1_000_050 }],
      ['Projets financés (déclarés : 62)', 62, { projectCount: 2, amountCents: 1_000_050 }],
    ]);
    expect(lines[1]).toMatchObject({
      editPath: `/admin/contenus/chiffres/${declaredCount}`,
      indicator: 'projets-finances',
      declared: { unit: 'COUNT', isLowerBound: false },
      periodStartYear: 2020,
      periodEndYear: 2021,
      programme: { name: 'Appel à projets d’Écartville', editPath: `/admin/contenus/dispositifs/${fundingProgrammeId}`, metropolisName: 'Métropole de Écartville' },
    });
  });
});
