import { describe, expect, it } from 'vitest';
import { orderPlansChronologically } from './timeline';

const plan = (slug: string, startYear: number, endYear: number | null, title = slug) => ({ slug, title, startYear, endYear, planStatus: 'ENDED' as const });

describe('orderPlansChronologically', () => {
  it('puts the oldest edition first, whatever order the plans come in', () => {
    const plans = [plan('2021', 2021, 2026), plan('2006', 2006, 2008), plan('2013', 2013, 2014), plan('2009', 2009, 2011)];
    expect(orderPlansChronologically(plans).map((p) => p.slug)).toEqual(['2006', '2009', '2013', '2021']);
    expect(plans[0]!.slug).toBe('2021');
  });

  it('puts a bounded period before an open one starting the same year, then sorts by title', () => {
    const plans = [plan('ouvert', 2022, null), plan('b', 2022, 2026, 'Feuille de route'), plan('a', 2022, 2026, 'Convention')];
    expect(orderPlansChronologically(plans).map((p) => p.slug)).toEqual(['a', 'b', 'ouvert']);
  });
});
