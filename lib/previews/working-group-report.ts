import 'server-only';
import type { ContentValues } from '@/lib/content/fields';
import type { DbClient } from '@/lib/db/client';
import { citedStructuresInclude, focusSpeakerSelect, metropolisLinkSelect, organisersInclude, reportProgrammeSelect, reportPublicationSelect, themesInclude, toWorkingGroupDetail, type WorkingGroupDetail } from '@/lib/working-groups/select';
import { byId, date, findPublishedMetropolisLinks, idList, integer, rowList, text } from './values';
import type { PreviewBuild } from './view';

// The draft's own values (and the rows they point to) with the stored entry's
// related rows, mapped by the public page's own mapper.

async function buildWorkingGroupReportPreview(db: DbClient, values: ContentValues): Promise<WorkingGroupDetail | null> {
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
  const [metropolises, speakerRows, organisers, themes, citedStructures, programme, publication] = await Promise.all([
    findPublishedMetropolisLinks(db, [...participantIds, ...focusRows.flatMap((row) => text(row, 'metropolisId') ?? [])], metropolisLinkSelect),
    db.person.findMany({
      where: { id: { in: focusRows.flatMap((row) => text(row, 'speakerId') ?? []) } },
      select: { id: true, ...focusSpeakerSelect },
    }),
    db.organisation.findMany({ ...organisersInclude, where: { ...organisersInclude.where, id: { in: idList(values, 'organisers') } } }),
    db.theme.findMany({ ...themesInclude, where: { ...themesInclude.where, id: { in: idList(values, 'themes') } } }),
    db.supportStructure.findMany({ ...citedStructuresInclude, where: { ...citedStructuresInclude.where, id: { in: idList(values, 'citedStructures') } } }),
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
    citedStructures,
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

export async function previewWorkingGroupReport(db: DbClient, _id: string, values: ContentValues): Promise<PreviewBuild | null> {
  const recap = await buildWorkingGroupReportPreview(db, values);
  return recap && { view: { kind: 'working-group-report', recap }, notes: [] };
}
