// What a seed run reports: per table, the rows the seed describes and those this
// run created, so a re-run on a seeded database reads as "nothing to create".
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
  'glossaryTerms',
] as const;

export type SeedTable = (typeof SEED_TABLES)[number];

export interface SeedReport {
  /** Rows the seed describes, per table (present after the run, created or not). */
  seeded: Record<SeedTable, number>;
  /** Rows this run created, per table (all zero on a re-run). */
  created: Record<SeedTable, number>;
}

export class Tally {
  readonly seeded = Object.fromEntries(SEED_TABLES.map((table) => [table, 0])) as Record<SeedTable, number>;
  readonly created = Object.fromEntries(SEED_TABLES.map((table) => [table, 0])) as Record<SeedTable, number>;

  /** Records one seeded row; returns whether this run creates it. */
  add(table: SeedTable, alreadyThere: boolean): boolean {
    this.seeded[table] += 1;
    if (!alreadyThere) this.created[table] += 1;
    return !alreadyThere;
  }
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
  glossaryTerms: 'termes du glossaire',
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
