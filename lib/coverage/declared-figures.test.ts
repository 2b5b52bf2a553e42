import { describe, expect, it } from 'vitest';
import { disagrees, storedValue, type DeclaredFigure } from './declared-figures';

const years = [
  { year: 2014, projectCount: 5, amountCents: 1_000_000 },
  { year: 2015, projectCount: 2, amountCents: 500_050 },
  { year: 2018, projectCount: 1, amountCents: 100_000 },
];

function figure(overrides: Partial<DeclaredFigure>): DeclaredFigure {
  return { indicator: 'projets-finances', value: 3, isLowerBound: false, periodStartYear: 2015, periodEndYear: 2018, ...overrides };
}

describe('declared figures against stored projects', () => {
  it('counts the projects of the figure’s period only, or all of them without a period', () => {
    expect(storedValue(figure({}), years)).toBe(3);
    expect(storedValue(figure({ periodStartYear: null }), years)).toBe(8);
    expect(storedValue(figure({ periodStartYear: null, periodEndYear: null }), years)).toBe(8);
    expect(storedValue(figure({ periodEndYear: null, periodStartYear: 2016 }), years)).toBe(1);
    expect(storedValue(figure({ indicator: 'montant-finance' }), years)).toBe(600_050);
  });

  it('disagrees on any other count, and on fewer than a lower bound', () => {
    expect(disagrees(figure({ value: 3 }), 3)).toBe(false);
    expect(disagrees(figure({ value: 62 }), 3)).toBe(true);
    expect(disagrees(figure({ value: 3 }), 4)).toBe(true);
    expect(disagrees(figure({ value: 140, isLowerBound: true }), 150)).toBe(false);
    expect(disagrees(figure({ value: 140, isLowerBound: true }), 139)).toBe(true);
  });

  it('compares amounts in cents', () => {
    expect(disagrees(figure({ indicator: 'montant-finance', value: 6000.5 }), 600_050)).toBe(false);
    expect(disagrees(figure({ indicator: 'montant-finance', value: 0.1 + 0.2 }), 30)).toBe(false);
    expect(disagrees(figure({ indicator: 'montant-finance', value: 768_200 }), 76_819_999)).toBe(true);
  });
});
