import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { loadComparison, findPublishedMetropolisSlugsAmong } from '../../lib/compare/load';
import type { Comparison } from '../../lib/compare/build';
import { getContentType } from '../../lib/content/registry';
import { createEntry, trashEntry, type MutationContext } from '../../lib/content/server/mutations';
import { reconcileProgrammeFigures } from '../../lib/figures/reconcile';
import { seedDatabase } from '../../lib/seed';
import { describeOnEachDatabase } from '../setup/each-database';
import { insertActor, parseForm } from './helpers/content';

const LILLE = 'metropole-europeenne-de-lille';
const NANTES = 'nantes-metropole';
const ROUEN = 'metropole-rouen-normandie';

const projectType = getContentType('FundedProject');
const figureType = getContentType('Figure');

describeOnEachDatabase('comparison of métropoles', (getDatabase) => {
  let editor: MutationContext;
  let programmeId: string;
  let lilleId: string;
  let comparison: Comparison;
  const suffix = randomBytes(3).toString('hex');

  async function addProject(overrides: Record<string, string>, intent: 'publish' | 'save' = 'publish') {
    return createEntry(
      editor,
      projectType,
      parseForm(projectType, {
        title: `Projet comparé ${suffix} ${randomBytes(3).toString('hex')}`,
        fundingProgrammeId: programmeId,
        metropolisId: lilleId,
        carrierName: 'Association de test',
        legalForm: 'ASSOCIATION',
        year: '2016',
        amountCents: '1 000',
        isInPriorityNeighbourhood: '',
        ...overrides,
      }),
      intent,
    );
  }

  beforeAll(async () => {
    const { db } = getDatabase();
    await seedDatabase(db);
    editor = { db, actor: await insertActor(db, 'EDITOR') };
    const programme = await db.fundingProgramme.findUniqueOrThrow({ where: { slug: 'entreprendre-autrement' }, select: { id: true, metropolisId: true } });
    programmeId = programme.id;
    lilleId = programme.metropolisId;
    // Three projects in the declared figures' period (2015-2018), one after it; a draft and a trashed one that must not count.
    await addProject({ year: '2016', amountCents: '10 000', isInPriorityNeighbourhood: 'true' });
    await addProject({ year: '2017', amountCents: '5 000', isInPriorityNeighbourhood: 'false' });
    await addProject({ year: '2018', amountCents: '2 500,50' });
    await addProject({ year: '2021', amountCents: '4 000', isInPriorityNeighbourhood: 'true' });
    await addProject({ year: '2016', amountCents: '99 999' }, 'save');
    const trashed = await addProject({ year: '2016', amountCents: '88 888' });
    await trashEntry(editor, projectType, { id: trashed.id, version: 1, cascade: true });
    comparison = (await loadComparison(db, [LILLE, NANTES, ROUEN]))!;
  }, 240_000);

  it('keeps the métropoles in the order asked, with their identity, source and dated RTES membership', async () => {
    const { db } = getDatabase();
    expect(comparison.metropolises.map((metropolis) => metropolis.profile.slug)).toEqual([LILLE, NANTES, ROUEN]);
    const stored = await db.metropolis.findMany({ where: { slug: { in: [LILLE, NANTES, ROUEN] } }, select: { slug: true, population: true, communeCount: true } });
    for (const { profile } of comparison.metropolises) {
      const row = stored.find((each) => each.slug === profile.slug)!;
      expect(profile).toMatchObject({ population: row.population, communeCount: row.communeCount, identitySource: { publisher: 'INSEE' } });
    }
    expect(comparison.metropolises[2]!.profile).toMatchObject({ isRtesMember: true, rtesMembership: { year: 2018, source: { publisher: 'Banque des Territoires (Localtis)' } } });
  });

  it('gives each plan its effective status and lines levers up across métropoles, in the levers’ order', () => {
    const plans = (slug: string) => comparison.metropolises.find((each) => each.profile.slug === slug)!.profile.policyPlans;
    expect(plans(ROUEN)).toEqual([expect.objectContaining({ title: "Plan de développement de l'ESS 2022-2026", planStatus: 'IN_FORCE' })]);
    expect(plans(LILLE).map((plan) => [plan.startYear, plan.planStatus])).toEqual([[2015, 'ENDED']]);
    expect(plans(NANTES).filter((plan) => plan.planStatus === 'IN_FORCE').map((plan) => plan.title)).toEqual(['Feuille de route ESS du territoire 2021-2026']);

    expect(comparison.levers.map((lever) => lever.slug)).toEqual(['accompagnement-des-entrepreneurs', 'financement', 'foncier-et-locaux', 'economie-circulaire']);
    const financing = comparison.levers.find((lever) => lever.slug === 'financement')!;
    expect(financing.plansByMetropolis[LILLE]!.map((plan) => plan.startYear)).toEqual([2015]);
    expect(financing.plansByMetropolis[ROUEN]!.map((plan) => plan.planStatus)).toEqual(['IN_FORCE']);
    expect(financing.plansByMetropolis[NANTES]).toEqual([]);
  });

  it('groups figures by indicator so that the same measure lines up, shared keys first, drafts left out', () => {
    const row = (key: string) => comparison.indicators.find((indicator) => indicator.key === key);
    expect(row('emplois-ess')).toMatchObject({ isShared: true, label: "Emplois (ou salariés) de l'ESS sur le territoire" });
    expect(row('emplois-ess')!.figuresByMetropolis[NANTES]!.map((figure) => figure.value)).toEqual([36000]);
    expect(row('emplois-ess')!.figuresByMetropolis[ROUEN]!.map((figure) => figure.value)).toEqual([21300]);
    expect(row('emplois-ess')!.figuresByMetropolis[LILLE]).toEqual([]);
    // Lille's annual budget rests on a political group's page: a draft, so Rouen alone has one.
    expect(row('budget-ess-annuel')!.figuresByMetropolis[LILLE]).toEqual([]);
    expect(row('budget-ess-annuel')!.figuresByMetropolis[ROUEN]!.map((figure) => [figure.value, figure.source.publisher])).toEqual([[170000, 'RTES']]);
    // A programme's figure belongs to its métropole and is cited from its profile.
    expect(row('projets-finances')!.figuresByMetropolis[LILLE]!.map((figure) => [figure.value, figure.pagePath])).toEqual([
      [140, `/metropoles/${LILLE}`],
      [62, `/metropoles/${LILLE}`],
    ]);
    const firstOther = comparison.indicators.findIndex((indicator) => !indicator.isShared);
    expect(firstOther).toBeGreaterThan(0);
    expect(comparison.indicators.slice(firstOther).every((indicator) => !indicator.isShared)).toBe(true);
  });

  it('counts stored projects in SQL: published ones of published programmes, with the QPV share over the known ones', async () => {
    const { db } = getDatabase();
    const [lille, nantes] = comparison.metropolises;
    const direct = await db.fundedProject.aggregate({
      where: { metropolisId: lilleId, status: 'PUBLISHED', deletedAt: null },
      _count: { _all: true },
      _sum: { amountCents: true },
      _max: { publishedAt: true },
    });
    expect(lille!.projects).toMatchObject({
      projectCount: direct._count._all,
      amountCents: direct._sum.amountCents,
      priorityNeighbourhoodKnownCount: 3,
      priorityNeighbourhoodCount: 2,
      firstYear: 2016,
      lastYear: 2021,
      lastPublishedAt: direct._max.publishedAt,
    });
    expect(lille!.projects).toMatchObject({ projectCount: 4, amountCents: 2_150_050 });
    expect(nantes!.projects.projectCount).toBe(0);
  });

  it('detects where the declared figures and the stored projects disagree, and where they agree', async () => {
    const { db } = getDatabase();
    const programme = () => comparison.metropolises[0]!.profile.fundingProgrammes.find((each) => each.slug === 'entreprendre-autrement')!;
    const results = (figures = programme().figures) =>
      reconcileProgrammeFigures(figures, programme().projectTotals).reconciled.map((item) => [item.figure.value, item.storedValue, item.agreement]);
    expect(results()).toEqual(
      expect.arrayContaining([
        [62, 3, 'differs'],
        [768200, 17_500.5, 'differs'],
        [43, 50, 'differs'],
        [140, 4, 'differs'],
      ]),
    );

    const source = await db.source.findFirstOrThrow({ where: { publisher: 'Avise', status: 'PUBLISHED' }, select: { id: true } });
    await createEntry(
      editor,
      figureType,
      parseForm(figureType, {
        label: `Projets financés entre 2015 et 2018 ${suffix}`,
        indicator: 'projets-finances',
        value: '3',
        unit: 'COUNT',
        periodStartYear: '2015',
        periodEndYear: '2018',
        sourceId: source.id,
        metropolisId: lilleId,
        fundingProgrammeId: programmeId,
        position: '9',
      }),
      'publish',
    );
    const refreshed = (await loadComparison(db, [LILLE, NANTES]))!;
    const figures = refreshed.metropolises[0]!.profile.fundingProgrammes.find((each) => each.slug === 'entreprendre-autrement')!.figures;
    expect(reconcileProgrammeFigures(figures, programme().projectTotals).reconciled.map((item) => [item.figure.label, item.agreement])).toContainEqual([
      `Projets financés entre 2015 et 2018 ${suffix}`,
      'agrees',
    ]);
  });

  it('answers null when a slug names no published métropole, and tells the proxy which ones do', async () => {
    const { db } = getDatabase();
    expect(await loadComparison(db, [LILLE, 'inconnue'])).toBeNull();
    expect(await findPublishedMetropolisSlugsAmong(db, [LILLE, 'inconnue', ROUEN])).toEqual(new Set([LILLE, ROUEN]));
  });
});
