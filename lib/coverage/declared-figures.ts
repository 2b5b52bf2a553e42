// A programme's declared figures against the funded projects stored for it
// (client-safe, pure): "62 projets financés" declared, 3 recorded, is a line
// of the coverage dashboard, both numbers shown.

/** Indicators the stored projects can confirm or contradict (lib/seed/facts/indicators.ts). */
export const COMPARABLE_INDICATORS = ['projets-finances', 'montant-finance'] as const;
export type ComparableIndicator = (typeof COMPARABLE_INDICATORS)[number];

export function isComparableIndicator(indicator: string): indicator is ComparableIndicator {
  return (COMPARABLE_INDICATORS as readonly string[]).includes(indicator);
}

/** Stored projects of one programme for one year. */
export interface YearTotals {
  year: number;
  projectCount: number;
  amountCents: number;
}

export interface DeclaredFigure {
  indicator: ComparableIndicator;
  /** As declared: a count, or euros (two decimals at most). */
  value: number;
  isLowerBound: boolean;
  periodStartYear: number | null;
  periodEndYear: number | null;
}

/** What the stored projects say for the figure's period: a count, or euro cents. */
export function storedValue(figure: DeclaredFigure, years: readonly YearTotals[]): number {
  const inPeriod = years.filter(
    ({ year }) => (figure.periodStartYear === null || year >= figure.periodStartYear) && (figure.periodEndYear === null || year <= figure.periodEndYear),
  );
  return inPeriod.reduce((sum, totals) => sum + (figure.indicator === 'projets-finances' ? totals.projectCount : totals.amountCents), 0);
}

/**
 * Whether the stored projects contradict the declared figure: a different
 * number, or, for "more than N", fewer than N. Amounts are compared in cents,
 * so no float rounding makes two equal amounts differ.
 */
export function disagrees(figure: DeclaredFigure, stored: number): boolean {
  const declared = figure.indicator === 'projets-finances' ? figure.value : Math.round(figure.value * 100);
  return figure.isLowerBound ? stored < declared : stored !== declared;
}
