import { AVISE_ARTICLE_SOURCE, type SourceSeed } from '../content';
import { PUBLISHED, type SeedContext } from '../context';
import { IDENTITY_SOURCE } from '../metropolises';

export interface SeededSources {
  identitySourceId: string;
  articleSourceId: string;
}

export async function seedSources({ tx, tally }: SeedContext): Promise<SeededSources> {
  const identitySourceId = await seedSource({ tx, tally }, IDENTITY_SOURCE);
  const articleSourceId = await seedSource({ tx, tally }, AVISE_ARTICLE_SOURCE);
  return { identitySourceId, articleSourceId };
}

async function seedSource({ tx, tally }: SeedContext, source: SourceSeed): Promise<string> {
  const where = { publisher: source.publisher, title: source.title };
  const existing = await tx.source.findUnique({ where: { publisher_title: where }, select: { id: true } });
  tally.add('sources', existing !== null);
  const row = await tx.source.upsert({
    where: { publisher_title: where },
    update: {},
    create: { ...source, ...PUBLISHED },
    select: { id: true },
  });
  return row.id;
}
