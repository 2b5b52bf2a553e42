import { describe, expect, it } from 'vitest';
import {
  figureUnitLabels,
  formatDate,
  formatEuros,
  formatEurosFromCents,
  formatFigureValue,
  formatMonthYear,
  formatNumber,
  formatOrdinal,
  formatPercent,
  formatStudyStatus,
  formatYearRange,
  fundingKindLabels,
  legalFormLabels,
  planKindLabels,
  planStatusLabels,
  studyStatusLabels,
  supportStructureKindLabels,
  toIsoDate,
} from './format';
import {
  FigureUnit,
  FundingKind,
  LegalForm,
  PlanKind,
  PlanStatus,
  StudyStatus,
  SupportStructureKind,
} from '@/lib/generated/prisma/enums';

// Intl's fr-FR separators, spelled out so the assertions show what is expected.
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatNumber', () => {
  it('groups thousands with a narrow no-break space', () => {
    expect(formatNumber(695303)).toBe(`695${NNBSP}303`);
    expect(formatNumber(1234567)).toBe(`1${NNBSP}234${NNBSP}567`);
    expect(formatNumber(22)).toBe('22');
  });

  it('uses a decimal comma', () => {
    expect(formatNumber(1234.5)).toBe(`1${NNBSP}234,5`);
  });
});

describe('formatEuros', () => {
  it('shows whole amounts without decimals', () => {
    expect(formatEuros(768200)).toBe(`768${NNBSP}200${NBSP}€`);
    expect(formatEuros(0)).toBe(`0${NBSP}€`);
  });

  it('shows cents when the amount is not whole', () => {
    expect(formatEuros(12.5)).toBe(`12,50${NBSP}€`);
  });

  it('formats integer cents', () => {
    expect(formatEurosFromCents(76_820_000)).toBe(`768${NNBSP}200${NBSP}€`);
    expect(formatEurosFromCents(1_250)).toBe(`12,50${NBSP}€`);
    expect(formatEurosFromCents(5)).toBe(`0,05${NBSP}€`);
  });

  it('refuses fractional cents', () => {
    expect(() => formatEurosFromCents(10.5)).toThrow(TypeError);
  });
});

describe('formatPercent', () => {
  it('takes percentage points', () => {
    expect(formatPercent(43)).toBe(`43${NBSP}%`);
    expect(formatPercent(43.5)).toBe(`43,5${NBSP}%`);
    expect(formatPercent(100)).toBe(`100${NBSP}%`);
  });
});

describe('formatDate', () => {
  it('formats @db.Date values (UTC midnight) in UTC', () => {
    expect(formatDate(new Date('2019-03-05T00:00:00Z'))).toBe('5 mars 2019');
    expect(formatDate(new Date('2019-03-22T00:00:00Z'))).toBe('22 mars 2019');
    expect(formatDate(new Date('2019-04-02T00:00:00Z'))).toBe('2 avril 2019');
  });

  it('keeps the UTC day late in the evening', () => {
    expect(formatDate(new Date('2019-12-31T23:30:00Z'))).toBe('31 décembre 2019');
  });

  it('writes the first of the month "1er"', () => {
    expect(formatDate(new Date('2019-07-01T00:00:00Z'))).toBe('1er juillet 2019');
  });

  it('gives a machine-readable date', () => {
    expect(toIsoDate(new Date('2019-03-05T00:00:00Z'))).toBe('2019-03-05');
  });
});

describe('formatMonthYear', () => {
  it('formats a month and a year', () => {
    expect(formatMonthYear(2019, 7)).toBe('juillet 2019');
    expect(formatMonthYear(2019, 1)).toBe('janvier 2019');
    expect(formatMonthYear(2019, 12)).toBe('décembre 2019');
  });

  it('rejects an invalid month', () => {
    expect(() => formatMonthYear(2019, 13)).toThrow(RangeError);
    expect(() => formatMonthYear(2019, 0)).toThrow(RangeError);
  });
});

describe('formatYearRange', () => {
  it('covers open and closed periods', () => {
    expect(formatYearRange(2015, 2020)).toBe('2015-2020');
    expect(formatYearRange(2011, null)).toBe('depuis 2011');
    expect(formatYearRange(null, 2020)).toBe("jusqu'en 2020");
    expect(formatYearRange(2019, 2019)).toBe('2019');
    expect(formatYearRange(null, null)).toBeNull();
  });
});

describe('formatOrdinal', () => {
  it('abbreviates French ordinals', () => {
    expect(formatOrdinal(1)).toBe('1er');
    expect(formatOrdinal(2)).toBe('2e');
    expect(formatOrdinal(11)).toBe('11e');
  });
});

describe('formatFigureValue', () => {
  it('formats each unit', () => {
    expect(formatFigureValue({ value: 62, unit: 'COUNT' })).toBe('62');
    expect(formatFigureValue({ value: 768200, unit: 'EUR' })).toBe(`768${NNBSP}200${NBSP}€`);
    expect(formatFigureValue({ value: 43, unit: 'PERCENT' })).toBe(`43${NBSP}%`);
    expect(formatFigureValue({ value: 695303, unit: 'INHABITANTS' })).toBe(`695${NNBSP}303${NBSP}hab.`);
  });

  it('says "plus de" for lower bounds', () => {
    expect(formatFigureValue({ value: 600, unit: 'COUNT', isLowerBound: true })).toBe('plus de 600');
  });
});

describe('formatStudyStatus', () => {
  it('announces a forthcoming study by month', () => {
    expect(
      formatStudyStatus({ studyStatus: 'FORTHCOMING', expectedYear: 2019, expectedMonth: 7, publishedOn: null }),
    ).toBe('à paraître — annoncée pour juillet 2019');
  });

  it('falls back to the year, or to no date', () => {
    expect(
      formatStudyStatus({ studyStatus: 'FORTHCOMING', expectedYear: 2019, expectedMonth: null, publishedOn: null }),
    ).toBe('à paraître — annoncée pour 2019');
    expect(
      formatStudyStatus({ studyStatus: 'FORTHCOMING', expectedYear: null, expectedMonth: null, publishedOn: null }),
    ).toBe('à paraître');
  });

  it('dates a published study', () => {
    expect(
      formatStudyStatus({
        studyStatus: 'PUBLISHED',
        expectedYear: 2019,
        expectedMonth: 7,
        publishedOn: new Date('2019-07-04T00:00:00Z'),
      }),
    ).toBe('publiée le 4 juillet 2019');
  });
});

describe('enum labels', () => {
  it.each([
    ['plan status', PlanStatus, planStatusLabels],
    ['plan kind', PlanKind, planKindLabels],
    ['funding kind', FundingKind, fundingKindLabels],
    ['legal form', LegalForm, legalFormLabels],
    ['structure kind', SupportStructureKind, supportStructureKindLabels],
    ['study status', StudyStatus, studyStatusLabels],
    ['figure unit', FigureUnit, figureUnitLabels],
  ] as const)('labels every %s value', (_name, values, labels) => {
    for (const value of Object.values(values)) {
      expect((labels as Record<string, string>)[value]).toMatch(/\S/);
    }
  });

  it('uses the expected French wording', () => {
    expect(planStatusLabels.IN_FORCE).toBe('En vigueur');
    expect(planKindLabels.FRAMEWORK_RESOLUTION).toBe('Délibération-cadre');
    expect(fundingKindLabels.CALL_FOR_PROJECTS).toBe('Appel à projets');
    expect(supportStructureKindLabels.RESEARCH_CENTRE).toBe('Centre de recherche et de transfert');
    expect(studyStatusLabels.FORTHCOMING).toBe('À paraître');
  });
});
