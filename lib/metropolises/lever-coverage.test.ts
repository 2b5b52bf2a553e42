import { describe, expect, it } from 'vitest';
import { countLeverCoverage } from './lever-coverage';

const levers = [
  { slug: 'financement', name: 'Financement' },
  { slug: 'foncier', name: 'Foncier et locaux' },
  { slug: 'prix', name: 'Visibilité et prix' },
];

describe('countLeverCoverage', () => {
  it('counts each métropole once per lever, most cited first, and keeps the levers no plan names', () => {
    const metropolises = [{ citedLeverSlugs: ['financement', 'prix'] }, { citedLeverSlugs: ['prix'] }, { citedLeverSlugs: [] }];
    expect(countLeverCoverage(levers, metropolises)).toEqual([
      { slug: 'prix', name: 'Visibilité et prix', metropolisCount: 2 },
      { slug: 'financement', name: 'Financement', metropolisCount: 1 },
      { slug: 'foncier', name: 'Foncier et locaux', metropolisCount: 0 },
    ]);
  });

  it('keeps the display order between levers cited as often', () => {
    expect(countLeverCoverage(levers, [{ citedLeverSlugs: ['prix', 'foncier', 'financement'] }]).map((lever) => lever.slug)).toEqual([
      'financement',
      'foncier',
      'prix',
    ]);
  });
});
