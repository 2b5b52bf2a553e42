import { describe, expect, it } from 'vitest';
import type { ExplorerOptions } from './explorer';
import { parseProjectQuery, type ProjectQuery } from './filter';
import { describeActiveFilters, describeSort, unknownInOptions, yearSeries } from './labels';

const options: ExplorerOptions = {
  metropolises: [{ slug: 'metropole-de-lyon', name: 'Métropole de Lyon' }],
  programmes: [{ slug: 'aap', name: 'Appel à projets', metropolisSlug: 'metropole-de-lyon', metropolisName: 'Métropole de Lyon' }],
  themes: [{ slug: 'ess', name: 'ESS' }],
  levers: [{ slug: 'financement', name: 'Financement' }],
  firstYear: 2015,
  lastYear: 2020,
};

function query(search: string): ProjectQuery {
  const parsed = parseProjectQuery(new URLSearchParams(search));
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.query;
}

describe('describeActiveFilters', () => {
  it('names each filter as a reader would, with the address that drops it', () => {
    expect(describeActiveFilters(query('metropole=metropole-de-lyon&annee=2019&forme=scop&qpv=inconnu&q=vélo&tri=montant'), options)).toEqual([
      { key: 'metropolis', label: 'Métropole', value: 'Métropole de Lyon', widerHref: '/projets?annee=2019&forme=scop&qpv=inconnu&q=v%C3%A9lo&tri=montant' },
      { key: 'yearFrom', label: 'Année', value: '2019', widerHref: '/projets?metropole=metropole-de-lyon&forme=scop&qpv=inconnu&q=v%C3%A9lo&tri=montant' },
      { key: 'legalForm', label: 'Forme juridique', value: 'SCOP (société coopérative et participative)', widerHref: '/projets?metropole=metropole-de-lyon&annee=2019&qpv=inconnu&q=v%C3%A9lo&tri=montant' },
      { key: 'qpv', label: 'Quartier prioritaire', value: 'Situation non renseignée', widerHref: '/projets?metropole=metropole-de-lyon&annee=2019&forme=scop&q=v%C3%A9lo&tri=montant' },
      { key: 'text', label: 'Recherche', value: '« vélo »', widerHref: '/projets?metropole=metropole-de-lyon&annee=2019&forme=scop&qpv=inconnu&tri=montant' },
    ]);
    expect(describeActiveFilters(query('annee_min=2015&annee_max=2018'), options).map((filter) => `${filter.label} ${filter.value}`)).toEqual(['Depuis 2015', 'Jusqu’en 2018']);
  });
});

describe('unknownInOptions', () => {
  it('lists the slugs the published choices do not have', () => {
    expect(unknownInOptions(query('metropole=metropole-de-lyon&dispositif=autre&thematique=ess&levier=x').filter, options)).toEqual([
      { param: 'dispositif', value: 'autre' },
      { param: 'levier', value: 'x' },
    ]);
  });
});

describe('yearSeries', () => {
  it('runs from the first to the last year, a year without projects at 0', () => {
    expect(yearSeries([{ year: 2017, projectCount: 2, amountCents: 500 }, { year: 2019, projectCount: 1, amountCents: 100 }])).toEqual([
      { year: 2017, projectCount: 2, amountCents: 500 },
      { year: 2018, projectCount: 0, amountCents: 0 },
      { year: 2019, projectCount: 1, amountCents: 100 },
    ]);
    expect(yearSeries([])).toEqual([]);
  });
});

describe('describeSort', () => {
  it('says the order in words', () => {
    expect(describeSort(query(''))).toBe('du plus récent au plus ancien');
    expect(describeSort(query('tri=titre&ordre=decroissant'))).toBe('par titre, de Z à A');
  });
});
