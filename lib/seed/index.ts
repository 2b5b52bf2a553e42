// Idempotent seed of the portal (npm run db:seed, and the launcher on an empty
// database). Every row is upserted on a natural unique key with `update: {}`:
// a re-run creates nothing and never overwrites what editors changed since.
// Relations (many-to-many connects, links, the ESS official) are only set when
// their row is created by this run. Everything runs in one transaction.
import type { Database } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import {
  ACTION_LEVERS,
  AVISE_ARTICLE_SOURCE,
  FIGURES,
  FUNDING_PROGRAMMES,
  MEL_PLAN,
  METROPOLIS_CONTENT,
  ORGANISATIONS,
  PERSONS,
  PROGRAMME,
  SEED_PUBLISHED_AT,
  STUDY,
  SUPPORT_STRUCTURES,
  THEMES,
  WORKING_GROUP_REPORT,
  type SourceSeed,
} from './content';
import { buildMetropolisSeeds, IDENTITY_SOURCE, loadEpciRows, type EpciRow, type MetropolisSeed } from './metropolises';

export { buildMetropolisSeeds, loadEpciRows, METROPOLIS_DEFINITIONS } from './metropolises';
export type { EpciRow, MetropolisDefinition, MetropolisSeed } from './metropolises';

type Tx = Prisma.TransactionClient;

export const SEED_TABLES = [
  'sources',
  'organisations',
  'themes',
  'actionLevers',
  'metropolises',
  'persons',
  'programmes',
  'publications',
  'policyPlans',
  'fundingProgrammes',
  'supportStructures',
  'supportStructureLinks',
  'figures',
  'workingGroupReports',
  'workingGroupParticipations',
  'focusPresentations',
] as const;

export type SeedTable = (typeof SEED_TABLES)[number];

export interface SeedReport {
  /** Rows the seed describes, per table (present after the run, created or not). */
  seeded: Record<SeedTable, number>;
  /** Rows this run created, per table (all zero on a re-run). */
  created: Record<SeedTable, number>;
}

export interface SeedOptions {
  /** EPCI rows of @etalab/decoupage-administratif (read from the installed package by default). */
  epciRows?: readonly EpciRow[];
}

/** Status, version and publication date of every seeded editable row. */
const PUBLISHED = { status: 'PUBLISHED', version: 1, publishedAt: SEED_PUBLISHED_AT } as const;

/** True when the database holds at least one métropole (the launcher seeds only an empty database). */
export async function isDatabaseSeeded(db: Database): Promise<boolean> {
  return (await db.metropolis.findFirst({ select: { id: true } })) !== null;
}

export async function seedDatabase(db: Database, options: SeedOptions = {}): Promise<SeedReport> {
  const metropolises = buildMetropolisSeeds(options.epciRows ?? loadEpciRows());
  // One transaction: either the whole seed lands or nothing does, so "created by
  // this run" is reliable for the relations set at creation only.
  return db.$transaction((tx) => runSeed(tx, metropolises), { maxWait: 30_000, timeout: 300_000 });
}

class Tally {
  readonly seeded = Object.fromEntries(SEED_TABLES.map((table) => [table, 0])) as Record<SeedTable, number>;
  readonly created = Object.fromEntries(SEED_TABLES.map((table) => [table, 0])) as Record<SeedTable, number>;

  /** Records one seeded row; returns whether this run creates it. */
  add(table: SeedTable, alreadyThere: boolean): boolean {
    this.seeded[table] += 1;
    if (!alreadyThere) this.created[table] += 1;
    return !alreadyThere;
  }
}

function lookup(ids: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Seed : ${what} « ${key} » introuvable.`);
  return id;
}

const connectIds = (ids: readonly string[]) => ({ connect: ids.map((id) => ({ id })) });

async function seedSource(tx: Tx, tally: Tally, source: SourceSeed): Promise<string> {
  const where = { publisher: source.publisher, title: source.title };
  const existing = await tx.source.findUnique({ where: { publisher_title: where }, select: { id: true } });
  tally.add('sources', existing !== null);
  const row = await tx.source.upsert({
    where: { publisher_title: where },
    update: {},
    create: { ...source, ...PUBLISHED },
    select: { id: true },
  });
  return row.id;
}

async function runSeed(tx: Tx, metropolisSeeds: readonly MetropolisSeed[]): Promise<SeedReport> {
  const tally = new Tally();

  // Sources.
  const identitySourceId = await seedSource(tx, tally, IDENTITY_SOURCE);
  const articleSourceId = await seedSource(tx, tally, AVISE_ARTICLE_SOURCE);

  // Organisations, themes, action levers.
  const organisationIds = new Map<string, string>();
  const existingOrganisations = await existingSlugs(tx.organisation.findMany({ where: { slug: { in: ORGANISATIONS.map((o) => o.slug) } }, select: { slug: true } }));
  for (const organisation of ORGANISATIONS) {
    tally.add('organisations', existingOrganisations.has(organisation.slug));
    const row = await tx.organisation.upsert({
      where: { slug: organisation.slug },
      update: {},
      create: { ...organisation, website: null, ...PUBLISHED },
      select: { id: true },
    });
    organisationIds.set(organisation.slug, row.id);
  }

  const themeIds = new Map<string, string>();
  const existingThemes = await existingSlugs(tx.theme.findMany({ where: { slug: { in: THEMES.map((t) => t.slug) } }, select: { slug: true } }));
  for (const theme of THEMES) {
    tally.add('themes', existingThemes.has(theme.slug));
    const row = await tx.theme.upsert({ where: { slug: theme.slug }, update: {}, create: { ...theme, ...PUBLISHED }, select: { id: true } });
    themeIds.set(theme.slug, row.id);
  }

  const leverIds = new Map<string, string>();
  const existingLevers = await existingSlugs(tx.actionLever.findMany({ where: { slug: { in: ACTION_LEVERS.map((l) => l.slug) } }, select: { slug: true } }));
  for (const lever of ACTION_LEVERS) {
    tally.add('actionLevers', existingLevers.has(lever.slug));
    const row = await tx.actionLever.upsert({ where: { slug: lever.slug }, update: {}, create: { ...lever, ...PUBLISHED }, select: { id: true } });
    leverIds.set(lever.slug, row.id);
  }

  // Métropoles, keyed by SIREN (stable even if an editor renames the slug). Ids are
  // mapped by the seed's own slug, so the content below finds them either way.
  const metropolisIds = new Map<string, string>();
  const createdMetropolises = new Set<string>();
  const existingSirens = new Set(
    (await tx.metropolis.findMany({ where: { sirenCode: { in: metropolisSeeds.map((m) => m.sirenCode) } }, select: { sirenCode: true } })).map(
      (row) => row.sirenCode,
    ),
  );
  for (const metropolis of metropolisSeeds) {
    if (tally.add('metropolises', existingSirens.has(metropolis.sirenCode))) createdMetropolises.add(metropolis.slug);
    const row = await tx.metropolis.upsert({
      where: { sirenCode: metropolis.sirenCode },
      update: {},
      create: {
        slug: metropolis.slug,
        officialName: metropolis.officialName,
        shortName: metropolis.shortName,
        sirenCode: metropolis.sirenCode,
        region: metropolis.region,
        seatCity: metropolis.seatCity,
        creationYear: null,
        latitude: metropolis.latitude,
        longitude: metropolis.longitude,
        population: metropolis.population,
        communeCount: metropolis.communeCount,
        identitySourceId,
        isRtesMember: null,
        website: null,
        policySummary: METROPOLIS_CONTENT[metropolis.slug]?.policySummary ?? null,
        ...PUBLISHED,
      },
      select: { id: true },
    });
    metropolisIds.set(metropolis.slug, row.id);
  }

  // People, then the ESS officials of the métropoles created above.
  const personIds = new Map<string, string>();
  const existingPersons = await existingSlugs(tx.person.findMany({ where: { slug: { in: PERSONS.map((p) => p.slug) } }, select: { slug: true } }));
  for (const person of PERSONS) {
    tally.add('persons', existingPersons.has(person.slug));
    const row = await tx.person.upsert({
      where: { slug: person.slug },
      update: {},
      create: {
        slug: person.slug,
        fullName: person.fullName,
        role: person.role,
        metropolisId: person.metropolisSlug ? lookup(metropolisIds, person.metropolisSlug, 'métropole') : null,
        ...PUBLISHED,
      },
      select: { id: true },
    });
    personIds.set(person.slug, row.id);
  }
  for (const [slug, content] of Object.entries(METROPOLIS_CONTENT)) {
    if (!content.essOfficialSlug || !createdMetropolises.has(slug)) continue;
    await tx.metropolis.update({
      where: { id: lookup(metropolisIds, slug, 'métropole') },
      data: { essOfficialId: lookup(personIds, content.essOfficialSlug, 'personne') },
    });
  }

  // Programme and study.
  const programmeExists = (await tx.programme.findUnique({ where: { slug: PROGRAMME.slug }, select: { id: true } })) !== null;
  tally.add('programmes', programmeExists);
  const { organiserSlugs: programmeOrganisers, ...programme } = PROGRAMME;
  const programmeId = (
    await tx.programme.upsert({
      where: { slug: PROGRAMME.slug },
      update: {},
      create: {
        ...programme,
        organisers: connectIds(programmeOrganisers.map((slug) => lookup(organisationIds, slug, 'organisation'))),
        ...PUBLISHED,
      },
      select: { id: true },
    })
  ).id;

  const studyExists = (await tx.publication.findUnique({ where: { slug: STUDY.slug }, select: { id: true } })) !== null;
  tally.add('publications', studyExists);
  const { publisherSlugs, ...study } = STUDY;
  const publicationId = (
    await tx.publication.upsert({
      where: { slug: STUDY.slug },
      update: {},
      create: {
        ...study,
        publishedOn: null,
        url: null,
        programme: { connect: { id: programmeId } },
        publishers: connectIds(publisherSlugs.map((slug) => lookup(organisationIds, slug, 'organisation'))),
        ...PUBLISHED,
      },
      select: { id: true },
    })
  ).id;

  // MEL's plan.
  const planExists = (await tx.policyPlan.findUnique({ where: { slug: MEL_PLAN.slug }, select: { id: true } })) !== null;
  tally.add('policyPlans', planExists);
  const { metropolisSlug: planMetropolis, leverSlugs, ...plan } = MEL_PLAN;
  const planIds = new Map<string, string>();
  const planRow = await tx.policyPlan.upsert({
    where: { slug: MEL_PLAN.slug },
    update: {},
    create: {
      ...plan,
      metropolis: { connect: { id: lookup(metropolisIds, planMetropolis, 'métropole') } },
      source: { connect: { id: articleSourceId } },
      levers: connectIds(leverSlugs.map((slug) => lookup(leverIds, slug, 'levier'))),
      ...PUBLISHED,
    },
    select: { id: true },
  });
  planIds.set(MEL_PLAN.slug, planRow.id);

  // Funding programmes.
  const fundingIds = new Map<string, string>();
  const existingFunding = await existingSlugs(
    tx.fundingProgramme.findMany({ where: { slug: { in: FUNDING_PROGRAMMES.map((f) => f.slug) } }, select: { slug: true } }),
  );
  for (const { metropolisSlug, policyPlanSlug, ...funding } of FUNDING_PROGRAMMES) {
    tally.add('fundingProgrammes', existingFunding.has(funding.slug));
    const row = await tx.fundingProgramme.upsert({
      where: { slug: funding.slug },
      update: {},
      create: {
        ...funding,
        metropolisId: lookup(metropolisIds, metropolisSlug, 'métropole'),
        policyPlanId: policyPlanSlug ? lookup(planIds, policyPlanSlug, 'plan') : null,
        ...PUBLISHED,
      },
      select: { id: true },
    });
    fundingIds.set(funding.slug, row.id);
  }

  // Support structures and the métropoles they serve (links only for structures created now).
  const structureIds = new Map<string, string>();
  const existingStructures = await existingSlugs(
    tx.supportStructure.findMany({ where: { slug: { in: SUPPORT_STRUCTURES.map((s) => s.slug) } }, select: { slug: true } }),
  );
  const links: Prisma.SupportStructureMetropolisCreateManyInput[] = [];
  for (const { metropolises, ...structure } of SUPPORT_STRUCTURES) {
    const isNew = tally.add('supportStructures', existingStructures.has(structure.slug));
    const row = await tx.supportStructure.upsert({
      where: { slug: structure.slug },
      update: {},
      create: { ...structure, website: null, ...PUBLISHED },
      select: { id: true },
    });
    structureIds.set(structure.slug, row.id);
    for (const link of metropolises) {
      tally.add('supportStructureLinks', !isNew);
      if (isNew) {
        links.push({
          supportStructureId: row.id,
          metropolisId: lookup(metropolisIds, link.metropolisSlug, 'métropole'),
          partnershipStartYear: link.partnershipStartYear,
        });
      }
    }
  }
  if (links.length > 0) await tx.supportStructureMetropolis.createMany({ data: links, skipDuplicates: true });

  // Figures, upserted by their fixed ids; every one cites the Avise article.
  const existingFigures = new Set(
    (await tx.figure.findMany({ where: { id: { in: FIGURES.map((f) => f.id) } }, select: { id: true } })).map((row) => row.id),
  );
  for (const { metropolisSlug, fundingProgrammeSlug, supportStructureSlug, ...figure } of FIGURES) {
    tally.add('figures', existingFigures.has(figure.id));
    await tx.figure.upsert({
      where: { id: figure.id },
      update: {},
      create: {
        ...figure,
        sourceId: articleSourceId,
        metropolisId: metropolisSlug ? lookup(metropolisIds, metropolisSlug, 'métropole') : null,
        fundingProgrammeId: fundingProgrammeSlug ? lookup(fundingIds, fundingProgrammeSlug, 'programme de financement') : null,
        supportStructureId: supportStructureSlug ? lookup(structureIds, supportStructureSlug, 'structure') : null,
        ...PUBLISHED,
      },
      select: { id: true },
    });
  }

  // The working-group report, its participants and its focus presentations.
  const { organiserSlugs, themeSlugs, participantSlugs, focusPresentations, ...report } = WORKING_GROUP_REPORT;
  const existingReport = await tx.workingGroupReport.findUnique({ where: { slug: report.slug }, select: { id: true } });
  const reportIsNew = tally.add('workingGroupReports', existingReport !== null);
  const reportId = (
    await tx.workingGroupReport.upsert({
      where: { slug: report.slug },
      update: {},
      create: {
        ...report,
        programme: { connect: { id: programmeId } },
        publication: { connect: { id: publicationId } },
        organisers: connectIds(organiserSlugs.map((slug) => lookup(organisationIds, slug, 'organisation'))),
        themes: connectIds(themeSlugs.map((slug) => lookup(themeIds, slug, 'thème'))),
        ...PUBLISHED,
      },
      select: { id: true },
    })
  ).id;
  for (let index = 0; index < participantSlugs.length; index += 1) tally.add('workingGroupParticipations', !reportIsNew);
  if (reportIsNew) {
    await tx.workingGroupParticipation.createMany({
      data: participantSlugs.map((slug) => ({ reportId, metropolisId: lookup(metropolisIds, slug, 'métropole') })),
      skipDuplicates: true,
    });
  }

  const existingFocus = new Set(
    (await tx.focusPresentation.findMany({ where: { reportId }, select: { metropolisId: true } })).map((row) => row.metropolisId),
  );
  for (const { metropolisSlug, speakerSlug, ...focus } of focusPresentations) {
    const metropolisId = lookup(metropolisIds, metropolisSlug, 'métropole');
    tally.add('focusPresentations', existingFocus.has(metropolisId));
    await tx.focusPresentation.upsert({
      where: { reportId_metropolisId: { reportId, metropolisId } },
      update: {},
      create: { ...focus, reportId, metropolisId, speakerId: lookup(personIds, speakerSlug, 'personne') },
      select: { id: true },
    });
  }

  return { seeded: tally.seeded, created: tally.created };
}

async function existingSlugs(query: Promise<{ slug: string }[]>): Promise<Set<string>> {
  return new Set((await query).map((row) => row.slug));
}

const TABLE_LABELS: Record<SeedTable, string> = {
  sources: 'sources',
  organisations: 'organisations',
  themes: 'thèmes',
  actionLevers: "leviers d'action",
  metropolises: 'métropoles',
  persons: 'personnes',
  programmes: 'programmes',
  publications: 'publications',
  policyPlans: 'plans',
  fundingProgrammes: 'programmes de financement',
  supportStructures: "structures d'accompagnement",
  supportStructureLinks: 'liens structure-métropole',
  figures: 'chiffres',
  workingGroupReports: 'comptes rendus de groupe de travail',
  workingGroupParticipations: 'participations',
  focusPresentations: 'focus',
};

/** Short French summary of a seed run, one line per table. */
export function formatSeedReport(report: SeedReport): string {
  const totalCreated = SEED_TABLES.reduce((sum, table) => sum + report.created[table], 0);
  const lines = SEED_TABLES.map((table) => {
    const created = report.created[table];
    const seeded = report.seeded[table];
    const detail = created === seeded ? 'créé(s)' : created === 0 ? 'déjà présent(s)' : `(dont ${created} créé(s))`;
    return `  - ${TABLE_LABELS[table]} : ${seeded} ${detail}`;
  });
  const heading =
    totalCreated === 0
      ? 'Données initiales déjà présentes : rien à créer.'
      : `Données initiales chargées : ${totalCreated} enregistrement(s) créé(s).`;
  return [heading, ...lines].join('\n');
}
