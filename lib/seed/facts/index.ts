// What the portal says about each métropole from the sourced facts, one file per
// métropole under ./metropolises (named after the métropole's slug).
import { grenoble } from './metropolises/grenoble-alpes-metropole';
import { nice } from './metropolises/metropole-nice-cote-d-azur';
import { rouen } from './metropolises/metropole-rouen-normandie';
import { tours } from './metropolises/tours-metropole-val-de-loire';
import type { MetropolisFacts } from './types';

export const METROPOLIS_FACTS: readonly MetropolisFacts[] = [grenoble, nice, rouen, tours];

export function factsOfMetropolis(slug: string): MetropolisFacts | undefined {
  return METROPOLIS_FACTS.find((content) => content.metropolisSlug === slug);
}
