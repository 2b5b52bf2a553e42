import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Nantes Métropole', 'nantes-metropole'],
    ['Métropole européenne de Lille', 'metropole-europeenne-de-lille'],
    ["Métropole d'Aix-Marseille-Provence", 'metropole-d-aix-marseille-provence'],
    ['Saint-Étienne Métropole', 'saint-etienne-metropole'],
    ['Grenoble-Alpes Métropole', 'grenoble-alpes-metropole'],
    ['Métropole Nice Côte d’Azur', 'metropole-nice-cote-d-azur'],
    ['  Prix de l’innovation sociale — 2019 !  ', 'prix-de-l-innovation-sociale-2019'],
    ['Cœur de ville & Œuvres', 'coeur-de-ville-oeuvres'],
    ['Île-de-France', 'ile-de-france'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('always produces a valid slug or an empty string', () => {
    for (const name of ['---', 'ÉÈÊ', 'a  b', '2e groupe de travail', '€€€']) {
      const slug = slugify(name);
      expect(slug === '' || isSlug(slug)).toBe(true);
    }
  });
});

describe('isSlug', () => {
  it('accepts lowercase ASCII words joined by single hyphens', () => {
    expect(isSlug('nantes-metropole')).toBe(true);
    expect(isSlug('a1-b2')).toBe(true);
  });
  it.each(['Nantes', 'nantes--metropole', '-nantes', 'nantes-', 'métropole', 'a b', ''])('refuses %j', (value) => {
    expect(isSlug(value)).toBe(false);
  });
});
