import { beforeAll, expect, it } from 'vitest';
import type { Database } from '../../lib/db/client';
import { countPublishedContent } from '../../lib/home/counts';
import { isDatabaseSeeded, seedDatabase, type SeedReport } from '../../lib/seed';
import { isPublishableFact } from '../../lib/seed/facts/dataset';
import { METROPOLIS_FACTS } from '../../lib/seed/facts/index';
import { factsOf, statusOfFacts, summaryMarkdown } from '../../lib/seed/facts/load';
import { describeOnEachDatabase } from '../setup/each-database';

/** Every row of the seeded tables, for comparing two runs. */
async function snapshot(db: Database) {
  return {
    metropolises: await db.metropolis.findMany({ orderBy: { slug: 'asc' } }),
    plans: await db.policyPlan.findMany({ orderBy: { slug: 'asc' }, include: { levers: { select: { slug: true } } } }),
    levers: await db.actionLever.findMany({ orderBy: { slug: 'asc' } }),
    programmes: await db.fundingProgramme.findMany({ orderBy: { slug: 'asc' } }),
    figures: await db.figure.findMany({ orderBy: { id: 'asc' } }),
    sources: await db.source.findMany({ orderBy: { id: 'asc' } }),
    structures: await db.supportStructure.findMany({ orderBy: { slug: 'asc' }, include: { metropolises: true } }),
    persons: await db.person.findMany({ orderBy: { slug: 'asc' } }),
    reports: await db.workingGroupReport.findMany({
      include: { participants: true, focusPresentations: { orderBy: { position: 'asc' } }, themes: { select: { slug: true } }, organisers: { select: { slug: true } } },
    }),
    organisations: await db.organisation.findMany({ orderBy: { slug: 'asc' } }),
    themes: await db.theme.findMany({ orderBy: { slug: 'asc' } }),
    publications: await db.publication.findMany({ orderBy: { slug: 'asc' } }),
    projectProgrammes: await db.programme.findMany({ orderBy: { slug: 'asc' } }),
  };
}

describeOnEachDatabase('seed', (getDatabase) => {
  let first: Awaited<ReturnType<typeof snapshot>>;
  let firstReport: SeedReport;

  beforeAll(async () => {
    const { db } = getDatabase();
    expect(await isDatabaseSeeded(db)).toBe(false);
    firstReport = await seedDatabase(db);
    first = await snapshot(db);
  }, 180_000);

  it('is idempotent: a second run changes and duplicates nothing, and reports the same counts', async () => {
    const { db } = getDatabase();
    expect(await isDatabaseSeeded(db)).toBe(true);
    const second = await seedDatabase(db);
    expect(await snapshot(db)).toEqual(first);
    expect(second.seeded).toEqual(firstReport.seeded);
    expect(Object.values(second.created).every((count) => count === 0)).toBe(true);
    expect(firstReport.created.figures).toBe(first.figures.length);
    expect(firstReport.created.policyPlans).toBe(first.plans.length);
  }, 180_000);

  it('gives every published figure a published source with an address', () => {
    const sources = new Map(first.sources.map((source) => [source.id, source]));
    const published = first.figures.filter((figure) => figure.status === 'PUBLISHED');
    expect(published.length).toBeGreaterThan(40);
    for (const figure of published) {
      const source = sources.get(figure.sourceId);
      expect(source?.status, figure.id).toBe('PUBLISHED');
      expect(source?.url, figure.id).toMatch(/^https?:\/\//);
    }
  });

  it('publishes nothing resting only on a political group, a personal site or a mirror', () => {
    const flagged = new Set(first.sources.filter((source) => source.needsVerification).map((source) => source.id));
    expect(flagged.size).toBeGreaterThan(5);
    for (const source of first.sources.filter((s) => s.needsVerification)) {
      expect(source.status).toBe('DRAFT');
      expect(source.note).toMatch(/^Source à vérifier/);
    }
    const published = [
      ...first.figures.map((row) => ({ row, sourceId: row.sourceId as string | null })),
      ...first.plans.map((row) => ({ row, sourceId: row.sourceId })),
      ...first.programmes.map((row) => ({ row, sourceId: row.sourceId })),
      ...first.structures.map((row) => ({ row, sourceId: row.sourceId })),
      ...first.persons.map((row) => ({ row, sourceId: row.roleSourceId })),
      ...first.metropolises.map((row) => ({ row, sourceId: row.rtesMembershipSourceId })),
    ].filter(({ row }) => row.status === 'PUBLISHED');
    for (const { row, sourceId } of published) expect(sourceId !== null && flagged.has(sourceId), row.id).toBe(false);
    // …and what rests on them is there for editors, as drafts.
    const drafts = [...first.figures, ...first.plans, ...first.programmes, ...first.structures, ...first.persons].filter((row) => row.status === 'DRAFT');
    expect(drafts.length).toBeGreaterThan(5);
    for (const draft of drafts) {
      const sourceId = 'roleSourceId' in draft ? draft.roleSourceId : draft.sourceId;
      expect(sourceId !== null && flagged.has(sourceId), draft.id).toBe(true);
    }
  });

  it('dates every RTES membership and every role with a source', () => {
    for (const metropolis of first.metropolises) {
      expect(metropolis.isRtesMember, metropolis.slug).not.toBeNull();
      expect(metropolis.rtesMembershipYear, metropolis.slug).toBeGreaterThanOrEqual(2018);
      expect(metropolis.rtesMembershipSourceId, metropolis.slug).not.toBeNull();
    }
    expect(first.metropolises.filter((m) => m.isRtesMember).length).toBe(15);
    for (const person of first.persons) {
      expect(person.roleYear, person.slug).not.toBeNull();
      expect(person.roleSourceId, person.slug).not.toBeNull();
    }
  });

  it('derives plan statuses from their periods: Grenoble 2016-2020 ended, Rouen 2022-2026 in force', () => {
    expect(first.plans.find((plan) => plan.slug === 'plan-de-developpement-de-l-ess-grenoble-2016-2020')).toMatchObject({ planStatus: 'ENDED', status: 'PUBLISHED' });
    expect(first.plans.find((plan) => plan.slug === 'plan-de-developpement-de-l-ess-rouen-2022-2026')).toMatchObject({ planStatus: 'IN_FORCE', status: 'PUBLISHED' });
    for (const plan of first.plans) if (plan.endYear !== null && plan.endYear < 2026) expect(plan.planStatus, plan.slug).toBe('ENDED');
  });

  it('counts on the home page the métropoles the fact files document, and no other', async () => {
    const { db } = getDatabase();
    const documented = METROPOLIS_FACTS.filter(
      (content) =>
        summaryMarkdown(content.policySummary) !== null ||
        content.plans.some((plan) => statusOfFacts(factsOf(plan)) === 'PUBLISHED') ||
        content.fundingProgrammes.some((programme) => statusOfFacts(factsOf(programme)) === 'PUBLISHED'),
    ).map((content) => content.metropolisSlug);
    expect(documented).not.toContain('metropole-nice-cote-d-azur');
    expect(documented).not.toContain('tours-metropole-val-de-loire');
    expect((await countPublishedContent(db)).metropolisWithPolicyCount).toBe(documented.length);
    expect(first.metropolises.filter((m) => m.policySummary === null && m.contextSummary === null).map((m) => m.slug).sort()).toEqual(
      ['metropole-nice-cote-d-azur', 'tours-metropole-val-de-loire'],
    );
    expect(METROPOLIS_FACTS.flatMap((content) => content.figures).some((figure) => !isPublishableFact(figure.fact))).toBe(true);
  });

  it('loads the 22 métropoles with their official identity', async () => {
    expect(first.metropolises).toHaveLength(22);
    expect(first.metropolises.every((m) => m.sirenCode && m.population && m.communeCount && m.identitySourceId)).toBe(true);
    const nantes = first.metropolises.find((m) => m.slug === 'nantes-metropole');
    expect(nantes).toMatchObject({ sirenCode: '244400404', population: 695303, region: 'Pays de la Loire', latitude: 47.218, longitude: -1.554 });
    expect(first.metropolises.find((m) => m.slug === 'metropole-europeenne-de-lille')).toMatchObject({ seatCity: 'Lille', region: 'Hauts-de-France' });
    expect(first.metropolises.find((m) => m.slug === 'metropole-de-lyon')?.sirenCode).toBe('200046977');
    // Nothing invented: a policy summary only where the fact files write one.
    expect(first.metropolises.filter((m) => m.policySummary).map((m) => m.slug).sort()).toEqual(
      METROPOLIS_FACTS.filter((content) => summaryMarkdown(content.policySummary) !== null).map((content) => content.metropolisSlug).sort(),
    );
    expect(first.metropolises.every((m) => m.creationYear === null)).toBe(true);
  });

  it('records the MEL plan and its call for projects with three sourced figures', async () => {
    const { db } = getDatabase();
    const plan = first.plans.find((p) => p.title.startsWith('Plan métropolitain de développement de l'));
    expect(plan).toMatchObject({ startYear: 2015, endYear: 2020 });
    expect(plan?.levers.length).toBeGreaterThan(0);
    const programme = await db.fundingProgramme.findFirstOrThrow({
      where: { name: 'Entreprendre autrement' },
      include: { figures: { include: { source: true } }, metropolis: true },
    });
    expect(programme.metropolis.slug).toBe('metropole-europeenne-de-lille');
    const articleFigures = programme.figures.filter((f) => f.source.publisher === 'Avise');
    const values = Object.fromEntries(articleFigures.map((f) => [f.unit, Number(f.value)]));
    expect(values).toEqual({ COUNT: 62, EUR: 768200, PERCENT: 43 });
    // The RTES's 2024 page adds its own, with its own source.
    expect(programme.figures.filter((f) => f.source.publisher === 'RTES').map((f) => Number(f.value)).sort((a, b) => a - b)).toEqual([140, 30000, 1800000]);
    for (const figure of articleFigures) {
      expect(figure.source.publisher).toBe('Avise');
      expect(figure.source.publishedOn?.toISOString().slice(0, 10)).toBe('2019-03-22');
      expect([figure.periodStartYear, figure.periodEndYear]).toEqual([2015, 2018]);
    }
  });

  it('records the 1st working group as its source tells it: 19 June 2018, 9 métropoles not named', () => {
    const report = first.reports.find((r) => r.sequenceNumber === 1)!;
    expect(report.meetingDate.toISOString().slice(0, 10)).toBe('2018-06-19');
    expect(report).toMatchObject({ participantCount: 9, publicationId: null });
    expect(report.participants).toHaveLength(0);
    expect(report.focusPresentations).toHaveLength(0);
  });

  it('records the 2nd working group with its 11 participants and three focuses', async () => {
    expect(first.reports).toHaveLength(2);
    const report = first.reports.find((r) => r.sequenceNumber === 2)!;
    expect(report.sequenceNumber).toBe(2);
    expect(report.meetingDate.toISOString().slice(0, 10)).toBe('2019-03-05');
    expect(report.firstPublishedOn.toISOString().slice(0, 10)).toBe('2019-03-22');
    expect(report.lastUpdatedOn?.toISOString().slice(0, 10)).toBe('2019-04-02');
    expect(report.participantCount).toBe(11);
    expect(report.participants).toHaveLength(3);
    expect(report.focusPresentations).toHaveLength(3);
    expect(report.focusPresentations.every((focus) => focus.speakerId)).toBe(true);
    expect(report.themes.map((t) => t.slug).sort()).toEqual(first.themes.map((t) => t.slug).sort());
    expect(report.organisers.map((o) => o.slug).sort()).toEqual(['avise', 'rtes']);
  });

  it('records the programme, the announced study, levers, themes and structures', async () => {
    expect(first.projectProgrammes).toHaveLength(1);
    expect(first.projectProgrammes[0]!.axes).toHaveLength(4);
    expect(first.publications).toHaveLength(2);
    const study = first.publications.find((p) => p.title.startsWith('Cadres et leviers'));
    expect(study).toMatchObject({ studyStatus: 'PUBLISHED', expectedYear: 2019, expectedMonth: 7 });
    expect(study?.publishedOn?.toISOString().slice(0, 10)).toBe('2019-07-05');
    expect(first.levers).toHaveLength(8);
    expect(first.themes).toHaveLength(3);
    const structures = first.structures.map((s) => s.name);
    for (const name of ['Maillage', 'CitésLab', 'BGE', 'Little Big Women', 'Les Ecossolies', 'CISCA']) expect(structures).toContain(name);
    for (const name of ['Clara Schmidt', 'Mahel Coppey', 'Nicolas Duracka']) expect(first.persons.map((p) => p.fullName)).toContain(name);
    const rtesMembers = first.figures.find((f) => f.indicator === 'metropoles-membres-rtes');
    expect(rtesMembers && Number(rtesMembers.value)).toBe(15);
  });

  it('publishes what it seeds, except what rests on a source to verify', async () => {
    const all = [first.metropolises, first.levers, first.reports, first.themes, first.organisations, first.publications].flat();
    expect(all.every((row) => row.status === 'PUBLISHED' && row.publishedAt && row.deletedAt === null)).toBe(true);
    const sourced = [first.plans, first.programmes, first.figures, first.structures, first.persons].flat();
    expect(sourced.every((row) => (row.status === 'PUBLISHED' ? row.publishedAt !== null : row.status === 'DRAFT' && row.publishedAt === null))).toBe(true);
  });
});
