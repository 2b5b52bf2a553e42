// Idempotent seed of the portal (npm run db:seed, and the launcher on an empty
// database). Every row is upserted on a natural unique key with `update: {}`:
// a re-run creates nothing and never overwrites what editors changed since.
// Relations (many-to-many connects, links, the ESS official) are only set when
// their row is created by this run. Everything runs in one transaction.
import type { Database, Transaction } from '../db/client';
import type { SeedContext } from './context';
import { buildMetropolisSeeds, loadEpciRows, type EpciRow, type MetropolisSeed } from './metropolises';
import { seedFacts } from './steps/facts';
import { seedFigures } from './steps/figures';
import { seedFundingProgrammes } from './steps/funding-programmes';
import { seedGlossary } from './steps/glossary';
import { seedMetropolises } from './steps/metropolises';
import { seedPersons } from './steps/persons';
import { seedPolicyPlan } from './steps/policy-plan';
import { seedProgramme } from './steps/programme';
import { seedSources } from './steps/sources';
import { seedSupportStructures } from './steps/support-structures';
import { seedTaxonomies } from './steps/taxonomies';
import { seedWorkingGroupReports } from './steps/working-group-report';
import { Tally, type SeedReport } from './tally';

export { buildMetropolisSeeds, loadEpciRows, METROPOLIS_DEFINITIONS } from './metropolises';
export type { EpciRow, MetropolisDefinition, MetropolisSeed } from './metropolises';
export { formatSeedReport, SEED_TABLES } from './tally';
export type { SeedReport, SeedTable } from './tally';

export interface SeedOptions {
  /** EPCI rows of @etalab/decoupage-administratif (read from the installed package by default). */
  epciRows?: readonly EpciRow[];
}

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

// Each step links to rows of earlier steps through the ids they return, hence the order.
async function runSeed(tx: Transaction, metropolisSeeds: readonly MetropolisSeed[]): Promise<SeedReport> {
  const context: SeedContext = { tx, tally: new Tally() };
  const sources = await seedSources(context);
  const taxonomies = await seedTaxonomies(context);
  const metropolises = await seedMetropolises({ ...context, ...sources, metropolisSeeds });
  const persons = await seedPersons({ ...context, ...sources, ...metropolises });
  const programme = await seedProgramme({ ...context, ...taxonomies });
  const policyPlans = await seedPolicyPlan({ ...context, ...sources, ...taxonomies, ...metropolises });
  const fundingProgrammes = await seedFundingProgrammes({ ...context, ...sources, ...metropolises, ...policyPlans });
  const supportStructures = await seedSupportStructures({ ...context, ...sources, ...metropolises });
  await seedFigures({ ...context, ...sources, ...metropolises, ...fundingProgrammes, ...supportStructures });
  await seedFacts({ ...context, ...metropolises, ...persons, ...taxonomies, ...programme, ...policyPlans, ...fundingProgrammes, ...supportStructures });
  await seedWorkingGroupReports({ ...context, ...taxonomies, ...metropolises, ...persons, ...programme, ...supportStructures });
  await seedGlossary(context);
  return { seeded: context.tally.seeded, created: context.tally.created };
}
