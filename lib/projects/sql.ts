// SQL fragments of the explorer, shared by the page, its totals and the CSV so
// that all three count exactly the same projects. Every value is a bound
// parameter (Prisma.sql); the only literal SQL chosen at run time is a column or
// a direction picked from fixed lists, never from input.
import { Prisma } from '@/lib/generated/prisma/client';
import type { ProjectCursor, ProjectFilter, ProjectQuery, ProjectSort } from './filter';
import { containsPattern } from './search-text';

const PUBLISHED = Prisma.sql`'PUBLISHED'`;

/**
 * Projects the public may see: published, out of the trash, under a published
 * programme of a published métropole. Aliases: p (project), fp (programme), m (métropole).
 */
export const PUBLIC_PROJECTS_FROM = Prisma.sql`
  "FundedProject" p
  JOIN "FundingProgramme" fp ON fp."id" = p."fundingProgrammeId" AND fp."status" = ${PUBLISHED} AND fp."deletedAt" IS NULL
  JOIN "Metropolis" m ON m."id" = p."metropolisId" AND m."status" = ${PUBLISHED} AND m."deletedAt" IS NULL`;

/** The WHERE clause of a filter (without the keyword). */
export function filterConditions(filter: ProjectFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`p."status" = ${PUBLISHED}`, Prisma.sql`p."deletedAt" IS NULL`];
  if (filter.metropolis) conditions.push(Prisma.sql`m."slug" = ${filter.metropolis}`);
  if (filter.programme) conditions.push(Prisma.sql`fp."slug" = ${filter.programme}`);
  if (filter.yearFrom !== undefined) conditions.push(Prisma.sql`p."year" >= ${filter.yearFrom}`);
  if (filter.yearTo !== undefined) conditions.push(Prisma.sql`p."year" <= ${filter.yearTo}`);
  if (filter.legalForm) conditions.push(Prisma.sql`p."legalForm" = ${filter.legalForm}::"LegalForm"`);
  if (filter.qpv === 'oui') conditions.push(Prisma.sql`p."isInPriorityNeighbourhood" IS TRUE`);
  if (filter.qpv === 'non') conditions.push(Prisma.sql`p."isInPriorityNeighbourhood" IS FALSE`);
  if (filter.qpv === 'inconnu') conditions.push(Prisma.sql`p."isInPriorityNeighbourhood" IS NULL`);
  if (filter.theme) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "_FundedProjectToTheme" pt JOIN "Theme" t ON t."id" = pt."B"
      WHERE pt."A" = p."id" AND t."slug" = ${filter.theme} AND t."status" = ${PUBLISHED} AND t."deletedAt" IS NULL)`);
  }
  if (filter.lever) {
    // A programme's levers are those of the plan it belongs to, when the public sees that plan.
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "PolicyPlan" pp
      JOIN "_ActionLeverToPolicyPlan" lp ON lp."B" = pp."id"
      JOIN "ActionLever" l ON l."id" = lp."A"
      WHERE pp."id" = fp."policyPlanId" AND pp."status" = ${PUBLISHED} AND pp."deletedAt" IS NULL
        AND l."slug" = ${filter.lever} AND l."status" = ${PUBLISHED} AND l."deletedAt" IS NULL)`);
  }
  if (filter.text) {
    // searchText is the folded title, a line break, the folded carrier: the query, on one line, never spans both.
    conditions.push(Prisma.sql`p."searchText" LIKE ${containsPattern(filter.text)}`);
  }
  return Prisma.join(conditions, ' AND ');
}

const SORT_COLUMNS: Record<ProjectSort, Prisma.Sql> = {
  annee: Prisma.sql`p."year"`,
  montant: Prisma.sql`p."amountCents"`,
  titre: Prisma.sql`p."title"`,
};

/** The column a sort reads, as the row carries it (for the next page's position). */
export function sortValueOf(sort: ProjectSort, row: { year: number; amountCents: number; title: string }): number | string {
  return sort === 'annee' ? row.year : sort === 'montant' ? row.amountCents : row.title;
}

/**
 * Whether rows run ascending in the SQL at hand: the page's order, reversed
 * when reading backwards from a position (the rows are put back in order after).
 */
export function isAscending(query: Pick<ProjectQuery, 'order'>, reverse = false): boolean {
  return (query.order === 'croissant') !== reverse;
}

export function sortColumn(sort: ProjectSort): Prisma.Sql {
  return SORT_COLUMNS[sort];
}

export function direction(ascending: boolean): Prisma.Sql {
  return ascending ? Prisma.sql`ASC` : Prisma.sql`DESC`;
}

/** ORDER BY of a sort; the id breaks ties, so the order is total and pages never overlap. */
export function orderBy(sort: ProjectSort, ascending: boolean): Prisma.Sql {
  return Prisma.sql`${SORT_COLUMNS[sort]} ${direction(ascending)}, p."id" ${direction(ascending)}`;
}

function sortValueSql(sort: ProjectSort, value: number | string): Prisma.Sql {
  return sort === 'titre' ? Prisma.sql`${String(value)}::text` : Prisma.sql`${Number(value)}::int`;
}

/**
 * Rows strictly beyond a position in the direction of reading: a row-value
 * comparison, which the (column, id) indexes answer directly (keyset pagination).
 */
export function beyond(sort: ProjectSort, position: Pick<ProjectCursor, 'value' | 'id'>, ascending: boolean): Prisma.Sql {
  const left = Prisma.sql`(${SORT_COLUMNS[sort]}, p."id")`;
  const right = Prisma.sql`(${sortValueSql(sort, position.value)}, ${position.id}::text)`;
  return ascending ? Prisma.sql`${left} > ${right}` : Prisma.sql`${left} < ${right}`;
}
