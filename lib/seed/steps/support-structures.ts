import type { Prisma } from '../../generated/prisma/client';
import { SUPPORT_STRUCTURES } from '../content';
import { existingSlugs, lookup, PUBLISHED, type IdMap, type SeedContext } from '../context';
import type { SeededMetropolises } from './metropolises';
import type { SeededSources } from './sources';

export interface SeededSupportStructures {
  structureIds: IdMap;
}

type SeedSupportStructuresOptions = SeedContext & Pick<SeededMetropolises, 'metropolisIds'> & Pick<SeededSources, 'articleSourceId'>;

/** Support structures and the métropoles they serve (links only for structures created now). */
export async function seedSupportStructures({ tx, tally, metropolisIds, articleSourceId }: SeedSupportStructuresOptions): Promise<SeededSupportStructures> {
  const structureIds = new Map<string, string>();
  const existingStructures = await existingSlugs(
    tx.supportStructure.findMany({ where: { slug: { in: SUPPORT_STRUCTURES.map((s) => s.slug) } }, select: { slug: true } }),
  );
  const links: Prisma.SupportStructureMetropolisCreateManyInput[] = [];
  for (const { metropolises, ...structure } of SUPPORT_STRUCTURES) {
    const isNew = tally.add('supportStructures', existingStructures.has(structure.slug));
    const row = await tx.supportStructure.upsert({
      where: { slug: structure.slug },
      update: {},
      create: { ...structure, website: null, sourceId: articleSourceId, ...PUBLISHED },
      select: { id: true },
    });
    structureIds.set(structure.slug, row.id);
    for (const link of metropolises) {
      tally.add('supportStructureLinks', !isNew);
      if (isNew) {
        links.push({
          supportStructureId: row.id,
          metropolisId: lookup(metropolisIds, link.metropolisSlug, 'métropole'),
          partnershipStartYear: link.partnershipStartYear,
        });
      }
    }
  }
  if (links.length > 0) await tx.supportStructureMetropolis.createMany({ data: links, skipDuplicates: true });
  return { structureIds };
}
