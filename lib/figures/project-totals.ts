// Pure arithmetic over aggregates that SQL computed (lib/figures/computed.ts):
// the database counts and sums, this only adds groups up and picks periods.

/** Totals computed from the funded projects stored in the portal (never declared figures). */
export interface ProjectTotals {
  projectCount: number;
  amountCents: number;
  /** Projects whose QPV status is recorded (yes or no): the base of the QPV share. */
  priorityNeighbourhoodKnownCount: number;
  /** Projects recorded as located in a QPV. */
  priorityNeighbourhoodCount: number;
  firstYear: number | null;
  lastYear: number | null;
  /** Latest publication among the projects counted: what the totals are "as of". */
  lastPublishedAt: Date | null;
}

/** The same totals for one year of the projects. */
export interface YearProjectTotals extends ProjectTotals {
  year: number;
}

/** A programme's totals, with their split by year so that any period can be matched. */
export interface ProgrammeProjectTotals extends ProjectTotals {
  byYear: YearProjectTotals[];
}

/** One row of a GROUP BY over projects (by year and QPV status, or by métropole and QPV status). */
export interface ProjectGroup {
  year?: number | null;
  isInPriorityNeighbourhood: boolean | null;
  projectCount: number;
  amountCents: number;
  firstYear?: number | null;
  lastYear?: number | null;
  lastPublishedAt: Date | null;
}

export const NO_PROJECT_TOTALS: ProjectTotals = {
  projectCount: 0,
  amountCents: 0,
  priorityNeighbourhoodKnownCount: 0,
  priorityNeighbourhoodCount: 0,
  firstYear: null,
  lastYear: null,
  lastPublishedAt: null,
};

const minOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
const latest = (a: Date | null, b: Date | null) => (a === null ? b : b === null ? a : a.getTime() >= b.getTime() ? a : b);

export function addProjectTotals(a: ProjectTotals, b: ProjectTotals): ProjectTotals {
  return {
    projectCount: a.projectCount + b.projectCount,
    amountCents: a.amountCents + b.amountCents,
    priorityNeighbourhoodKnownCount: a.priorityNeighbourhoodKnownCount + b.priorityNeighbourhoodKnownCount,
    priorityNeighbourhoodCount: a.priorityNeighbourhoodCount + b.priorityNeighbourhoodCount,
    firstYear: minOf(a.firstYear, b.firstYear),
    lastYear: maxOf(a.lastYear, b.lastYear),
    lastPublishedAt: latest(a.lastPublishedAt, b.lastPublishedAt),
  };
}

export function totalsOfGroup(group: ProjectGroup): ProjectTotals {
  const known = group.isInPriorityNeighbourhood !== null;
  return {
    projectCount: group.projectCount,
    amountCents: group.amountCents,
    priorityNeighbourhoodKnownCount: known ? group.projectCount : 0,
    priorityNeighbourhoodCount: group.isInPriorityNeighbourhood === true ? group.projectCount : 0,
    firstYear: group.firstYear ?? group.year ?? null,
    lastYear: group.lastYear ?? group.year ?? null,
    lastPublishedAt: group.lastPublishedAt,
  };
}

export function sumProjectGroups(groups: readonly ProjectGroup[]): ProjectTotals {
  return groups.reduce((sum, group) => addProjectTotals(sum, totalsOfGroup(group)), NO_PROJECT_TOTALS);
}

/** Groups by year and QPV status → totals with their split by year (years in order). */
export function toProgrammeTotals(groups: readonly ProjectGroup[]): ProgrammeProjectTotals {
  const years = new Map<number, ProjectTotals>();
  for (const group of groups) {
    if (group.year == null) throw new Error('Regroupement de projets sans année');
    years.set(group.year, addProjectTotals(years.get(group.year) ?? NO_PROJECT_TOTALS, totalsOfGroup(group)));
  }
  const byYear = [...years.entries()].sort(([a], [b]) => a - b).map(([year, totals]) => ({ ...totals, year }));
  return { ...byYear.reduce<ProjectTotals>(addProjectTotals, NO_PROJECT_TOTALS), byYear };
}

/** Totals of the projects whose year lies in a period; an open end is unbounded. */
export function totalsWithinPeriod(totals: ProgrammeProjectTotals | null, startYear: number | null, endYear: number | null): ProjectTotals {
  if (!totals) return NO_PROJECT_TOTALS;
  return totals.byYear
    .filter(({ year }) => (startYear === null || year >= startYear) && (endYear === null || year <= endYear))
    .reduce<ProjectTotals>(addProjectTotals, NO_PROJECT_TOTALS);
}

/** Share of QPV projects in percentage points, over the projects whose status is known; null when none is. */
export function priorityNeighbourhoodShare(totals: ProjectTotals): number | null {
  if (totals.priorityNeighbourhoodKnownCount === 0) return null;
  return (totals.priorityNeighbourhoodCount / totals.priorityNeighbourhoodKnownCount) * 100;
}
