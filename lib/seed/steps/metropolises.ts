import { PUBLISHED, type IdMap, type SeedContext } from '../context';
import type { MetropolisSeed } from '../metropolises';
import type { SeededSources } from './sources';

export interface SeededMetropolises {
  metropolisIds: IdMap;
  /** Slugs of the métropoles this run created (the only ones whose relations it sets). */
  createdMetropolises: ReadonlySet<string>;
}

interface SeedMetropolisesOptions extends SeedContext, Pick<SeededSources, 'identitySourceId'> {
  metropolisSeeds: readonly MetropolisSeed[];
}

// Métropoles, keyed by SIREN (stable even if an editor renames the slug). Ids are
// mapped by the seed's own slug, so the later steps find them either way.
export async function seedMetropolises({ tx, tally, identitySourceId, metropolisSeeds }: SeedMetropolisesOptions): Promise<SeededMetropolises> {
  const metropolisIds = new Map<string, string>();
  const createdMetropolises = new Set<string>();
  const existingSirens = new Set(
    (await tx.metropolis.findMany({ where: { sirenCode: { in: metropolisSeeds.map((m) => m.sirenCode) } }, select: { sirenCode: true } })).map(
      (row) => row.sirenCode,
    ),
  );
  for (const metropolis of metropolisSeeds) {
    if (tally.add('metropolises', existingSirens.has(metropolis.sirenCode))) createdMetropolises.add(metropolis.slug);
    const row = await tx.metropolis.upsert({
      where: { sirenCode: metropolis.sirenCode },
      update: {},
      create: {
        slug: metropolis.slug,
        officialName: metropolis.officialName,
        shortName: metropolis.shortName,
        sirenCode: metropolis.sirenCode,
        region: metropolis.region,
        seatCity: metropolis.seatCity,
        creationYear: null,
        latitude: metropolis.latitude,
        longitude: metropolis.longitude,
        population: metropolis.population,
        communeCount: metropolis.communeCount,
        identitySourceId,
        isRtesMember: null,
        website: null,
        policySummary: null,
        ...PUBLISHED,
      },
      select: { id: true },
    });
    metropolisIds.set(metropolis.slug, row.id);
  }
  return { metropolisIds, createdMetropolises };
}
