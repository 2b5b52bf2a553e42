import type { Prisma } from '@/lib/generated/prisma/client';
import { isPublished, publicationStateSelect, publishedWhere } from '@/lib/publication';
import { sourceSelect, toSourceRef, type SourceRef } from '@/lib/sources/select';

interface MetropolisLink {
  slug: string;
  officialName: string;
}

export interface PersonPresentation {
  reportSlug: string;
  reportTitle: string;
  sequenceNumber: number;
  meetingDate: Date;
  topic: string;
  metropolis: MetropolisLink;
}

export interface PersonDetail {
  slug: string;
  fullName: string;
  /** As the source states it, for `roleYear`: never presented as current. */
  role: string | null;
  roleYear: number | null;
  roleSource: SourceRef | null;
  organisationName: string | null;
  metropolis: MetropolisLink | null;
  /** Métropoles whose ESS official the portal records this person to be. */
  essOfficialOf: MetropolisLink[];
  /** Focus presentations in published recaps, most recent meeting first. */
  presentations: PersonPresentation[];
  /** Last publication of the entry (the citation's date). */
  publishedAt: Date | null;
}

const metropolisLinkSelect = { slug: true, officialName: true, ...publicationStateSelect } satisfies Prisma.MetropolisSelect;

/**
 * The published rows a person's page lists that the person's own values do not
 * name, read from the stored person. The draft preview reads them too.
 */
export const personRelationsSelect = {
  publishedAt: true,
  essOfficialOf: { where: publishedWhere, orderBy: { officialName: 'asc' }, select: { slug: true, officialName: true } },
  focusPresentations: {
    // A presentation is shown with its published recap and its published métropole, as on the recap.
    where: { report: publishedWhere, metropolis: publishedWhere },
    orderBy: [{ report: { meetingDate: 'desc' } }, { position: 'asc' }],
    select: {
      topic: true,
      metropolis: { select: { slug: true, officialName: true } },
      report: { select: { slug: true, title: true, sequenceNumber: true, meetingDate: true } },
    },
  },
} satisfies Prisma.PersonSelect;

/** To-one relations (organisation, métropole, role source): checked for publication after reading. */
export const personOrganisationSelect = { name: true, ...publicationStateSelect } satisfies Prisma.OrganisationSelect;
export const personMetropolisSelect = metropolisLinkSelect;

export const personDetailSelect = {
  slug: true,
  fullName: true,
  role: true,
  roleYear: true,
  roleSource: { select: sourceSelect },
  organisation: { select: personOrganisationSelect },
  metropolis: { select: personMetropolisSelect },
  ...personRelationsSelect,
} satisfies Prisma.PersonSelect;

export type PersonDetailRow = Prisma.PersonGetPayload<{ select: typeof personDetailSelect }>;

/** Pure. */
export function toPersonDetail(row: PersonDetailRow): PersonDetail {
  return {
    slug: row.slug,
    fullName: row.fullName,
    role: row.role,
    roleYear: row.roleYear,
    roleSource: toSourceRef(row.roleSource),
    organisationName: isPublished(row.organisation) ? (row.organisation?.name ?? null) : null,
    metropolis: row.metropolis && isPublished(row.metropolis) ? { slug: row.metropolis.slug, officialName: row.metropolis.officialName } : null,
    essOfficialOf: row.essOfficialOf,
    presentations: row.focusPresentations.map((focus) => ({
      reportSlug: focus.report.slug,
      reportTitle: focus.report.title,
      sequenceNumber: focus.report.sequenceNumber,
      meetingDate: focus.report.meetingDate,
      topic: focus.topic,
      metropolis: focus.metropolis,
    })),
    publishedAt: row.publishedAt,
  };
}
