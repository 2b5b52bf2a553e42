import 'server-only';
import type { ContentTypeDefinition } from '@/lib/content/definition';
import { entryTitle, type RelationLabeler } from '@/lib/content/display';
import type { ContentValues } from '@/lib/content/fields';
import { loadEntry } from '@/lib/content/server/entry';
import { getRelationLabeler } from '@/lib/content/server/queries';
import type { Database } from '@/lib/db/client';
import { getProjectTotalsByProgramme } from '@/lib/figures/computed';
import { planKindLabels, planStatusLabels, supportStructureKindLabels } from '@/lib/format';
import type { PlanKind, PlanStatus, PublicationStatus, SupportStructureKind } from '@/lib/generated/prisma/enums';
import {
  essOfficialSelect,
  metropolisRelationsSelect,
  toMetropolisProfile,
  type MetropolisProfile,
} from '@/lib/metropolises/queries';
import {
  planEditionSelect,
  planMetropolisSelect,
  policyPlanRelationsSelect,
  publishedLeversInclude,
  toPolicyPlanDetail,
  type PolicyPlanDetail,
} from '@/lib/policy-plans/queries';
import { isPublished, publicationStateSelect, publishedWhere } from '@/lib/publication';
import { sourceSelect } from '@/lib/sources/select';
import {
  servedMetropolisSelect,
  supportStructureRelationsSelect,
  toSupportStructureDetail,
  type SupportStructureDetail,
} from '@/lib/support-structures/queries';
import {
  focusSpeakerSelect,
  metropolisLinkSelect,
  organisersInclude,
  reportProgrammeSelect,
  reportPublicationSelect,
  themesInclude,
  toWorkingGroupDetail,
  type WorkingGroupDetail,
} from '@/lib/working-groups/queries';

/**
 * Draft previews: the values editors work on (a pending draft when there is
 * one), shown with the public page's own component where the type has one.
 * Linked rows are the published ones, as the public would see them once this
 * version is published. Not cached: drafts never enter the public cache.
 */

export type PreviewView =
  | { kind: 'metropolis'; metropolis: MetropolisProfile }
  | { kind: 'policy-plan'; plan: PolicyPlanDetail }
  | { kind: 'support-structure'; structure: SupportStructureDetail }
  | { kind: 'working-group-report'; recap: WorkingGroupDetail }
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

/** A date field ('YYYY-MM-DD') as the Date its column would hold. */
function date(values: ContentValues, name: string): Date | null {
  const value = values[name];
  return typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : null;
}

function idList(values: ContentValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The rows of a repeater field. */
function rowList(values: ContentValues, name: string): ContentValues[] {
  const value: unknown = values[name];
  return Array.isArray(value) ? value.filter((item): item is ContentValues => typeof item === 'object' && item !== null) : [];
}

function byId<T extends { id: string }>(rows: T[]): Map<string, Omit<T, 'id'>> {
  return new Map(rows.map(({ id, ...rest }) => [id, rest]));
}

/** Published métropoles by id, as links: the public lists leave out the others. */
async function findPublishedMetropolisLinks(db: Database, ids: string[], select: typeof metropolisLinkSelect) {
  return byId(await db.metropolis.findMany({ where: { id: { in: ids }, ...publishedWhere }, select: { id: true, ...select } }));
}

function findSourceRow(db: Database, id: string | null) {
  return id ? db.source.findUnique({ where: { id }, select: sourceSelect }) : null;
}

// ---------------------------------------------------------------------------
// The draft's own values (and the rows they point to) with the stored entry's
// related rows, mapped by the public page's own mapper.

export async function buildMetropolisPreview(db: Database, id: string, values: ContentValues): Promise<MetropolisProfile | null> {
  const officialName = text(values, 'officialName');
  const shortName = text(values, 'shortName');
  const region = text(values, 'region');
  const seatCity = text(values, 'seatCity');
  if (!officialName || !shortName || !region || !seatCity) return null;

  const officialId = text(values, 'essOfficialId');
  const [relations, identitySource, essOfficial] = await Promise.all([
    db.metropolis.findUniqueOrThrow({ where: { id }, select: metropolisRelationsSelect }),
    findSourceRow(db, text(values, 'identitySourceId')),
    officialId ? db.person.findUnique({ where: { id: officialId }, select: essOfficialSelect }) : null,
  ]);
  const totals = await getProjectTotalsByProgramme(relations.fundingProgrammes.map((programme) => programme.id), db);

  return toMetropolisProfile(
    {
      slug: text(values, 'slug') ?? '',
      officialName,
      shortName,
      sirenCode: text(values, 'sirenCode'),
      region,
      seatCity,
      creationYear: integer(values, 'creationYear'),
      population: integer(values, 'population'),
      communeCount: integer(values, 'communeCount'),
      identitySource,
      isRtesMember: flag(values, 'isRtesMember'),
      website: text(values, 'website'),
      policySummary: text(values, 'policySummary'),
      essOfficial,
      ...relations,
    },
    totals,
  );
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
    select: { ...planMetropolisSelect, ...publicationStateSelect },
  });
  if (!metropolis) return null;

  const leverIds = idList(values, 'levers');
  const predecessorId = text(values, 'predecessorId');
  const [relations, levers, source, predecessor] = await Promise.all([
    db.policyPlan.findUniqueOrThrow({ where: { id }, select: policyPlanRelationsSelect }),
    leverIds.length
      ? db.actionLever.findMany({ ...publishedLeversInclude, where: { ...publishedLeversInclude.where, id: { in: leverIds } } })
      : [],
    findSourceRow(db, text(values, 'sourceId')),
    predecessorId ? db.policyPlan.findUnique({ where: { id: predecessorId }, select: planEditionSelect }) : null,
  ]);
  const totals = await getProjectTotalsByProgramme(relations.fundingProgrammes.map((programme) => programme.id), db);

  return {
    isMetropolisPublic: isPublished(metropolis),
    plan: toPolicyPlanDetail(
      {
        slug: text(values, 'slug') ?? '',
        title,
        kind,
        startYear,
        endYear: integer(values, 'endYear'),
        planStatus,
        summary: text(values, 'summary'),
        metropolis,
        levers,
        source,
        predecessor,
        ...relations,
      },
      totals,
    ),
  };
}

function isSupportStructureKind(value: string | null): value is SupportStructureKind {
  return value !== null && Object.hasOwn(supportStructureKindLabels, value);
}

export async function buildSupportStructurePreview(db: Database, id: string, values: ContentValues): Promise<SupportStructureDetail | null> {
  const name = text(values, 'name');
  const kind = text(values, 'kind');
  if (!name || !isSupportStructureKind(kind)) return null;

  const partnerships = rowList(values, 'metropolises');
  const [relations, metropolises] = await Promise.all([
    db.supportStructure.findUniqueOrThrow({ where: { id }, select: supportStructureRelationsSelect }),
    findPublishedMetropolisLinks(db, partnerships.flatMap((row) => text(row, 'metropolisId') ?? []), servedMetropolisSelect),
  ]);

  return toSupportStructureDetail({
    slug: text(values, 'slug') ?? '',
    name,
    kind,
    description: text(values, 'description'),
    website: text(values, 'website'),
    metropolises: partnerships.flatMap((row) => {
      const metropolis = metropolises.get(text(row, 'metropolisId') ?? '');
      return metropolis ? [{ partnershipStartYear: integer(row, 'partnershipStartYear'), metropolis }] : [];
    }),
    ...relations,
  });
}

export async function buildWorkingGroupReportPreview(db: Database, values: ContentValues): Promise<WorkingGroupDetail | null> {
  const title = text(values, 'title');
  const sequenceNumber = integer(values, 'sequenceNumber');
  const meetingDate = date(values, 'meetingDate');
  const participantCount = integer(values, 'participantCount');
  const summary = text(values, 'summary');
  const body = text(values, 'body');
  const firstPublishedOn = date(values, 'firstPublishedOn');
  if (!title || sequenceNumber === null || !meetingDate || participantCount === null || !summary || !body || !firstPublishedOn) return null;

  const participantIds = idList(values, 'participants');
  const focusRows = rowList(values, 'focusPresentations');
  const programmeId = text(values, 'programmeId');
  const publicationId = text(values, 'publicationId');
  const [metropolises, speakerRows, organisers, themes, programme, publication] = await Promise.all([
    findPublishedMetropolisLinks(db, [...participantIds, ...focusRows.flatMap((row) => text(row, 'metropolisId') ?? [])], metropolisLinkSelect),
    db.person.findMany({
      where: { id: { in: focusRows.flatMap((row) => text(row, 'speakerId') ?? []) } },
      select: { id: true, ...focusSpeakerSelect },
    }),
    db.organisation.findMany({ ...organisersInclude, where: { ...organisersInclude.where, id: { in: idList(values, 'organisers') } } }),
    db.theme.findMany({ ...themesInclude, where: { ...themesInclude.where, id: { in: idList(values, 'themes') } } }),
    programmeId ? db.programme.findUnique({ where: { id: programmeId }, select: reportProgrammeSelect }) : null,
    publicationId ? db.publication.findUnique({ where: { id: publicationId }, select: reportPublicationSelect }) : null,
  ]);
  const speakers = byId(speakerRows);

  return toWorkingGroupDetail({
    slug: text(values, 'slug') ?? '',
    title,
    sequenceNumber,
    meetingDate,
    participantCount,
    summary,
    body,
    firstPublishedOn,
    lastUpdatedOn: date(values, 'lastUpdatedOn'),
    participants: participantIds.flatMap((metropolisId) => {
      const metropolis = metropolises.get(metropolisId);
      return metropolis ? [{ metropolis }] : [];
    }),
    organisers,
    themes,
    focusPresentations: focusRows.flatMap((row) => {
      const metropolisId = text(row, 'metropolisId') ?? '';
      const metropolis = metropolises.get(metropolisId);
      const topic = text(row, 'topic');
      const focusBody = text(row, 'body');
      if (!metropolis || !topic || !focusBody) return [];
      // A draft's rows have no id yet; a report has one presentation per métropole.
      return [{ id: metropolisId, topic, body: focusBody, metropolis, speaker: speakers.get(text(row, 'speakerId') ?? '') ?? null }];
    }),
    programme,
    publication,
  });
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
  } else if (definition.entityType === 'SupportStructure') {
    const structure = await buildSupportStructurePreview(db, id, values);
    if (structure) view = { kind: 'support-structure', structure };
  } else if (definition.entityType === 'WorkingGroupReport') {
    const recap = await buildWorkingGroupReportPreview(db, values);
    if (recap) view = { kind: 'working-group-report', recap };
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
