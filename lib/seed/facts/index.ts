// What the portal says about each métropole from the sourced facts, one file per
// métropole under ./metropolises (named after the métropole's slug).
import { strasbourg } from './metropolises/eurometropole-de-strasbourg';
import { grenoble } from './metropolises/grenoble-alpes-metropole';
import { grandNancy } from './metropolises/metropole-du-grand-nancy';
import { rouen } from './metropolises/metropole-rouen-normandie';
import { toulon } from './metropolises/metropole-toulon-provence-mediterranee';
import { montpellier } from './metropolises/montpellier-mediterranee-metropole';
import { nantes } from './metropolises/nantes-metropole';
import { toulouse } from './metropolises/toulouse-metropole';
import type { MetropolisFacts } from './types';

export const METROPOLIS_FACTS: readonly MetropolisFacts[] = [grandNancy, grenoble, montpellier, nantes, rouen, strasbourg, toulon, toulouse];

export function factsOfMetropolis(slug: string): MetropolisFacts | undefined {
  return METROPOLIS_FACTS.find((content) => content.metropolisSlug === slug);
}
