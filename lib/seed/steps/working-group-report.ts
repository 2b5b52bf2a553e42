import { WORKING_GROUP_REPORTS, type WorkingGroupReportSeed } from '../content';
import { connectIds, lookup, PUBLISHED, type SeedContext } from '../context';
import type { SeededMetropolises } from './metropolises';
import type { SeededPersons } from './persons';
import type { SeededProgramme } from './programme';
import type { SeededSupportStructures } from './support-structures';
import type { SeededTaxonomies } from './taxonomies';

type SeedWorkingGroupReportOptions = SeedContext &
  SeededProgramme &
  Pick<SeededTaxonomies, 'organisationIds' | 'themeIds'> &
  Pick<SeededMetropolises, 'metropolisIds'> &
  SeededPersons &
  SeededSupportStructures;

/** The working-group reports, their participants and their focus presentations. */
export async function seedWorkingGroupReports(options: SeedWorkingGroupReportOptions): Promise<void> {
  for (const report of WORKING_GROUP_REPORTS) await seedWorkingGroupReport(options, report);
}

async function seedWorkingGroupReport(
  { tx, tally, programmeId, publicationIds, organisationIds, themeIds, metropolisIds, personIds, structureIds }: SeedWorkingGroupReportOptions,
  seed: WorkingGroupReportSeed,
): Promise<void> {
  const { organiserSlugs, themeSlugs, participantSlugs, focusPresentations, publicationSlug, citedStructureSlugs, ...report } = seed;
  const existingReport = await tx.workingGroupReport.findUnique({ where: { slug: report.slug }, select: { id: true } });
  const reportIsNew = tally.add('workingGroupReports', existingReport !== null);
  const reportId = (
    await tx.workingGroupReport.upsert({
      where: { slug: report.slug },
      update: {},
      create: {
        ...report,
        programme: { connect: { id: programmeId } },
        ...(publicationSlug ? { publication: { connect: { id: lookup(publicationIds, publicationSlug, 'publication') } } } : {}),
        organisers: connectIds(organiserSlugs.map((slug) => lookup(organisationIds, slug, 'organisation'))),
        themes: connectIds(themeSlugs.map((slug) => lookup(themeIds, slug, 'thème'))),
        citedStructures: connectIds(citedStructureSlugs.map((slug) => lookup(structureIds, slug, 'structure'))),
        ...PUBLISHED,
      },
      select: { id: true },
    })
  ).id;
  for (let index = 0; index < participantSlugs.length; index += 1) tally.add('workingGroupParticipations', !reportIsNew);
  if (reportIsNew) {
    await tx.workingGroupParticipation.createMany({
      data: participantSlugs.map((slug) => ({ reportId, metropolisId: lookup(metropolisIds, slug, 'métropole') })),
      skipDuplicates: true,
    });
  }

  const existingFocus = new Set(
    (await tx.focusPresentation.findMany({ where: { reportId }, select: { metropolisId: true } })).map((row) => row.metropolisId),
  );
  for (const { metropolisSlug, speakerSlug, ...focus } of focusPresentations) {
    const metropolisId = lookup(metropolisIds, metropolisSlug, 'métropole');
    tally.add('focusPresentations', existingFocus.has(metropolisId));
    await tx.focusPresentation.upsert({
      where: { reportId_metropolisId: { reportId, metropolisId } },
      update: {},
      create: { ...focus, reportId, metropolisId, speakerId: lookup(personIds, speakerSlug, 'personne') },
      select: { id: true },
    });
  }
}
