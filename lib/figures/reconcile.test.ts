import { describe, expect, it } from 'vitest';
import { priorityNeighbourhoodShare, sumProjectGroups, toProgrammeTotals, totalsWithinPeriod, type ProjectGroup } from './project-totals';
import { agreementOf, reconcileProgrammeFigures } from './reconcile';
import type { FigureView } from './select';

const published = (day: string) => new Date(`${day}T10:00:00.000Z`);

// What the GROUP BY (programme, year, QPV status) returns for one programme.
const groups: ProjectGroup[] = [
  { year: 2016, isInPriorityNeighbourhood: true, projectCount: 1, amountCents: 1_000_000, lastPublishedAt: published('2026-12-01') },
  { year: 2016, isInPriorityNeighbourhood: false, projectCount: 1, amountCents: 500_000, lastPublishedAt: published('2026-12-03') },
  { year: 2018, isInPriorityNeighbourhood: null, projectCount: 1, amountCents: 250_050, lastPublishedAt: published('2026-12-02') },
  { year: 2021, isInPriorityNeighbourhood: true, projectCount: 2, amountCents: 2_000_000, lastPublishedAt: published('2026-12-05') },
];

const figure = (overrides: Partial<FigureView>): FigureView => ({
  id: 'f',
  indicator: 'projets-finances',
  label: 'Projets financés',
  value: 62,
  unit: 'COUNT',
  isLowerBound: false,
  periodStartYear: 2015,
  periodEndYear: 2018,
  source: { publisher: 'Avise', title: 'Article', publishedOn: null, publishedOnPrecision: 'DAY', url: null },
  fundingProgrammeId: 'programme-entreprendre-autrement',
  pagePath: '/metropoles/metropole-europeenne-de-lille',
  ...overrides,
});

describe('project totals from SQL groups', () => {
  const totals = toProgrammeTotals(groups);

  it('adds the groups up, with the years covered and the latest publication', () => {
    expect(totals).toMatchObject({
      projectCount: 5,
      amountCents: 3_750_050,
      priorityNeighbourhoodKnownCount: 4,
      priorityNeighbourhoodCount: 3,
      firstYear: 2016,
      lastYear: 2021,
      lastPublishedAt: published('2026-12-05'),
    });
    expect(totals.byYear.map((year) => [year.year, year.projectCount])).toEqual([[2016, 2], [2018, 1], [2021, 2]]);
  });

  it('restricts to a period, open ends included', () => {
    expect(totalsWithinPeriod(totals, 2015, 2018)).toMatchObject({ projectCount: 3, amountCents: 1_750_050, lastPublishedAt: published('2026-12-03') });
    expect(totalsWithinPeriod(totals, 2018, null).projectCount).toBe(3);
    expect(totalsWithinPeriod(totals, null, null).projectCount).toBe(5);
    expect(totalsWithinPeriod(null, 2015, 2018)).toMatchObject({ projectCount: 0, lastPublishedAt: null });
  });

  it('computes the QPV share over the projects whose status is known only', () => {
    expect(priorityNeighbourhoodShare(totalsWithinPeriod(totals, 2015, 2018))).toBe(50);
    expect(priorityNeighbourhoodShare(sumProjectGroups([groups[2]!]))).toBeNull();
  });
});

describe('declared figures against stored projects', () => {
  const totals = toProgrammeTotals(groups);

  it('finds that 62 declared projects for 2015-2018 disagree with the 3 stored for that period', () => {
    const { reconciled, others } = reconcileProgrammeFigures([figure({})], totals);
    expect(others).toEqual([]);
    expect(reconciled).toEqual([expect.objectContaining({ measure: 'project-count', storedValue: 3, agreement: 'differs' })]);
    expect(reconciled[0]!.stored.projectCount).toBe(3);
  });

  it('shows a disagreement when nothing is stored at all', () => {
    const { reconciled } = reconcileProgrammeFigures([figure({})], null);
    expect(reconciled[0]).toMatchObject({ storedValue: 0, agreement: 'differs' });
  });

  it('agrees on equal counts and amounts, and on a share within the source’s rounding', () => {
    const { reconciled } = reconcileProgrammeFigures(
      [
        figure({ id: 'n', value: 3 }),
        figure({ id: 'm', indicator: 'montant-finance', unit: 'EUR', value: 17_500.5 }),
        figure({ id: 'q', indicator: 'part-projets-qpv', unit: 'PERCENT', value: 50 }),
      ],
      totals,
    );
    expect(reconciled.map((item) => [item.figure.id, item.storedValue, item.agreement])).toEqual([
      ['n', 3, 'agrees'],
      ['m', 17_500.5, 'agrees'],
      ['q', 50, 'agrees'],
    ]);
  });

  it('takes "plus de N" as a lower bound', () => {
    expect(agreementOf('project-count', 140, true, 150)).toBe('agrees');
    expect(agreementOf('project-count', 140, true, 3)).toBe('differs');
    expect(agreementOf('priority-neighbourhood-share', 43, false, 42.6)).toBe('agrees');
    expect(agreementOf('priority-neighbourhood-share', 43, false, 44)).toBe('differs');
  });

  it('says a share cannot be computed when no stored project has a known QPV status', () => {
    const { reconciled } = reconcileProgrammeFigures([figure({ indicator: 'part-projets-qpv', unit: 'PERCENT', value: 43 })], null);
    expect(reconciled[0]).toMatchObject({ storedValue: null, agreement: 'not-computable' });
  });

  it('leaves other indicators, and a known indicator in another unit, as declared figures only', () => {
    const budget = figure({ id: 'b', indicator: 'budget-ess-annuel', unit: 'EUR' });
    const oddUnit = figure({ id: 'u', indicator: 'projets-finances', unit: 'PERCENT' });
    expect(reconcileProgrammeFigures([budget, oddUnit], totals)).toEqual({ reconciled: [], others: [budget, oddUnit] });
  });
});
