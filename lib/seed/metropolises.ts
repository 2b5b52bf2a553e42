// The 22 métropoles: names, regions, seats and map points from docs (PRODUCT.md);
// SIREN, population and member communes read from @etalab/decoupage-administratif
// (INSEE legal populations, DGCL composition of the EPCI), never typed by hand.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { slugify } from '../slug';

export interface MetropolisDefinition {
  officialName: string;
  shortName: string;
  region: string;
  seatCity: string;
  latitude: number;
  longitude: number;
}

/** The 22 métropoles, spelled as the portal shows them. */
export const METROPOLIS_DEFINITIONS: readonly MetropolisDefinition[] = [
  { officialName: 'Métropole du Grand Paris', shortName: 'Grand Paris', region: 'Île-de-France', seatCity: 'Paris', latitude: 48.857, longitude: 2.352 },
  { officialName: "Métropole d'Aix-Marseille-Provence", shortName: 'Aix-Marseille-Provence', region: "Provence-Alpes-Côte d'Azur", seatCity: 'Marseille', latitude: 43.297, longitude: 5.37 },
  { officialName: 'Métropole de Lyon', shortName: 'Lyon', region: 'Auvergne-Rhône-Alpes', seatCity: 'Lyon', latitude: 45.764, longitude: 4.836 },
  { officialName: 'Métropole européenne de Lille', shortName: 'MEL', region: 'Hauts-de-France', seatCity: 'Lille', latitude: 50.629, longitude: 3.057 },
  { officialName: 'Bordeaux Métropole', shortName: 'Bordeaux', region: 'Nouvelle-Aquitaine', seatCity: 'Bordeaux', latitude: 44.838, longitude: -0.579 },
  { officialName: 'Toulouse Métropole', shortName: 'Toulouse', region: 'Occitanie', seatCity: 'Toulouse', latitude: 43.605, longitude: 1.444 },
  { officialName: 'Nantes Métropole', shortName: 'Nantes', region: 'Pays de la Loire', seatCity: 'Nantes', latitude: 47.218, longitude: -1.554 },
  { officialName: "Métropole Nice Côte d'Azur", shortName: "Nice Côte d'Azur", region: "Provence-Alpes-Côte d'Azur", seatCity: 'Nice', latitude: 43.71, longitude: 7.262 },
  { officialName: 'Eurométropole de Strasbourg', shortName: 'Strasbourg', region: 'Grand Est', seatCity: 'Strasbourg', latitude: 48.573, longitude: 7.752 },
  { officialName: 'Montpellier Méditerranée Métropole', shortName: 'Montpellier', region: 'Occitanie', seatCity: 'Montpellier', latitude: 43.611, longitude: 3.877 },
  { officialName: 'Rennes Métropole', shortName: 'Rennes', region: 'Bretagne', seatCity: 'Rennes', latitude: 48.117, longitude: -1.678 },
  { officialName: 'Grenoble-Alpes Métropole', shortName: 'Grenoble', region: 'Auvergne-Rhône-Alpes', seatCity: 'Grenoble', latitude: 45.189, longitude: 5.724 },
  { officialName: 'Métropole Rouen Normandie', shortName: 'Rouen', region: 'Normandie', seatCity: 'Rouen', latitude: 49.443, longitude: 1.1 },
  { officialName: 'Métropole Toulon Provence Méditerranée', shortName: 'Toulon', region: "Provence-Alpes-Côte d'Azur", seatCity: 'Toulon', latitude: 43.124, longitude: 5.928 },
  { officialName: 'Tours Métropole Val de Loire', shortName: 'Tours', region: 'Centre-Val de Loire', seatCity: 'Tours', latitude: 47.394, longitude: 0.685 },
  { officialName: 'Métropole du Grand Nancy', shortName: 'Grand Nancy', region: 'Grand Est', seatCity: 'Nancy', latitude: 48.692, longitude: 6.184 },
  { officialName: 'Metz Métropole', shortName: 'Metz', region: 'Grand Est', seatCity: 'Metz', latitude: 49.119, longitude: 6.176 },
  { officialName: 'Orléans Métropole', shortName: 'Orléans', region: 'Centre-Val de Loire', seatCity: 'Orléans', latitude: 47.903, longitude: 1.909 },
  { officialName: 'Clermont Auvergne Métropole', shortName: 'Clermont Auvergne', region: 'Auvergne-Rhône-Alpes', seatCity: 'Clermont-Ferrand', latitude: 45.777, longitude: 3.087 },
  { officialName: 'Dijon Métropole', shortName: 'Dijon', region: 'Bourgogne-Franche-Comté', seatCity: 'Dijon', latitude: 47.322, longitude: 5.041 },
  { officialName: 'Brest Métropole', shortName: 'Brest', region: 'Bretagne', seatCity: 'Brest', latitude: 48.39, longitude: -4.486 },
  { officialName: 'Saint-Étienne Métropole', shortName: 'Saint-Étienne', region: 'Auvergne-Rhône-Alpes', seatCity: 'Saint-Étienne', latitude: 45.44, longitude: 4.387 },
];

/** Slugs of the métropoles the seeded content talks about. */
export const MEL_SLUG = slugify('Métropole européenne de Lille');
export const NANTES_SLUG = slugify('Nantes Métropole');
export const CLERMONT_SLUG = slugify('Clermont Auvergne Métropole');

/** One row of @etalab/decoupage-administratif's data/epci.json (the fields the seed reads). */
export interface EpciRow {
  code: string;
  nom: string;
  type: string;
  populationTotale: number;
  membres: readonly unknown[];
}

const EPCI_PACKAGE = '@etalab/decoupage-administratif';
/** The vintage below (millésime 2026) is the one of this package version. */
const EPCI_PACKAGE_VERSION = '6.0.0';
export const METROPOLIS_EPCI_TYPES: readonly string[] = ['METRO', 'MET69'];

/** Source row every métropole's population and commune count point to. */
export const IDENTITY_SOURCE = {
  publisher: 'INSEE',
  title: 'Populations légales, millésime 2026',
  publishedOn: null,
  url: 'https://github.com/etalab/decoupage-administratif',
  note:
    `Population totale (INSEE, populations légales, millésime 2026) et communes membres des EPCI (DGCL), ` +
    `lues dans le paquet npm ${EPCI_PACKAGE} ${EPCI_PACKAGE_VERSION} (licence MIT). ` +
    'Le nombre de communes est le nombre de membres de la métropole.',
} as const;

export interface MetropolisSeed extends MetropolisDefinition {
  slug: string;
  sirenCode: string;
  population: number;
  communeCount: number;
}

/** Key used to match a definition with a package row ("Grenoble-Alpes-Métropole" = "Grenoble-Alpes Métropole"). */
function normaliseName(name: string): string {
  return slugify(name);
}

/**
 * Joins the 22 definitions with the package's métropole rows. Throws when a
 * definition matches no row, when a row is left over, or when a figure is missing:
 * the seed stops rather than store an identity it cannot source.
 */
export function buildMetropolisSeeds(
  rows: readonly EpciRow[],
  definitions: readonly MetropolisDefinition[] = METROPOLIS_DEFINITIONS,
): MetropolisSeed[] {
  const metropolisRows = rows.filter((row) => METROPOLIS_EPCI_TYPES.includes(row.type));
  const byName = new Map(metropolisRows.map((row) => [normaliseName(row.nom), row]));
  const used = new Set<EpciRow>();
  const seeds = definitions.map((definition) => {
    const row = byName.get(normaliseName(definition.officialName));
    if (!row) throw new Error(`Métropole introuvable dans ${EPCI_PACKAGE} : ${definition.officialName}`);
    if (!/^\d{9}$/.test(row.code)) throw new Error(`SIREN invalide pour ${definition.officialName} : ${row.code}`);
    if (!Number.isInteger(row.populationTotale) || row.populationTotale <= 0) {
      throw new Error(`Population manquante pour ${definition.officialName}`);
    }
    if (!Array.isArray(row.membres) || row.membres.length === 0) {
      throw new Error(`Communes membres manquantes pour ${definition.officialName}`);
    }
    used.add(row);
    return {
      ...definition,
      slug: slugify(definition.officialName),
      sirenCode: row.code,
      population: row.populationTotale,
      communeCount: row.membres.length,
    };
  });
  const leftOver = metropolisRows.filter((row) => !used.has(row));
  if (leftOver.length > 0) {
    throw new Error(`Métropoles du paquet sans définition : ${leftOver.map((row) => row.nom).join(', ')}`);
  }
  return seeds;
}

/** Reads the EPCI rows shipped by the installed package (checks its version matches the vintage above). */
export function loadEpciRows(): EpciRow[] {
  const require = createRequire(import.meta.url);
  const packageJson = JSON.parse(readFileSync(require.resolve(`${EPCI_PACKAGE}/package.json`), 'utf8')) as { version: string };
  if (packageJson.version !== EPCI_PACKAGE_VERSION) {
    throw new Error(
      `${EPCI_PACKAGE} ${packageJson.version} installé, ${EPCI_PACKAGE_VERSION} attendu : ` +
        'mettez à jour le millésime et la version dans lib/seed/metropolises.ts.',
    );
  }
  return JSON.parse(readFileSync(require.resolve(`${EPCI_PACKAGE}/data/epci.json`), 'utf8')) as EpciRow[];
}
