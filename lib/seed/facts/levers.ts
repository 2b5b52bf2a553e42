import { ACTION_LEVERS } from '../content';

export type LeverName = (typeof ACTION_LEVERS)[number]['name'];

/** Slug of a seeded action lever, by its name (a typo fails at load time). */
export function lever(name: string): string {
  const found = ACTION_LEVERS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`Levier inconnu : ${name}`);
  return found.slug;
}
