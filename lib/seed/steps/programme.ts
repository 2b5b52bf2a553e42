import { PROGRAMME, STUDY } from '../content';
import { connectIds, lookup, PUBLISHED, type SeedContext } from '../context';
import type { SeededTaxonomies } from './taxonomies';

export interface SeededProgramme {
  programmeId: string;
  publicationId: string;
}

type SeedProgrammeOptions = SeedContext & Pick<SeededTaxonomies, 'organisationIds'>;

/** The programme and the study it published. */
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

  const studyExists = (await tx.publication.findUnique({ where: { slug: STUDY.slug }, select: { id: true } })) !== null;
  tally.add('publications', studyExists);
  const { publisherSlugs, ...study } = STUDY;
  const publicationId = (
    await tx.publication.upsert({
      where: { slug: STUDY.slug },
      update: {},
      create: {
        ...study,
        publishedOn: null,
        url: null,
        programme: { connect: { id: programmeId } },
        publishers: connectIds(publisherSlugs.map((slug) => lookup(organisationIds, slug, 'organisation'))),
        ...PUBLISHED,
      },
      select: { id: true },
    })
  ).id;

  return { programmeId, publicationId };
}
