import type { FigureView } from '@/lib/figures/select';
import type { ProjectTotals } from '@/lib/figures/project-totals';
import type { PlanStatus } from '@/lib/generated/prisma/enums';
import type { MetropolisProfile } from '@/lib/metropolises/select';
import { SHARED_INDICATORS } from '@/lib/seed/facts/indicators';

// Pure: how the rows of the métropoles compared line up in the comparison's
// tables (levers × métropoles, indicators × métropoles).

export interface ComparedMetropolis {
  /** What its profile shows: identity, membership, plans with levers, programmes, structures, recaps. */
  profile: MetropolisProfile;
  /** Its stored funded projects, over its published programmes (SQL aggregates). */
  projects: ProjectTotals;
  /** Every published figure about it: its own, its plans', its programmes' and its structures'. */
  figures: FigureView[];
}

export interface LeverPlan {
  slug: string;
  title: string;
  startYear: number;
  endYear: number | null;
  planStatus: PlanStatus;
}

export interface LeverRow {
  slug: string;
  name: string;
  /** Per métropole slug, its published plans naming the lever (none: it does not). */
  plansByMetropolis: Record<string, LeverPlan[]>;
}

export interface IndicatorRow {
  /** Figure.indicator: the key that makes the same measure line up across métropoles. */
  key: string;
  label: string;
  /** One of the keys every métropole's facts share (lib/seed/facts/indicators.ts). */
  isShared: boolean;
  figuresByMetropolis: Record<string, FigureView[]>;
}

export interface Comparison {
  metropolises: ComparedMetropolis[];
  levers: LeverRow[];
  indicators: IndicatorRow[];
}

const byName = new Intl.Collator('fr', { sensitivity: 'base' });

/**
 * Levers named by at least one published plan of the métropoles compared, in
 * the levers' own order (`leverOrder`, by position; levers it lacks come last, by name).
 */
export function buildLeverMatrix(metropolises: readonly Pick<MetropolisProfile, 'slug' | 'policyPlans'>[], leverOrder: readonly string[]): LeverRow[] {
  const rows = new Map<string, LeverRow>();
  for (const metropolis of metropolises) {
    for (const plan of metropolis.policyPlans) {
      for (const lever of plan.levers) {
        const row = rows.get(lever.slug) ?? {
          slug: lever.slug,
          name: lever.name,
          plansByMetropolis: Object.fromEntries(metropolises.map((each) => [each.slug, [] as LeverPlan[]])),
        };
        row.plansByMetropolis[metropolis.slug]!.push({
          slug: plan.slug,
          title: plan.title,
          startYear: plan.startYear,
          endYear: plan.endYear,
          planStatus: plan.planStatus,
        });
        rows.set(lever.slug, row);
      }
    }
  }
  const rank = (slug: string) => {
    const index = leverOrder.indexOf(slug);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...rows.values()].sort((a, b) => rank(a.slug) - rank(b.slug) || byName.compare(a.name, b.name));
}

/** How many of the métropoles compared name the lever in a published plan. */
export function leverCoverage(row: LeverRow): number {
  return Object.values(row.plansByMetropolis).filter((plans) => plans.length > 0).length;
}

const sharedKeys = Object.keys(SHARED_INDICATORS);

function isSharedIndicator(key: string): key is keyof typeof SHARED_INDICATORS {
  return Object.hasOwn(SHARED_INDICATORS, key);
}

/** Most recent period first; undated figures last. */
function byRecency(a: FigureView, b: FigureView): number {
  const end = (figure: FigureView) => figure.periodEndYear ?? figure.periodStartYear ?? Number.NEGATIVE_INFINITY;
  return end(b) - end(a) || byName.compare(a.label, b.label);
}

/**
 * One row per indicator key any métropole compared has a figure for: the
 * shared keys first, in their list's order, then the others by label. A row's
 * label is the shared key's description, or its first figure's label.
 */
export function groupFiguresByIndicator(metropolises: readonly { slug: string; figures: readonly FigureView[] }[]): IndicatorRow[] {
  const rows = new Map<string, IndicatorRow>();
  for (const metropolis of metropolises) {
    for (const figure of metropolis.figures) {
      const row = rows.get(figure.indicator) ?? {
        key: figure.indicator,
        label: isSharedIndicator(figure.indicator) ? SHARED_INDICATORS[figure.indicator] : figure.label,
        isShared: isSharedIndicator(figure.indicator),
        figuresByMetropolis: Object.fromEntries(metropolises.map((each) => [each.slug, [] as FigureView[]])),
      };
      row.figuresByMetropolis[metropolis.slug]!.push(figure);
      rows.set(figure.indicator, row);
    }
  }
  for (const row of rows.values()) {
    for (const figures of Object.values(row.figuresByMetropolis)) figures.sort(byRecency);
  }
  return [...rows.values()].sort((a, b) => {
    if (a.isShared !== b.isShared) return a.isShared ? -1 : 1;
    if (a.isShared) return sharedKeys.indexOf(a.key) - sharedKeys.indexOf(b.key);
    return byName.compare(a.label, b.label);
  });
}
