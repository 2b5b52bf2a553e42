import 'server-only';
import type { ContentTypeDefinition } from '@/lib/content/definition';
import { entryTitle, type RelationLabeler } from '@/lib/content/display';
import type { ContentValues } from '@/lib/content/fields';
import { loadEntry } from '@/lib/content/server/entry';
import { getRelationLabeler } from '@/lib/content/server/queries';
import type { Database } from '@/lib/db/client';
import type { ProjectTotals } from '@/lib/figures/computed';
import { publishedFiguresInclude, toFigureViews } from '@/lib/figures/select';
import { planKindLabels, planStatusLabels } from '@/lib/format';
import { publishedProgrammesInclude, toFundingProgrammeView } from '@/lib/funding-programmes/select';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PlanKind, PlanStatus, PublicationStatus } from '@/lib/generated/prisma/enums';
import type { MetropolisProfile } from '@/lib/metropolises/queries';
import type { PolicyPlanDetail } from '@/lib/policy-plans/queries';
import { isPublished, publicationStateSelect, publishedWhere } from '@/lib/publication';
import { sourceSelect, toSourceRef } from '@/lib/sources/select';

/**
 * Draft previews: the values editors work on (a pending draft when there is
 * one), shown with the public page's own component where the type has one.
 * Linked rows are the published ones, as the public would see them once this
 * version is published. Not cached: drafts never enter the public cache.
 */

export type PreviewView =
  | { kind: 'metropolis'; metropolis: MetropolisProfile }
  | { kind: 'policy-plan'; plan: PolicyPlanDetail }
  | { kind: 'generic'; values: ContentValues; labelOf: RelationLabeler };

export interface EntryPreview {
  id: string;
  title: string;
  /** Status of the version previewed (a pending draft's, if any). */
  editorialStatus: PublicationStatus;
  hasPendingDraft: boolean;
  /** Why the public would not see this page even once this version is published. */
  notes: string[];
  view: PreviewView;
}

const byName = new Intl.Collator('fr', { sensitivity: 'base' });

function text(values: ContentValues, name: string): string | null {
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function integer(values: ContentValues, name: string): number | null {
  const value = values[name];
  return typeof value === 'number' ? value : null;
}

function flag(values: ContentValues, name: string): boolean | null {
  const value = values[name];
  return typeof value === 'boolean' ? value : null;
}

function idList(values: ContentValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

async function findSource(db: Database, id: string | null) {
  if (!id) return null;
  return toSourceRef(await db.source.findUnique({ where: { id }, select: sourceSelect }));
}

/** Same computation as lib/figures/computed, on the given client. */
async function findProjectTotals(db: Database, programmeIds: string[]): Promise<Record<string, ProjectTotals>> {
  if (programmeIds.length === 0) return {};
  const groups = await db.fundedProject.groupBy({
    by: ['fundingProgrammeId'],
    where: { ...publishedWhere, fundingProgrammeId: { in: programmeIds } },
    _count: { _all: true },
    _sum: { amountCents: true },
  });
  return Object.fromEntries(
    groups.map((group) => [group.fundingProgrammeId, { projectCount: group._count._all, amountCents: group._sum.amountCents ?? 0 }]),
  );
}

async function findProgrammeViews(db: Database, where: Prisma.FundingProgrammeWhereInput) {
  const rows = await db.fundingProgramme.findMany({ ...publishedProgrammesInclude, where: { ...publishedProgrammesInclude.where, ...where } });
  const totals = await findProjectTotals(db, rows.map((row) => row.id));
  return rows.map((row) => toFundingProgrammeView(row, totals));
}

// ---------------------------------------------------------------------------
// Métropole: the lists (plans, programmes, figures…) mirror getPublishedMetropolisBySlug.

const reportSelect = { id: true, slug: true, title: true, sequenceNumber: true, meetingDate: true } as const;

export async function buildMetropolisPreview(db: Database, id: string, values: ContentValues): Promise<MetropolisProfile | null> {
  const officialName = text(values, 'officialName');
  const shortName = text(values, 'shortName');
  const region = text(values, 'region');
  const seatCity = text(values, 'seatCity');
  if (!officialName || !shortName || !region || !seatCity) return null;

  const officialId = text(values, 'essOfficialId');
  const official = officialId
    ? await db.person.findUnique({
        where: { id: officialId },
        select: { fullName: true, role: true, ...publicationStateSelect, organisation: { select: { name: true, ...publicationStateSelect } } },
      })
    : null;

  const row = await db.metropolis.findUniqueOrThrow({
    where: { id },
    select: {
      policyPlans: {
        where: publishedWhere,
        orderBy: [{ startYear: 'desc' }, { title: 'asc' }],
        select: {
          slug: true,
          title: true,
          kind: true,
          startYear: true,
          endYear: true,
          planStatus: true,
          summary: true,
          levers: { where: publishedWhere, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { slug: true, name: true } },
        },
      },
      figures: {
        ...publishedFiguresInclude,
        where: { ...publishedFiguresInclude.where, policyPlanId: null, fundingProgrammeId: null, supportStructureId: null },
      },
      supportStructures: {
        where: { supportStructure: publishedWhere },
        select: { partnershipStartYear: true, supportStructure: { select: { slug: true, name: true, kind: true } } },
      },
      reportParticipations: { where: { report: publishedWhere }, select: { report: { select: reportSelect } } },
      focusPresentations: {
        where: { report: publishedWhere },
        orderBy: { position: 'asc' },
        select: { topic: true, report: { select: reportSelect } },
      },
    },
  });

  const reports = new Map<string, MetropolisProfile['workingGroups'][number]>();
  for (const { report } of row.reportParticipations) {
    reports.set(report.id, { slug: report.slug, title: report.title, sequenceNumber: report.sequenceNumber, meetingDate: report.meetingDate, focusTopic: null });
  }
  for (const { report, topic } of row.focusPresentations) {
    reports.set(report.id, { slug: report.slug, title: report.title, sequenceNumber: report.sequenceNumber, meetingDate: report.meetingDate, focusTopic: topic });
  }

  return {
    slug: text(values, 'slug') ?? '',
    officialName,
    shortName,
    sirenCode: text(values, 'sirenCode'),
    region,
    seatCity,
    creationYear: integer(values, 'creationYear'),
    population: integer(values, 'population'),
    communeCount: integer(values, 'communeCount'),
    identitySource: await findSource(db, text(values, 'identitySourceId')),
    isRtesMember: flag(values, 'isRtesMember'),
    website: text(values, 'website'),
    policySummary: text(values, 'policySummary')?.trim() || null,
    essOfficial:
      official && isPublished(official)
        ? {
            fullName: official.fullName,
            role: official.role,
            organisationName: isPublished(official.organisation) ? (official.organisation?.name ?? null) : null,
          }
        : null,
    policyPlans: row.policyPlans,
    fundingProgrammes: await findProgrammeViews(db, { metropolisId: id }),
    figures: toFigureViews(row.figures),
    supportStructures: row.supportStructures
      .map((link) => ({ ...link.supportStructure, partnershipStartYear: link.partnershipStartYear }))
      .sort((a, b) => byName.compare(a.name, b.name)),
    workingGroups: [...reports.values()].sort((a, b) => b.meetingDate.getTime() - a.meetingDate.getTime()),
  };
}

// ---------------------------------------------------------------------------
// Plan: mirrors getPublishedPolicyPlanBySlug.

const editionSelect = {
  slug: true,
  title: true,
  startYear: true,
  endYear: true,
  ...publicationStateSelect,
  metropolis: { select: publicationStateSelect },
} as const satisfies Prisma.PolicyPlanSelect;

type EditionRow = Prisma.PolicyPlanGetPayload<{ select: typeof editionSelect }>;

function toEdition(row: EditionRow | null): PolicyPlanDetail['predecessor'] {
  if (!row || !isPublished(row) || !isPublished(row.metropolis)) return null;
  return { slug: row.slug, title: row.title, startYear: row.startYear, endYear: row.endYear };
}

function isPlanKind(value: string | null): value is PlanKind {
  return value !== null && Object.hasOwn(planKindLabels, value);
}

function isPlanStatus(value: string | null): value is PlanStatus {
  return value !== null && Object.hasOwn(planStatusLabels, value);
}

export async function buildPolicyPlanPreview(db: Database, id: string, values: ContentValues): Promise<{ plan: PolicyPlanDetail; isMetropolisPublic: boolean } | null> {
  const title = text(values, 'title');
  const metropolisId = text(values, 'metropolisId');
  const kind = text(values, 'kind');
  const planStatus = text(values, 'planStatus');
  const startYear = integer(values, 'startYear');
  if (!title || !metropolisId || !isPlanKind(kind) || !isPlanStatus(planStatus) || startYear === null) return null;

  const metropolis = await db.metropolis.findUnique({
    where: { id: metropolisId },
    select: { slug: true, shortName: true, officialName: true, ...publicationStateSelect },
  });
  if (!metropolis) return null;

  const leverIds = idList(values, 'levers');
  const predecessorId = text(values, 'predecessorId');
  const [levers, figures, predecessor, successor] = await Promise.all([
    leverIds.length
      ? db.actionLever.findMany({
          where: { id: { in: leverIds }, ...publishedWhere },
          orderBy: [{ position: 'asc' }, { name: 'asc' }],
          select: { slug: true, name: true, description: true },
        })
      : [],
    db.figure.findMany({ ...publishedFiguresInclude, where: { ...publishedFiguresInclude.where, policyPlanId: id, fundingProgrammeId: null } }),
    predecessorId ? db.policyPlan.findUnique({ where: { id: predecessorId }, select: editionSelect }) : null,
    db.policyPlan.findUnique({ where: { predecessorId: id }, select: editionSelect }),
  ]);

  return {
    isMetropolisPublic: isPublished(metropolis),
    plan: {
      slug: text(values, 'slug') ?? '',
      title,
      kind,
      startYear,
      endYear: integer(values, 'endYear'),
      planStatus,
      summary: text(values, 'summary')?.trim() || null,
      metropolis: { slug: metropolis.slug, shortName: metropolis.shortName, officialName: metropolis.officialName },
      levers,
      source: await findSource(db, text(values, 'sourceId')),
      figures: toFigureViews(figures),
      fundingProgrammes: await findProgrammeViews(db, { policyPlanId: id }),
      predecessor: toEdition(predecessor),
      successor: toEdition(successor),
    },
  };
}

// ---------------------------------------------------------------------------

/** The preview of one entry; AppError NOT_FOUND when it does not exist or is in the trash. */
export async function getEntryPreview(db: Database, definition: ContentTypeDefinition, id: string): Promise<EntryPreview> {
  const entry = await loadEntry(db, definition, id);
  const values = entry.editorial;
  const notes: string[] = [];
  let view: PreviewView | null = null;

  if (definition.entityType === 'Metropolis') {
    const metropolis = await buildMetropolisPreview(db, id, values);
    if (metropolis) view = { kind: 'metropolis', metropolis };
  } else if (definition.entityType === 'PolicyPlan') {
    const built = await buildPolicyPlanPreview(db, id, values);
    if (built) {
      view = { kind: 'policy-plan', plan: built.plan };
      if (!built.isMetropolisPublic) {
        notes.push(`Sa métropole (${built.plan.metropolis.officialName}) n’est pas en ligne : ce plan ne sera visible qu’une fois la métropole publiée.`);
      }
    }
  }

  return {
    id,
    title: entryTitle(definition, values),
    editorialStatus: entry.editorialStatus,
    hasPendingDraft: entry.hasPendingDraft,
    notes,
    view: view ?? { kind: 'generic', values, labelOf: await getRelationLabeler(db, definition, [values]) },
  };
}
