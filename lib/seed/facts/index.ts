// What the portal says about each métropole from the sourced facts, one file per
// métropole under ./metropolises (named after the métropole's slug).
import { bordeaux } from './metropolises/bordeaux-metropole';
import { grenoble } from './metropolises/grenoble-alpes-metropole';
import { aixMarseille } from './metropolises/metropole-d-aix-marseille-provence';
import { lyon } from './metropolises/metropole-de-lyon';
import { grandParis } from './metropolises/metropole-du-grand-paris';
import { lille } from './metropolises/metropole-europeenne-de-lille';
import { rouen } from './metropolises/metropole-rouen-normandie';
import { metz } from './metropolises/metz-metropole';
import type { MetropolisFacts } from './types';

export const METROPOLIS_FACTS: readonly MetropolisFacts[] = [aixMarseille, bordeaux, grandParis, grenoble, lille, lyon, metz, rouen];

export function factsOfMetropolis(slug: string): MetropolisFacts | undefined {
  return METROPOLIS_FACTS.find((content) => content.metropolisSlug === slug);
}
