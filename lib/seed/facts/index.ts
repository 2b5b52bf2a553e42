// What the portal says about each métropole from the sourced facts, one file per
// métropole under ./metropolises (named after the métropole's slug).
import { bordeaux } from './metropolises/bordeaux-metropole';
import { brest } from './metropolises/brest-metropole';
import { clermont } from './metropolises/clermont-auvergne-metropole';
import { dijon } from './metropolises/dijon-metropole';
import { strasbourg } from './metropolises/eurometropole-de-strasbourg';
import { grenoble } from './metropolises/grenoble-alpes-metropole';
import { aixMarseille } from './metropolises/metropole-d-aix-marseille-provence';
import { lyon } from './metropolises/metropole-de-lyon';
import { grandNancy } from './metropolises/metropole-du-grand-nancy';
import { grandParis } from './metropolises/metropole-du-grand-paris';
import { lille } from './metropolises/metropole-europeenne-de-lille';
import { nice } from './metropolises/metropole-nice-cote-d-azur';
import { rouen } from './metropolises/metropole-rouen-normandie';
import { toulon } from './metropolises/metropole-toulon-provence-mediterranee';
import { metz } from './metropolises/metz-metropole';
import { montpellier } from './metropolises/montpellier-mediterranee-metropole';
import { nantes } from './metropolises/nantes-metropole';
import { orleans } from './metropolises/orleans-metropole';
import { rennes } from './metropolises/rennes-metropole';
import { saintEtienne } from './metropolises/saint-etienne-metropole';
import { toulouse } from './metropolises/toulouse-metropole';
import { tours } from './metropolises/tours-metropole-val-de-loire';
import type { MetropolisFacts } from './types';

/** The 22 métropoles, by name of their file's export. */
export const METROPOLIS_FACTS: readonly MetropolisFacts[] = [
  aixMarseille,
  bordeaux,
  brest,
  clermont,
  dijon,
  grandNancy,
  grandParis,
  grenoble,
  lille,
  lyon,
  metz,
  montpellier,
  nantes,
  nice,
  orleans,
  rennes,
  rouen,
  saintEtienne,
  strasbourg,
  toulon,
  toulouse,
  tours,
];

export function factsOfMetropolis(slug: string): MetropolisFacts | undefined {
  return METROPOLIS_FACTS.find((content) => content.metropolisSlug === slug);
}
