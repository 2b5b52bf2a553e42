import { beforeAll, expect, it } from 'vitest';
import type { Database } from '../../lib/db/client';
import { isDatabaseSeeded, seedDatabase } from '../../lib/seed';
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

  beforeAll(async () => {
    const { db } = getDatabase();
    expect(await isDatabaseSeeded(db)).toBe(false);
    await seedDatabase(db);
    first = await snapshot(db);
  }, 180_000);

  it('is idempotent: a second run changes and duplicates nothing', async () => {
    const { db } = getDatabase();
    expect(await isDatabaseSeeded(db)).toBe(true);
    await seedDatabase(db);
    expect(await snapshot(db)).toEqual(first);
  }, 180_000);

  it('loads the 22 métropoles with their official identity', async () => {
    expect(first.metropolises).toHaveLength(22);
    expect(first.metropolises.every((m) => m.sirenCode && m.population && m.communeCount && m.identitySourceId)).toBe(true);
    const nantes = first.metropolises.find((m) => m.slug === 'nantes-metropole');
    expect(nantes).toMatchObject({ sirenCode: '244400404', population: 695303, region: 'Pays de la Loire', latitude: 47.218, longitude: -1.554 });
    expect(first.metropolises.find((m) => m.slug === 'metropole-europeenne-de-lille')).toMatchObject({ seatCity: 'Lille', region: 'Hauts-de-France' });
    expect(first.metropolises.find((m) => m.slug === 'metropole-de-lyon')?.sirenCode).toBe('200046977');
    // Nothing invented: only three métropoles have a recorded policy summary.
    expect(first.metropolises.filter((m) => m.policySummary).map((m) => m.slug).sort()).toEqual(
      ['clermont-auvergne-metropole', 'metropole-europeenne-de-lille', 'nantes-metropole'],
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
    const values = Object.fromEntries(programme.figures.map((f) => [f.unit, Number(f.value)]));
    expect(values).toEqual({ COUNT: 62, EUR: 768200, PERCENT: 43 });
    for (const figure of programme.figures) {
      expect(figure.source.publisher).toBe('Avise');
      expect(figure.source.publishedOn?.toISOString().slice(0, 10)).toBe('2019-03-22');
      expect([figure.periodStartYear, figure.periodEndYear]).toEqual([2015, 2018]);
    }
  });

  it('records the 2nd working group with its 11 participants and three focuses', async () => {
    expect(first.reports).toHaveLength(1);
    const report = first.reports[0]!;
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
    expect(first.publications).toHaveLength(1);
    expect(first.publications[0]).toMatchObject({ studyStatus: 'FORTHCOMING', expectedYear: 2019, expectedMonth: 7 });
    expect(first.levers).toHaveLength(8);
    expect(first.themes).toHaveLength(3);
    const structures = first.structures.map((s) => s.name);
    for (const name of ['Maillage', 'CitésLab', 'BGE', 'Little Big Women', 'Les Ecossolies', 'CISCA']) expect(structures).toContain(name);
    expect(first.persons.map((p) => p.fullName).sort()).toEqual(['Clara Schmidt', 'Mahel Coppey', 'Nicolas Duracka']);
    const rtesMembers = first.figures.find((f) => f.indicator === 'metropoles-membres-rtes');
    expect(rtesMembers && Number(rtesMembers.value)).toBe(15);
  });

  it('publishes what it seeds', async () => {
    const all = [first.metropolises, first.plans, first.levers, first.programmes, first.figures, first.structures, first.reports, first.themes].flat();
    expect(all.every((row) => row.status === 'PUBLISHED' && row.publishedAt && row.deletedAt === null)).toBe(true);
  });
});
