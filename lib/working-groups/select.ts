import type { Prisma } from '@/lib/generated/prisma/client';
import type { StudyStatus } from '@/lib/generated/prisma/enums';
import { isPublished, publicationStateSelect, publishedWhere } from '@/lib/publication';

const byName = new Intl.Collator('fr', { sensitivity: 'base' });

export const newestFirst: Prisma.WorkingGroupReportOrderByWithRelationInput[] = [
  { firstPublishedOn: 'desc' },
  { meetingDate: 'desc' },
];

/** A report's themes: published ones, by name. */
export const themesInclude = {
  where: publishedWhere,
  orderBy: { name: 'asc' },
  select: { slug: true, name: true },
} satisfies Prisma.ThemeFindManyArgs;

export interface WorkingGroupListItem {
  slug: string;
  title: string;
  sequenceNumber: number;
  meetingDate: Date;
  participantCount: number;
  summary: string;
  firstPublishedOn: Date;
  themes: Array<{ slug: string; name: string }>;
}

export const listSelect = {
  slug: true,
  title: true,
  sequenceNumber: true,
  meetingDate: true,
  participantCount: true,
  summary: true,
  firstPublishedOn: true,
  themes: themesInclude,
} satisfies Prisma.WorkingGroupReportSelect;

export interface CitedStructure {
  slug: string;
  name: string;
}

interface MetropolisLink {
  slug: string;
  shortName: string;
  officialName: string;
}

export interface WorkingGroupDetail {
  slug: string;
  title: string;
  sequenceNumber: number;
  meetingDate: Date;
  /** Attending métropoles, including those not named below. */
  participantCount: number;
  participants: MetropolisLink[];
  summary: string;
  body: string;
  firstPublishedOn: Date;
  lastUpdatedOn: Date | null;
  organisers: Array<{ slug: string; name: string; acronym: string | null; website: string | null }>;
  themes: Array<{ slug: string; name: string }>;
  focusPresentations: Array<{
    id: string;
    metropolis: MetropolisLink;
    speaker: { slug: string; fullName: string; role: string | null; organisationName: string | null } | null;
    topic: string;
    body: string;
    /** Cited structures that serve the focus's métropole. */
    structures: CitedStructure[];
  }>;
  /** Cited structures that serve none of the focus métropoles. */
  otherCitedStructures: CitedStructure[];
  programme: {
    name: string;
    description: string | null;
    startYear: number | null;
    endYear: number | null;
    axes: string[];
  } | null;
  publication: {
    title: string;
    summary: string | null;
    studyStatus: StudyStatus;
    expectedYear: number | null;
    expectedMonth: number | null;
    publishedOn: Date | null;
    url: string | null;
  } | null;
}

/** A métropole as a link; a report shows published ones only (participants and focus alike). */
export const metropolisLinkSelect = { slug: true, shortName: true, officialName: true } satisfies Prisma.MetropolisSelect;

/** A report's organisers: published ones, by name. */
export const organisersInclude = {
  where: publishedWhere,
  orderBy: { name: 'asc' },
  select: { slug: true, name: true, acronym: true, website: true },
} satisfies Prisma.OrganisationFindManyArgs;

/** To-one relations (speaker, programme, publication): checked for publication after reading (toWorkingGroupDetail). */
export const focusSpeakerSelect = {
  slug: true,
  fullName: true,
  role: true,
  ...publicationStateSelect,
  organisation: { select: { name: true, ...publicationStateSelect } },
} satisfies Prisma.PersonSelect;

/** Cited structures: published ones, by name, with the published métropoles they serve (to place them under a focus). */
export const citedStructuresInclude = {
  where: publishedWhere,
  orderBy: { name: 'asc' },
  select: {
    slug: true,
    name: true,
    metropolises: { where: { metropolis: publishedWhere }, select: { metropolis: { select: { slug: true } } } },
  },
} satisfies Prisma.SupportStructureFindManyArgs;

export const reportProgrammeSelect = {
  name: true,
  description: true,
  startYear: true,
  endYear: true,
  axes: true,
  ...publicationStateSelect,
} satisfies Prisma.ProgrammeSelect;

export const reportPublicationSelect = {
  title: true,
  summary: true,
  studyStatus: true,
  expectedYear: true,
  expectedMonth: true,
  publishedOn: true,
  url: true,
  ...publicationStateSelect,
} satisfies Prisma.PublicationSelect;

/**
 * What the public page reads. Every related row is named by the report's own
 * values, so the draft preview looks them up from its values with the selects
 * above instead of reading stored relations.
 */
export const workingGroupDetailSelect = {
  ...listSelect,
  body: true,
  lastUpdatedOn: true,
  participants: {
    where: { metropolis: publishedWhere },
    select: { metropolis: { select: metropolisLinkSelect } },
  },
  organisers: organisersInclude,
  citedStructures: citedStructuresInclude,
  focusPresentations: {
    // The presentation is about a métropole: it is shown only with that métropole.
    where: { metropolis: publishedWhere },
    orderBy: { position: 'asc' },
    select: {
      id: true,
      topic: true,
      body: true,
      metropolis: { select: metropolisLinkSelect },
      speaker: { select: focusSpeakerSelect },
    },
  },
  programme: { select: reportProgrammeSelect },
  publication: { select: reportPublicationSelect },
} satisfies Prisma.WorkingGroupReportSelect;

/** The report's own values and the rows they point to. */
export type WorkingGroupDetailRow = Prisma.WorkingGroupReportGetPayload<{ select: typeof workingGroupDetailSelect }>;

/** Pure. */
export function toWorkingGroupDetail(row: WorkingGroupDetailRow): WorkingGroupDetail {
  const { programme, publication } = row;
  const focusSlugs = new Set(row.focusPresentations.map((focus) => focus.metropolis.slug));
  const servedSlugs = (structure: WorkingGroupDetailRow['citedStructures'][number]) => structure.metropolises.map((link) => link.metropolis.slug);
  const toCited = (structure: WorkingGroupDetailRow['citedStructures'][number]): CitedStructure => ({ slug: structure.slug, name: structure.name });

  return {
    slug: row.slug,
    title: row.title,
    sequenceNumber: row.sequenceNumber,
    meetingDate: row.meetingDate,
    participantCount: row.participantCount,
    participants: row.participants
      .map((participation) => participation.metropolis)
      .sort((a, b) => byName.compare(a.officialName, b.officialName)),
    summary: row.summary,
    body: row.body,
    firstPublishedOn: row.firstPublishedOn,
    lastUpdatedOn: row.lastUpdatedOn,
    organisers: row.organisers,
    themes: row.themes,
    focusPresentations: row.focusPresentations.map((focus) => ({
      id: focus.id,
      metropolis: focus.metropolis,
      topic: focus.topic,
      body: focus.body,
      structures: row.citedStructures.filter((structure) => servedSlugs(structure).includes(focus.metropolis.slug)).map(toCited),
      speaker:
        focus.speaker && isPublished(focus.speaker)
          ? {
              slug: focus.speaker.slug,
              fullName: focus.speaker.fullName,
              role: focus.speaker.role,
              organisationName: isPublished(focus.speaker.organisation)
                ? (focus.speaker.organisation?.name ?? null)
                : null,
            }
          : null,
    })),
    otherCitedStructures: row.citedStructures.filter((structure) => !servedSlugs(structure).some((slug) => focusSlugs.has(slug))).map(toCited),
    programme:
      programme && isPublished(programme)
        ? {
            name: programme.name,
            description: programme.description,
            startYear: programme.startYear,
            endYear: programme.endYear,
            axes: programme.axes,
          }
        : null,
    publication:
      publication && isPublished(publication)
        ? {
            title: publication.title,
            summary: publication.summary,
            studyStatus: publication.studyStatus,
            expectedYear: publication.expectedYear,
            expectedMonth: publication.expectedMonth,
            publishedOn: publication.publishedOn,
            url: publication.url,
          }
        : null,
  };
}
