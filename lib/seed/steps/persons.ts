import { PERSONS } from '../content';
import { existingSlugs, lookup, PUBLISHED, type IdMap, type SeedContext } from '../context';
import type { SeededMetropolises } from './metropolises';
import type { SeededSources } from './sources';

export interface SeededPersons {
  personIds: IdMap;
}

type SeedPersonsOptions = SeedContext & Pick<SeededMetropolises, 'metropolisIds'> & Pick<SeededSources, 'articleSourceId'>;

/** People of the Avise article (the métropoles' officials are set by the facts step). */
export async function seedPersons({ tx, tally, metropolisIds, articleSourceId }: SeedPersonsOptions): Promise<SeededPersons> {
  const personIds = new Map<string, string>();
  const existingPersons = await existingSlugs(tx.person.findMany({ where: { slug: { in: PERSONS.map((p) => p.slug) } }, select: { slug: true } }));
  for (const person of PERSONS) {
    tally.add('persons', existingPersons.has(person.slug));
    const row = await tx.person.upsert({
      where: { slug: person.slug },
      update: {},
      create: {
        slug: person.slug,
        fullName: person.fullName,
        role: person.role,
        roleYear: person.roleYear,
        roleSourceId: articleSourceId,
        metropolisId: person.metropolisSlug ? lookup(metropolisIds, person.metropolisSlug, 'métropole') : null,
        ...PUBLISHED,
      },
      select: { id: true },
    });
    personIds.set(person.slug, row.id);
  }
  return { personIds };
}
