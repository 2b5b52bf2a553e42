import type { FigureUnit } from '@/lib/generated/prisma/enums';
import type { FigureView } from './select';
import { priorityNeighbourhoodShare, totalsWithinPeriod, type ProgrammeProjectTotals, type ProjectTotals } from './project-totals';

// A programme's declared figures that the stored projects can also compute:
// both are shown, each labelled, and whether they agree is said, so that the
// portal's partial records never silently replace what a source published.

export type StoredMeasure = 'project-count' | 'amount' | 'priority-neighbourhood-share';

/** Indicators (lib/seed/facts/indicators.ts, plus the QPV share) that stored projects can compute, with the unit they must have. */
export const RECONCILABLE_INDICATORS: Readonly<Record<string, { measure: StoredMeasure; unit: FigureUnit }>> = {
  'projets-finances': { measure: 'project-count', unit: 'COUNT' },
  'montant-finance': { measure: 'amount', unit: 'EUR' },
  'part-projets-qpv': { measure: 'priority-neighbourhood-share', unit: 'PERCENT' },
};

export type Agreement =
  /** The stored projects give the declared value (or at least it, for "plus de N"). */
  | 'agrees'
  | 'differs'
  /** No stored project has a known QPV status for the period: no share to compare. */
  | 'not-computable';

export interface Reconciliation {
  figure: FigureView;
  measure: StoredMeasure;
  /** Totals of the stored projects over the figure's period (all years when it has none). */
  stored: ProjectTotals;
  /** The stored projects' value in the figure's unit (a count, euros, percentage points). */
  storedValue: number | null;
  agreement: Agreement;
}

export function storedValueOf(measure: StoredMeasure, totals: ProjectTotals): number | null {
  if (measure === 'project-count') return totals.projectCount;
  if (measure === 'amount') return totals.amountCents / 100;
  return priorityNeighbourhoodShare(totals);
}

/** Declared shares are rounded by their source: 43 % agrees with 42,9 %, not with 44 %. */
function tolerance(measure: StoredMeasure, declared: number): number {
  if (measure === 'project-count') return 0;
  if (measure === 'amount') return 0.5;
  return Number.isInteger(declared) ? 0.5 : 0.05;
}

export function agreementOf(measure: StoredMeasure, declared: number, isLowerBound: boolean, stored: number | null): Agreement {
  if (stored === null) return 'not-computable';
  if (isLowerBound) return stored >= declared ? 'agrees' : 'differs';
  return Math.abs(stored - declared) <= tolerance(measure, declared) ? 'agrees' : 'differs';
}

export function reconcileFigure(figure: FigureView, totals: ProgrammeProjectTotals | null): Reconciliation | null {
  const rule = RECONCILABLE_INDICATORS[figure.indicator];
  if (!rule || rule.unit !== figure.unit) return null;
  const stored = totalsWithinPeriod(totals, figure.periodStartYear, figure.periodEndYear);
  const storedValue = storedValueOf(rule.measure, stored);
  return { figure, measure: rule.measure, stored, storedValue, agreement: agreementOf(rule.measure, figure.value, figure.isLowerBound, storedValue) };
}

/** Splits a programme's declared figures into those the stored projects can check (with the result) and the others. */
export function reconcileProgrammeFigures(figures: readonly FigureView[], totals: ProgrammeProjectTotals | null): { reconciled: Reconciliation[]; others: FigureView[] } {
  const reconciled: Reconciliation[] = [];
  const others: FigureView[] = [];
  for (const figure of figures) {
    const result = reconcileFigure(figure, totals);
    if (result) reconciled.push(result);
    else others.push(figure);
  }
  return { reconciled, others };
}
