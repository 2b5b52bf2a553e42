// What the portal says about each métropole from the sourced facts, one file per
// métropole under ./metropolises (named after the métropole's slug).
import { grenoble } from './metropolises/grenoble-alpes-metropole';
import { rouen } from './metropolises/metropole-rouen-normandie';
import type { MetropolisFacts } from './types';

export const METROPOLIS_FACTS: readonly MetropolisFacts[] = [grenoble, rouen];

export function factsOfMetropolis(slug: string): MetropolisFacts | undefined {
  return METROPOLIS_FACTS.find((content) => content.metropolisSlug === slug);
}
