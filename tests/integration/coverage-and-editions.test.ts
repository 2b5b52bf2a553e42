import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { getContentType } from '../../lib/content/registry';
import { createEntry, saveEntry, trashEntry, type MutationContext } from '../../lib/content/server/mutations';
import { readPublishedActionLevers, readPublishedMetropolises } from '../../lib/metropolises/directory';
import { filterMetropolises, NO_DIRECTORY_FILTERS } from '../../lib/metropolises/directory-filters';
import { countLeverCoverage } from '../../lib/metropolises/lever-coverage';
import { readPlanEditions } from '../../lib/policy-plans/editions';
import { findEntryPreview } from '../../lib/previews/queries';
import { seedDatabase } from '../../lib/seed';
import { describeOnEachDatabase } from '../setup/each-database';
import { insertActor, lyonValues, parseForm } from './helpers/content';

// The seed's facts are dated December 2026: plans ending in 2026 are in force that year.
const YEAR = 2026;

const planType = getContentType('PolicyPlan');
const metropolisType = getContentType('Metropolis');

describeOnEachDatabase('coverage and plan editions of the seeded métropoles', (getDatabase) => {
  let editor: MutationContext;

  beforeAll(async () => {
    const { db } = getDatabase();
    await seedDatabase(db);
    editor = { db, actor: await insertActor(db, 'EDITOR') };
  }, 180_000);

  const coverageOf = async (slug: string, year = YEAR) => {
    const metropolis = (await readPublishedMetropolises(getDatabase().db, year)).find((item) => item.slug === slug);
    if (!metropolis) throw new Error(`${slug} absente de l’annuaire`);
    return metropolis.coverage;
  };

  it('classifies every seeded métropole, with a plan in force only where a published plan is', async () => {
    const metropolises = await readPublishedMetropolises(getDatabase().db, YEAR);
    expect(metropolises).toHaveLength(22);
    const bySlug = Object.fromEntries(metropolises.map((metropolis) => [metropolis.slug, metropolis.coverage]));
    expect(bySlug['metropole-rouen-normandie']).toBe('PLAN_IN_FORCE');
    expect(bySlug['nantes-metropole']).toBe('PLAN_IN_FORCE');
    expect(bySlug['clermont-auvergne-metropole']).toBe('PLAN_IN_FORCE');
    // Its 2016-2020 plan has ended; its policy is documented.
    expect(bySlug['grenoble-alpes-metropole']).toBe('DATA_WITHOUT_PLAN_IN_FORCE');
    // Its 2022-2026 roadmap is recorded as in force but is still a draft.
    expect(bySlug['metropole-europeenne-de-lille']).toBe('DATA_WITHOUT_PLAN_IN_FORCE');
    // Context facts only.
    expect(bySlug['metz-metropole']).toBe('DATA_WITHOUT_PLAN_IN_FORCE');
    expect(bySlug['metropole-nice-cote-d-azur']).toBe('NO_DATA');
    expect(bySlug['tours-metropole-val-de-loire']).toBe('NO_DATA');
    expect(metropolises.filter((metropolis) => metropolis.coverage === 'PLAN_IN_FORCE').map((metropolis) => metropolis.slug).sort()).toEqual([
      'clermont-auvergne-metropole',
      'metropole-rouen-normandie',
      'nantes-metropole',
    ]);
  });

  it('stops counting a plan as in force once its period is over', async () => {
    expect(await coverageOf('metropole-rouen-normandie', 2027)).toBe('DATA_WITHOUT_PLAN_IN_FORCE');
  });

  it('follows publication: a published plan in force changes the class, a trashed one changes it back', async () => {
    const { db } = getDatabase();
    const grenoble = await db.metropolis.findUniqueOrThrow({ where: { slug: 'grenoble-alpes-metropole' }, select: { id: true } });
    const title = `Plan ESS en vigueur ${randomBytes(3).toString('hex')}`;
    const plan = await createEntry(
      editor,
      planType,
      parseForm(planType, { title, metropolisId: grenoble.id, kind: 'PLAN', startYear: '2025', endYear: '2030', planStatus: 'IN_FORCE' }),
      'publish',
    );
    expect(await coverageOf('grenoble-alpes-metropole')).toBe('PLAN_IN_FORCE');
    await trashEntry(editor, planType, { id: plan.id, version: plan.version, cascade: false });
    expect(await coverageOf('grenoble-alpes-metropole')).toBe('DATA_WITHOUT_PLAN_IN_FORCE');
  });

  it('filters the seeded directory on region, coverage and RTES membership together', async () => {
    const metropolises = await readPublishedMetropolises(getDatabase().db, YEAR);
    const slugs = (filters: Partial<typeof NO_DIRECTORY_FILTERS>) =>
      filterMetropolises(metropolises, { ...NO_DIRECTORY_FILTERS, ...filters }).map((metropolis) => metropolis.slug);
    expect(slugs({ region: 'provence-alpes-cote-d-azur', coverage: 'NO_DATA' })).toEqual(['metropole-nice-cote-d-azur']);
    expect(slugs({ region: 'auvergne-rhone-alpes', coverage: 'PLAN_IN_FORCE', rtes: 'MEMBER' })).toEqual(['clermont-auvergne-metropole']);
    expect(slugs({ rtes: 'NOT_MEMBER', coverage: 'PLAN_IN_FORCE' })).toEqual([]);
  });

  it('counts, for each published lever, the métropoles whose published plans name it', async () => {
    const { db } = getDatabase();
    const levers = await readPublishedActionLevers(db);
    const coverage = countLeverCoverage(levers, await readPublishedMetropolises(db, YEAR));
    expect(coverage).toHaveLength(levers.length);
    // Checked against the rows: distinct métropoles of published plans of published métropoles, per published lever.
    for (const lever of coverage) {
      const expected = await db.metropolis.count({
        where: {
          status: 'PUBLISHED',
          deletedAt: null,
          policyPlans: { some: { status: 'PUBLISHED', deletedAt: null, levers: { some: { slug: lever.slug } } } },
        },
      });
      expect(lever.metropolisCount, lever.slug).toBe(expected);
    }
    expect(coverage.some((lever) => lever.metropolisCount > 0)).toBe(true);
  });

  it('walks Nantes’s five editions from any of them, oldest first', async () => {
    const { db } = getDatabase();
    const plans = await db.policyPlan.findMany({
      where: { metropolis: { slug: 'nantes-metropole' } },
      orderBy: { startYear: 'asc' },
      select: { id: true, slug: true, predecessorId: true },
    });
    expect(plans).toHaveLength(5);
    const middle = plans[2]!;
    const { earlier, later } = await readPlanEditions(db, middle);
    expect(earlier.map((edition) => edition.slug)).toEqual([plans[0]!.slug, plans[1]!.slug]);
    expect(later.map((edition) => edition.slug)).toEqual([plans[3]!.slug, plans[4]!.slug]);
    expect(later.at(-1)).toMatchObject({ startYear: 2021, endYear: 2026 });
    const latest = await readPlanEditions(db, plans[4]!);
    expect(latest.earlier).toHaveLength(4);
    expect(latest.later).toEqual([]);
  });

  it('stops at an edition the public cannot see, and survives a loop of editions', async () => {
    const { db } = getDatabase();
    // Grenoble's 2016-2020 plan follows a draft: no previous edition is public.
    const grenoble = await db.policyPlan.findUniqueOrThrow({
      where: { slug: 'plan-de-developpement-de-l-ess-grenoble-2016-2020' },
      select: { id: true, predecessorId: true },
    });
    expect(grenoble.predecessorId).not.toBeNull();
    expect(await readPlanEditions(db, grenoble)).toEqual({ earlier: [], later: [] });

    const suffix = randomBytes(3).toString('hex');
    const metropolis = await createEntry(editor, metropolisType, lyonValues({ officialName: `Métropole boucle ${suffix}`, shortName: `Boucle ${suffix}`, slug: '' }), 'publish');
    const plan = (title: string) =>
      parseForm(planType, { title: `${title} ${suffix}`, metropolisId: metropolis.id, kind: 'PLAN', startYear: '2020', planStatus: 'ENDED' });
    const first = await createEntry(editor, planType, plan('Premier'), 'publish');
    const second = await createEntry(editor, planType, { ...plan('Second'), predecessorId: first.id }, 'publish');
    // A loop no form forbids: the first now follows the second.
    await db.policyPlan.update({ where: { id: first.id }, data: { predecessorId: second.id } });
    const editions = await readPlanEditions(db, { id: first.id, predecessorId: second.id });
    expect(editions.earlier.map((edition) => edition.title)).toEqual([`Second ${suffix}`]);
    expect(editions.later).toEqual([]);
  });

  it('previews a plan with the editions its draft names, not the published ones', async () => {
    const { db } = getDatabase();
    const suffix = randomBytes(3).toString('hex');
    const metropolis = await createEntry(editor, metropolisType, lyonValues({ officialName: `Métropole aperçu ${suffix}`, shortName: `Aperçu ${suffix}`, slug: '' }), 'publish');
    const plan = (title: string, startYear: string) =>
      parseForm(planType, { title: `${title} ${suffix}`, metropolisId: metropolis.id, kind: 'PLAN', startYear, planStatus: 'ENDED' });
    const first = await createEntry(editor, planType, plan('Premier', '2010'), 'publish');
    const second = await createEntry(editor, planType, { ...plan('Second', '2015'), predecessorId: first.id }, 'publish');
    await saveEntry(editor, planType, { id: second.id, version: second.version, values: { ...plan('Second', '2015'), predecessorId: null }, intent: 'save' });

    const preview = await findEntryPreview({ db, definition: planType, id: second.id });
    if (preview?.view.kind !== 'policy-plan') throw new Error('aperçu de plan attendu');
    expect(preview.view.plan.predecessor).toBeNull();
    expect(preview.view.plan.editions).toEqual({ earlier: [], later: [] });
    // The public page keeps the published chain until the draft is published.
    expect((await readPlanEditions(db, { id: second.id, predecessorId: first.id })).earlier.map((edition) => edition.title)).toEqual([`Premier ${suffix}`]);
  });
});
