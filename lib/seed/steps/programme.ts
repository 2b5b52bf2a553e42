import { PROGRAMME, PUBLICATIONS } from '../content';
import { connectIds, existingSlugs, lookup, PUBLISHED, type IdMap, type SeedContext } from '../context';
import type { SeededTaxonomies } from './taxonomies';

export interface SeededProgramme {
  programmeId: string;
  publicationIds: IdMap;
}

type SeedProgrammeOptions = SeedContext & Pick<SeededTaxonomies, 'organisationIds'>;

/** The programme and the studies it published. */
export async function seedProgramme({ tx, tally, organisationIds }: SeedProgrammeOptions): Promise<SeededProgramme> {
  const programmeExists = (await tx.programme.findUnique({ where: { slug: PROGRAMME.slug }, select: { id: true } })) !== null;
  tally.add('programmes', programmeExists);
  const { organiserSlugs: programmeOrganisers, ...programme } = PROGRAMME;
  const programmeId = (
    await tx.programme.upsert({
      where: { slug: PROGRAMME.slug },
      update: {},
      create: {
        ...programme,
        organisers: connectIds(programmeOrganisers.map((slug) => lookup(organisationIds, slug, 'organisation'))),
        ...PUBLISHED,
      },
      select: { id: true },
    })
  ).id;

  const publicationIds = new Map<string, string>();
  const existingPublications = await existingSlugs(
    tx.publication.findMany({ where: { slug: { in: PUBLICATIONS.map((p) => p.slug) } }, select: { slug: true } }),
  );
  for (const { publisherSlugs, ...study } of PUBLICATIONS) {
    tally.add('publications', existingPublications.has(study.slug));
    const row = await tx.publication.upsert({
      where: { slug: study.slug },
      update: {},
      create: {
        ...study,
        url: null,
        programme: { connect: { id: programmeId } },
        publishers: connectIds(publisherSlugs.map((slug) => lookup(organisationIds, slug, 'organisation'))),
        ...PUBLISHED,
      },
      select: { id: true },
    });
    publicationIds.set(study.slug, row.id);
  }

  return { programmeId, publicationIds };
}
