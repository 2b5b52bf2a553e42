import { describe, expect, it } from 'vitest';
import { classifyCoverage, coverageLabels, METROPOLIS_COVERAGES } from './coverage';

const nothing = { publishedPlans: [], isPolicyDocumented: false, hasContext: false };

describe('classifyCoverage', () => {
  it('says "plan in force" when one published plan is in force this year', () => {
    const plans = [
      { planStatus: 'ENDED', endYear: 2020 },
      { planStatus: 'IN_FORCE', endYear: 2026 },
    ] as const;
    expect(classifyCoverage({ ...nothing, publishedPlans: plans, isPolicyDocumented: true }, 2026)).toBe('PLAN_IN_FORCE');
  });

  it('counts an undated plan recorded as in force', () => {
    expect(classifyCoverage({ ...nothing, publishedPlans: [{ planStatus: 'IN_FORCE', endYear: null }], isPolicyDocumented: true }, 2040)).toBe(
      'PLAN_IN_FORCE',
    );
  });

  it('stops counting a plan in force once its last year is past, as the plan page shows it ended', () => {
    const plans = [{ planStatus: 'IN_FORCE', endYear: 2026 }] as const;
    expect(classifyCoverage({ ...nothing, publishedPlans: plans, isPolicyDocumented: true }, 2027)).toBe('DATA_WITHOUT_PLAN_IN_FORCE');
  });

  it.each(['PLANNED', 'ENDED', 'UNDER_EVALUATION', 'UNKNOWN'] as const)('does not take a %s plan for a plan in force', (planStatus) => {
    expect(classifyCoverage({ ...nothing, publishedPlans: [{ planStatus, endYear: null }], isPolicyDocumented: true }, 2026)).toBe(
      'DATA_WITHOUT_PLAN_IN_FORCE',
    );
  });

  it('gives "data without a plan in force" to a documented policy or to context facts alone', () => {
    expect(classifyCoverage({ ...nothing, isPolicyDocumented: true }, 2026)).toBe('DATA_WITHOUT_PLAN_IN_FORCE');
    expect(classifyCoverage({ ...nothing, hasContext: true }, 2026)).toBe('DATA_WITHOUT_PLAN_IN_FORCE');
  });

  it('says "no data" when nothing is published', () => {
    expect(classifyCoverage(nothing, 2026)).toBe('NO_DATA');
  });

  it('has a French label for every class', () => {
    expect(METROPOLIS_COVERAGES.map((coverage) => coverageLabels[coverage])).toEqual([
      'Plan en vigueur',
      'Données publiées sans plan en vigueur',
      'Aucune donnée publiée',
    ]);
  });
});
