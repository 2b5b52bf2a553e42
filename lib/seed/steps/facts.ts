import type { Prisma } from '../../generated/prisma/client';
import { existingSlugs, lookup, type IdMap, type SeedContext } from '../context';
import { SEED_PUBLISHED_AT } from '../content';
import { factAt, sourceOfFact } from '../facts/dataset';
import { METROPOLIS_FACTS } from '../facts/index';
import { PROGRAMME_FIGURES, programmeFacts } from '../facts/programme';
import { accountedFacts, derivePlanStatus, factsOf, statusOfFacts, summaryMarkdown } from '../facts/load';
import type { SeededFundingProgrammes } from './funding-programmes';
import type { SeededMetropolises } from './metropolises';
import type { SeededPersons } from './persons';
import type { SeededPolicyPlans } from './policy-plan';
import type { SeededProgramme } from './programme';
import type { SeededSupportStructures } from './support-structures';
import type { SeededTaxonomies } from './taxonomies';

type SeedFactsOptions = SeedContext &
  SeededMetropolises &
  SeededPersons &
  Pick<SeededTaxonomies, 'leverIds'> &
  Pick<SeededProgramme, 'programmeId'> &
  SeededPolicyPlans &
  SeededFundingProgrammes &
  SeededSupportStructures;

/** Editorial columns of a row resting on `facts`: published only if every source needs no verification. */
function editorial(facts: readonly number[]) {
  const status = statusOfFacts(facts);
  return { status, version: 1, publishedAt: status === 'PUBLISHED' ? SEED_PUBLISHED_AT : null } as const;
}

const merged = (...maps: IdMap[]): Map<string, string> => new Map(maps.flatMap((map) => [...map]));

/**
 * The sourced facts of metropoles-facts.json, as content: sources first, then
 * people, plans, programmes, structures and figures, and last the métropoles'
 * own fields (summaries, RTES membership, ESS official) for the métropoles this
 * run created. Rows are keyed by slug (figures by a fixed id, sources by
 * publisher and title), created once and never overwritten.
 */
export async function seedFacts(options: SeedFactsOptions): Promise<void> {
  const { tx, tally, metropolisIds, createdMetropolises } = options;
  const sourceIdOfFact = await seedFactSources(options);
  const sourceOf = (fact: number) => lookup(sourceIdOfFact, String(fact), 'source du fait');
  const metropolisId = (slug: string) => lookup(metropolisIds, slug, 'métropole');

  const officials = METROPOLIS_FACTS.flatMap((content) => content.officials.map((official) => ({ ...official, metropolisSlug: content.metropolisSlug })));
  const personIds = merged(options.personIds);
  const existingPersons = await existingSlugs(tx.person.findMany({ where: { slug: { in: officials.map((o) => o.slug) } }, select: { slug: true } }));
  for (const official of officials) {
    tally.add('persons', existingPersons.has(official.slug));
    const row = await tx.person.upsert({
      where: { slug: official.slug },
      update: {},
      create: {
        slug: official.slug,
        fullName: official.fullName,
        role: official.role,
        roleYear: official.year,
        roleSourceId: sourceOf(official.fact),
        metropolisId: metropolisId(official.metropolisSlug),
        ...editorial([official.fact]),
      },
      select: { id: true },
    });
    personIds.set(official.slug, row.id);
  }

  const plans = METROPOLIS_FACTS.flatMap((content) => content.plans.map((plan) => ({ ...plan, metropolisSlug: content.metropolisSlug })));
  const planIds = merged(options.planIds);
  const existingPlans = await existingSlugs(tx.policyPlan.findMany({ where: { slug: { in: plans.map((p) => p.slug) } }, select: { slug: true } }));
  const createdPlans = new Set<string>();
  for (const plan of plans) {
    if (tally.add('policyPlans', existingPlans.has(plan.slug))) createdPlans.add(plan.slug);
    const row = await tx.policyPlan.upsert({
      where: { slug: plan.slug },
      update: {},
      create: {
        slug: plan.slug,
        title: plan.title,
        kind: plan.kind,
        startYear: plan.startYear,
        endYear: plan.endYear,
        planStatus: derivePlanStatus(plan.startYear, plan.endYear),
        summary: plan.summary,
        metropolis: { connect: { id: metropolisId(plan.metropolisSlug) } },
        source: { connect: { id: sourceOf(plan.fact) } },
        levers: { connect: plan.leverSlugs.map((slug) => ({ id: lookup(options.leverIds, slug, 'levier') })) },
        ...editorial(factsOf(plan)),
      },
      select: { id: true },
    });
    planIds.set(plan.slug, row.id);
  }
  for (const plan of plans) {
    if (!plan.predecessorSlug || !createdPlans.has(plan.slug)) continue;
    await tx.policyPlan.update({ where: { slug: plan.slug }, data: { predecessorId: lookup(planIds, plan.predecessorSlug, 'plan') } });
  }

  const programmes = METROPOLIS_FACTS.flatMap((content) =>
    content.fundingProgrammes.map((programme) => ({ ...programme, metropolisSlug: content.metropolisSlug })),
  );
  const fundingIds = merged(options.fundingIds);
  const existingProgrammes = await existingSlugs(
    tx.fundingProgramme.findMany({ where: { slug: { in: programmes.map((p) => p.slug) } }, select: { slug: true } }),
  );
  for (const { fact, alsoFacts, metropolisSlug, policyPlanSlug, ...programme } of programmes) {
    tally.add('fundingProgrammes', existingProgrammes.has(programme.slug));
    const row = await tx.fundingProgramme.upsert({
      where: { slug: programme.slug },
      update: {},
      create: {
        ...programme,
        metropolisId: metropolisId(metropolisSlug),
        policyPlanId: policyPlanSlug ? lookup(planIds, policyPlanSlug, 'plan') : null,
        sourceId: sourceOf(fact),
        ...editorial(factsOf({ fact, alsoFacts })),
      },
      select: { id: true },
    });
    fundingIds.set(programme.slug, row.id);
  }

  const structures = METROPOLIS_FACTS.flatMap((content) => content.supportStructures);
  const structureIds = merged(options.structureIds);
  const existingStructures = await existingSlugs(
    tx.supportStructure.findMany({ where: { slug: { in: structures.map((s) => s.slug) } }, select: { slug: true } }),
  );
  const links: Prisma.SupportStructureMetropolisCreateManyInput[] = [];
  for (const { fact, alsoFacts, metropolises, ...structure } of structures) {
    const isNew = tally.add('supportStructures', existingStructures.has(structure.slug));
    const row = await tx.supportStructure.upsert({
      where: { slug: structure.slug },
      update: {},
      create: { ...structure, website: null, sourceId: sourceOf(fact), ...editorial(factsOf({ fact, alsoFacts })) },
      select: { id: true },
    });
    structureIds.set(structure.slug, row.id);
    for (const link of metropolises) {
      tally.add('supportStructureLinks', !isNew);
      if (isNew) links.push({ supportStructureId: row.id, metropolisId: metropolisId(link.metropolisSlug), partnershipStartYear: link.partnershipStartYear });
    }
  }
  if (links.length > 0) await tx.supportStructureMetropolis.createMany({ data: links, skipDuplicates: true });

  const figures = METROPOLIS_FACTS.flatMap((content) =>
    content.figures.map((figure, index) => ({ ...figure, metropolisSlug: content.metropolisSlug, position: index + 1 })),
  );
  const figureId = (key: string) => `seed-fact-${key}`;
  const existingFigures = new Set(
    (await tx.figure.findMany({ where: { id: { in: figures.map((f) => figureId(f.key)) } }, select: { id: true } })).map((row) => row.id),
  );
  for (const figure of figures) {
    const id = figureId(figure.key);
    tally.add('figures', existingFigures.has(id));
    const value = figure.value ?? sourceValue(figure.fact);
    await tx.figure.upsert({
      where: { id },
      update: {},
      create: {
        id,
        indicator: figure.indicator,
        label: figure.label,
        value,
        unit: figure.unit,
        isLowerBound: figure.isLowerBound ?? false,
        periodStartYear: figure.periodStartYear,
        periodEndYear: figure.periodEndYear,
        position: figure.position,
        sourceId: sourceOf(figure.fact),
        metropolisId: metropolisId(figure.metropolisSlug),
        policyPlanId: figure.policyPlanSlug ? lookup(planIds, figure.policyPlanSlug, 'plan') : null,
        fundingProgrammeId: figure.fundingProgrammeSlug ? lookup(fundingIds, figure.fundingProgrammeSlug, 'programme de financement') : null,
        supportStructureId: figure.supportStructureSlug ? lookup(structureIds, figure.supportStructureSlug, 'structure') : null,
        ...editorial([figure.fact]),
      },
      select: { id: true },
    });
  }

  const programmeFigureIds = PROGRAMME_FIGURES.map((figure) => figureId(figure.key));
  const existingProgrammeFigures = new Set(
    (await tx.figure.findMany({ where: { id: { in: programmeFigureIds } }, select: { id: true } })).map((row) => row.id),
  );
  for (const [index, figure] of PROGRAMME_FIGURES.entries()) {
    const id = figureId(figure.key);
    tally.add('figures', existingProgrammeFigures.has(id));
    await tx.figure.upsert({
      where: { id },
      update: {},
      create: {
        id,
        indicator: figure.indicator,
        label: figure.label,
        value: figure.value,
        unit: 'COUNT',
        periodStartYear: figure.period,
        periodEndYear: figure.period,
        position: 10 + index,
        sourceId: sourceOf(figure.fact),
        programmeId: options.programmeId,
        ...editorial([figure.fact]),
      },
      select: { id: true },
    });
  }

  for (const content of METROPOLIS_FACTS) {
    if (!createdMetropolises.has(content.metropolisSlug)) continue;
    const membership = content.rtesMembership;
    await tx.metropolis.update({
      where: { id: metropolisId(content.metropolisSlug) },
      data: {
        policySummary: summaryMarkdown(content.policySummary),
        contextSummary: summaryMarkdown(content.contextSummary),
        ...(membership && statusOfFacts([membership.fact]) === 'PUBLISHED'
          ? { isRtesMember: membership.isMember, rtesMembershipYear: membership.year, rtesMembershipSourceId: sourceOf(membership.fact) }
          : {}),
        essOfficialId: content.essOfficialSlug ? lookup(personIds, content.essOfficialSlug, 'personne') : null,
      },
    });
  }
}

function sourceValue(fact: number): number {
  const value = factAt(fact).value;
  if (value === null || value === undefined) throw new Error(`Seed : le fait n° ${fact} n'a pas de valeur ; le chiffre doit en donner une.`);
  return value;
}

/** One Source row per page the facts cite (publisher and title are its natural key); returns fact index → source id. */
async function seedFactSources({ tx, tally }: SeedContext): Promise<Map<string, string>> {
  const facts = [...new Set([...METROPOLIS_FACTS.flatMap(accountedFacts), ...programmeFacts()])].sort((a, b) => a - b);
  const idByKey = new Map<string, string>();
  const sourceIdOfFact = new Map<string, string>();
  for (const fact of facts) {
    const source = sourceOfFact(fact);
    const key = JSON.stringify([source.publisher, source.title]);
    let id = idByKey.get(key);
    if (!id) {
      const where = { publisher_title: { publisher: source.publisher, title: source.title } };
      const existing = await tx.source.findUnique({ where, select: { id: true } });
      tally.add('sources', existing !== null);
      const status = source.needsVerification ? 'DRAFT' : 'PUBLISHED';
      const row = await tx.source.upsert({
        where,
        update: {},
        create: { ...source, status, version: 1, publishedAt: status === 'PUBLISHED' ? SEED_PUBLISHED_AT : null },
        select: { id: true },
      });
      id = row.id;
      idByKey.set(key, id);
    }
    sourceIdOfFact.set(String(fact), id);
  }
  return sourceIdOfFact;
}
