import type { ProgrammeProjectTotals } from '@/lib/figures/project-totals';
import { publishedFiguresInclude, toFigureViews, type FigureView } from '@/lib/figures/select';
import { publishedProgrammesInclude, toFundingProgrammeView, type FundingProgrammeView } from '@/lib/funding-programmes/select';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SupportStructureKind } from '@/lib/generated/prisma/enums';
import { planFieldsSelect, publishedLeversInclude, type PlanFields } from '@/lib/policy-plans/select';
import { effectivePlanStatus } from '@/lib/policy-plans/status';
import { isPublished, publicationStateSelect, publishedWhere } from '@/lib/publication';
import { sourceSelect, toSourceRef, type SourceRef } from '@/lib/sources/select';
import type { MetropolisCoverage } from './coverage';

export const byName = new Intl.Collator('fr', { sensitivity: 'base' });

export interface MetropolisListItem {
  slug: string;
  officialName: string;
  shortName: string;
  region: string;
  seatCity: string;
  latitude: number;
  longitude: number;
  population: number | null;
  /** Source of the population figure; the figure is not shown without one. */
  identitySource: SourceRef | null;
  isRtesMember: boolean | null;
  /** A policy summary, a published plan or a published funding programme is recorded (documentedPolicyWhere). */
  hasPolicy: boolean;
  /** Only indirect facts are recorded ("éléments de contexte"), which are not a policy. */
  hasContextOnly: boolean;
  /** What the map and the directory's filter show (classifyCoverage). */
  coverage: MetropolisCoverage;
  /** Slugs of the published levers its published plans name, whatever their status. */
  citedLeverSlugs: string[];
}

/**
 * A métropole whose ESS policy the portal documents: a written summary, a
 * published plan or a published funding programme. Context facts (a label, a
 * structure on its territory) and bare territory figures do not count.
 */
export const documentedPolicyWhere = {
  OR: [
    { AND: [{ policySummary: { not: null } }, { policySummary: { not: '' } }] },
    { policyPlans: { some: publishedWhere } },
    { fundingProgrammes: { some: publishedWhere } },
  ],
} satisfies Prisma.MetropolisWhereInput;

export interface MetropolisProfile {
  slug: string;
  officialName: string;
  shortName: string;
  sirenCode: string | null;
  region: string;
  seatCity: string;
  creationYear: number | null;
  population: number | null;
  communeCount: number | null;
  identitySource: SourceRef | null;
  isRtesMember: boolean | null;
  /** The year and source of the membership fact; membership is never shown undated. */
  rtesMembership: { year: number | null; source: SourceRef | null };
  website: string | null;
  policySummary: string | null;
  /** Indirect facts that are not an ESS policy of the métropole. */
  contextSummary: string | null;
  essOfficial: OfficialView | null;
  /** Other people of the métropole whose role a source dates (earlier officials…), most recent first. */
  otherOfficials: OfficialView[];
  policyPlans: Array<PlanFields & { levers: Array<{ slug: string; name: string }> }>;
  fundingProgrammes: FundingProgrammeView[];
  /** Figures about the métropole as a whole (not about one of its plans or programmes). */
  figures: FigureView[];
  supportStructures: Array<{ slug: string; name: string; kind: SupportStructureKind; partnershipStartYear: number | null }>;
  workingGroups: Array<{
    slug: string;
    title: string;
    sequenceNumber: number;
    meetingDate: Date;
    /** Topic of the focus the métropole presented at that meeting, if any. */
    focusTopic: string | null;
  }>;
  /** Last publication of the entry (the citation's date). */
  publishedAt: Date | null;
}

/** A person's role as a source states it, for a given year: never presented as current. */
export interface OfficialView {
  /** Their page (/personnes/<slug>). */
  slug: string;
  fullName: string;
  role: string | null;
  organisationName: string | null;
  roleYear: number | null;
  roleSource: SourceRef | null;
}

const reportSelect = {
  id: true,
  slug: true,
  title: true,
  sequenceNumber: true,
  meetingDate: true,
} satisfies Prisma.WorkingGroupReportSelect;

/** A to-one relation: checked for publication after reading (toMetropolisProfile). */
export const essOfficialSelect = {
  id: true,
  slug: true,
  fullName: true,
  role: true,
  roleYear: true,
  roleSource: { select: sourceSelect },
  ...publicationStateSelect,
  organisation: { select: { name: true, ...publicationStateSelect } },
} satisfies Prisma.PersonSelect;

/**
 * The published rows a profile lists, read from the stored métropole. The draft
 * preview reads them too, so both pages show the same lists.
 */
export const metropolisRelationsSelect = {
  publishedAt: true,
  policyPlans: {
    where: publishedWhere,
    orderBy: [{ startYear: 'desc' }, { title: 'asc' }],
    select: { ...planFieldsSelect, levers: { ...publishedLeversInclude, select: { slug: true, name: true } } },
  },
  fundingProgrammes: publishedProgrammesInclude,
  figures: {
    ...publishedFiguresInclude,
    where: {
      ...publishedFiguresInclude.where,
      policyPlanId: null,
      fundingProgrammeId: null,
      supportStructureId: null,
    },
  },
  supportStructures: {
    where: { supportStructure: publishedWhere },
    select: {
      partnershipStartYear: true,
      supportStructure: { select: { slug: true, name: true, kind: true } },
    },
  },
  reportParticipations: {
    where: { report: publishedWhere },
    select: { report: { select: reportSelect } },
  },
  persons: {
    where: { ...publishedWhere, roleYear: { not: null } },
    orderBy: [{ roleYear: 'desc' }, { fullName: 'asc' }],
    select: essOfficialSelect,
  },
  focusPresentations: {
    where: { report: publishedWhere },
    orderBy: { position: 'asc' },
    select: { topic: true, report: { select: reportSelect } },
  },
} satisfies Prisma.MetropolisSelect;

export const metropolisProfileSelect = {
  slug: true,
  officialName: true,
  shortName: true,
  sirenCode: true,
  region: true,
  seatCity: true,
  creationYear: true,
  population: true,
  communeCount: true,
  identitySource: { select: sourceSelect },
  isRtesMember: true,
  rtesMembershipYear: true,
  rtesMembershipSource: { select: sourceSelect },
  website: true,
  policySummary: true,
  contextSummary: true,
  essOfficial: { select: essOfficialSelect },
  ...metropolisRelationsSelect,
} satisfies Prisma.MetropolisSelect;

/** The métropole's own values, its identity source and ESS official, and its related rows. */
export type MetropolisProfileRow = Prisma.MetropolisGetPayload<{ select: typeof metropolisProfileSelect }>;

/** Pure; `totals` are those of the row's funding programmes. */
export function toMetropolisProfile(row: MetropolisProfileRow, totals: Record<string, ProgrammeProjectTotals>): MetropolisProfile {
  // A métropole that presented a focus took part, even if the participation row is missing.
  const reports = new Map<string, MetropolisProfile['workingGroups'][number]>();
  for (const { report } of row.reportParticipations) {
    reports.set(report.id, { ...withoutId(report), focusTopic: null });
  }
  for (const focus of row.focusPresentations) {
    reports.set(focus.report.id, { ...withoutId(focus.report), focusTopic: focus.topic });
  }

  const official = isPublished(row.essOfficial) ? row.essOfficial : null;
  const toOfficial = (person: NonNullable<MetropolisProfileRow['essOfficial']>): OfficialView => ({
    slug: person.slug,
    fullName: person.fullName,
    role: person.role,
    organisationName: isPublished(person.organisation) ? (person.organisation?.name ?? null) : null,
    roleYear: person.roleYear,
    roleSource: toSourceRef(person.roleSource),
  });

  return {
    slug: row.slug,
    officialName: row.officialName,
    shortName: row.shortName,
    sirenCode: row.sirenCode,
    region: row.region,
    seatCity: row.seatCity,
    creationYear: row.creationYear,
    population: row.population,
    communeCount: row.communeCount,
    identitySource: toSourceRef(row.identitySource),
    isRtesMember: row.isRtesMember,
    rtesMembership: { year: row.rtesMembershipYear, source: toSourceRef(row.rtesMembershipSource) },
    website: row.website,
    policySummary: row.policySummary?.trim() || null,
    contextSummary: row.contextSummary?.trim() || null,
    essOfficial: official ? toOfficial(official) : null,
    otherOfficials: row.persons.filter((person) => person.id !== official?.id).map(toOfficial),
    policyPlans: row.policyPlans.map((plan) => ({ ...plan, planStatus: effectivePlanStatus(plan) })),
    fundingProgrammes: row.fundingProgrammes.map((programme) => toFundingProgrammeView(programme, totals)),
    figures: toFigureViews(row.figures),
    supportStructures: row.supportStructures
      .map((link) => ({ ...link.supportStructure, partnershipStartYear: link.partnershipStartYear }))
      .sort((a, b) => byName.compare(a.name, b.name)),
    workingGroups: [...reports.values()].sort((a, b) => b.meetingDate.getTime() - a.meetingDate.getTime()),
    publishedAt: row.publishedAt,
  };
}

function withoutId<T extends { id: string }>(row: T): Omit<T, 'id'> {
  const rest: Partial<T> = { ...row };
  delete rest.id;
  return rest as Omit<T, 'id'>;
}
