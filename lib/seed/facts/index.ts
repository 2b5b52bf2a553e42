// What the portal says about each métropole from the sourced facts, one file per
// métropole under ./metropolises (named after the métropole's slug).
import { brest } from './metropolises/brest-metropole';
import { clermont } from './metropolises/clermont-auvergne-metropole';
import { dijon } from './metropolises/dijon-metropole';
import { grenoble } from './metropolises/grenoble-alpes-metropole';
import { nice } from './metropolises/metropole-nice-cote-d-azur';
import { rouen } from './metropolises/metropole-rouen-normandie';
import { orleans } from './metropolises/orleans-metropole';
import { rennes } from './metropolises/rennes-metropole';
import { saintEtienne } from './metropolises/saint-etienne-metropole';
import { tours } from './metropolises/tours-metropole-val-de-loire';
import type { MetropolisFacts } from './types';

export const METROPOLIS_FACTS: readonly MetropolisFacts[] = [brest, clermont, dijon, grenoble, nice, orleans, rennes, rouen, saintEtienne, tours];

export function factsOfMetropolis(slug: string): MetropolisFacts | undefined {
  return METROPOLIS_FACTS.find((content) => content.metropolisSlug === slug);
}
