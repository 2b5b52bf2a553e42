import { describe, expect, it } from 'vitest';
import { isSlug } from '../slug';
import {
  buildMetropolisSeeds,
  CLERMONT_SLUG,
  IDENTITY_SOURCE,
  loadEpciRows,
  MEL_SLUG,
  METROPOLIS_DEFINITIONS,
  METROPOLIS_EPCI_TYPES,
  NANTES_SLUG,
  type EpciRow,
} from './metropolises';

const rows = loadEpciRows();
const packageMetropolises = rows.filter((row) => METROPOLIS_EPCI_TYPES.includes(row.type));
const seeds = buildMetropolisSeeds(rows);

const REGIONS = [
  'Auvergne-Rhône-Alpes',
  'Bourgogne-Franche-Comté',
  'Bretagne',
  'Centre-Val de Loire',
  'Grand Est',
  'Hauts-de-France',
  'Île-de-France',
  'Normandie',
  'Nouvelle-Aquitaine',
  'Occitanie',
  'Pays de la Loire',
  "Provence-Alpes-Côte d'Azur",
];

describe('the 22 métropoles', () => {
  it('are all defined once and all found in @etalab/decoupage-administratif (21 METRO + MET69)', () => {
    expect(METROPOLIS_DEFINITIONS).toHaveLength(22);
    expect(packageMetropolises).toHaveLength(22);
    expect(packageMetropolises.filter((row) => row.type === 'MET69').map((row) => row.nom)).toEqual(['Métropole de Lyon']);
    expect(seeds).toHaveLength(22);
    expect(new Set(seeds.map((seed) => seed.sirenCode)).size).toBe(22);
    expect(new Set(seeds.map((seed) => seed.slug)).size).toBe(22);
  });

  it('take SIREN, population and commune count from the package row, never typed by hand', () => {
    for (const seed of seeds) {
      const row = packageMetropolises.find((candidate) => candidate.code === seed.sirenCode);
      expect(row, seed.officialName).toBeDefined();
      expect(seed.population).toBe(row!.populationTotale);
      expect(seed.communeCount).toBe(row!.membres.length);
      expect(seed.sirenCode).toMatch(/^\d{9}$/);
    }
    const nantes = seeds.find((seed) => seed.slug === NANTES_SLUG);
    expect(nantes).toMatchObject({ sirenCode: '244400404', population: 695303, communeCount: 24 });
  });

  it('have the expected slugs', () => {
    expect(NANTES_SLUG).toBe('nantes-metropole');
    expect(MEL_SLUG).toBe('metropole-europeenne-de-lille');
    expect(CLERMONT_SLUG).toBe('clermont-auvergne-metropole');
    const slugs = seeds.map((seed) => seed.slug);
    expect(slugs).toEqual(expect.arrayContaining([
      'metropole-du-grand-paris',
      'metropole-d-aix-marseille-provence',
      'metropole-de-lyon',
      'grenoble-alpes-metropole',
      'metropole-toulon-provence-mediterranee',
      'saint-etienne-metropole',
      'eurometropole-de-strasbourg',
    ]));
    for (const slug of slugs) expect(isSlug(slug), slug).toBe(true);
  });

  it('keep the portal spelling of names, not the package one', () => {
    const names = seeds.map((seed) => seed.officialName);
    expect(names).toContain('Métropole européenne de Lille');
    expect(names).toContain('Grenoble-Alpes Métropole');
    expect(names).toContain('Métropole Toulon Provence Méditerranée');
  });

  it('have a region, a seat city and a map point in metropolitan France', () => {
    for (const seed of seeds) {
      expect(REGIONS, seed.officialName).toContain(seed.region);
      expect(seed.seatCity.length).toBeGreaterThan(0);
      expect(seed.shortName.length).toBeGreaterThan(0);
      expect(seed.latitude).toBeGreaterThan(41);
      expect(seed.latitude).toBeLessThan(51.5);
      expect(seed.longitude).toBeGreaterThan(-5);
      expect(seed.longitude).toBeLessThan(10);
    }
    expect(seeds.find((seed) => seed.slug === CLERMONT_SLUG)).toMatchObject({ seatCity: 'Clermont-Ferrand', latitude: 45.777, longitude: 3.087 });
  });

  it('cite the INSEE vintage, and the DGCL composition through the package', () => {
    expect(IDENTITY_SOURCE.publisher).toBe('INSEE');
    expect(IDENTITY_SOURCE.title).toBe('Populations légales, millésime 2026');
    expect(IDENTITY_SOURCE.note).toContain('@etalab/decoupage-administratif 6.0.0');
    expect(IDENTITY_SOURCE.note).toContain('DGCL');
  });
});

describe('buildMetropolisSeeds', () => {
  const row = (code: string, nom: string, type = 'METRO'): EpciRow => ({ code, nom, type, populationTotale: 1000, membres: [{}, {}] });
  const definition = { officialName: 'Grenoble-Alpes Métropole', shortName: 'Grenoble', region: 'Auvergne-Rhône-Alpes', seatCity: 'Grenoble', latitude: 45.189, longitude: 5.724 };

  it('matches names regardless of case, accents and hyphens', () => {
    const [seed] = buildMetropolisSeeds([row('200040715', 'Grenoble-Alpes-Métropole'), row('123456789', 'CC du Test', 'CC')], [definition]);
    expect(seed).toMatchObject({ slug: 'grenoble-alpes-metropole', sirenCode: '200040715', population: 1000, communeCount: 2 });
  });

  it('fails when a métropole is missing from the package', () => {
    expect(() => buildMetropolisSeeds([], [definition])).toThrow(/introuvable/);
  });

  it('fails when the package lists a métropole the seed does not know', () => {
    expect(() => buildMetropolisSeeds([row('200040715', 'Grenoble-Alpes-Métropole'), row('999999999', 'Métropole Nouvelle')], [definition])).toThrow(
      /sans définition/,
    );
  });
});
