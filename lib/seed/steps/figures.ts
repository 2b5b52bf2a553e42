import { FIGURES } from '../content';
import { lookup, PUBLISHED, type SeedContext } from '../context';
import type { SeededFundingProgrammes } from './funding-programmes';
import type { SeededMetropolises } from './metropolises';
import type { SeededSources } from './sources';
import type { SeededSupportStructures } from './support-structures';

type SeedFiguresOptions = SeedContext &
  Pick<SeededSources, 'articleSourceId'> &
  Pick<SeededMetropolises, 'metropolisIds'> &
  SeededFundingProgrammes &
  SeededSupportStructures;

/** Figures, upserted by their fixed ids; every one cites the Avise article. */
export async function seedFigures({ tx, tally, articleSourceId, metropolisIds, fundingIds, structureIds }: SeedFiguresOptions): Promise<void> {
  const existingFigures = new Set(
    (await tx.figure.findMany({ where: { id: { in: FIGURES.map((f) => f.id) } }, select: { id: true } })).map((row) => row.id),
  );
  for (const { metropolisSlug, fundingProgrammeSlug, supportStructureSlug, ...figure } of FIGURES) {
    tally.add('figures', existingFigures.has(figure.id));
    await tx.figure.upsert({
      where: { id: figure.id },
      update: {},
      create: {
        ...figure,
        sourceId: articleSourceId,
        metropolisId: metropolisSlug ? lookup(metropolisIds, metropolisSlug, 'métropole') : null,
        fundingProgrammeId: fundingProgrammeSlug ? lookup(fundingIds, fundingProgrammeSlug, 'programme de financement') : null,
        supportStructureId: supportStructureSlug ? lookup(structureIds, supportStructureSlug, 'structure') : null,
        ...PUBLISHED,
      },
      select: { id: true },
    });
  }
}
