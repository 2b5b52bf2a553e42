import 'server-only';
import type { ContentValues } from '@/lib/content/fields';
import type { DbClient } from '@/lib/db/client';
import { supportStructureKindLabels } from '@/lib/format';
import type { SupportStructureKind } from '@/lib/generated/prisma/enums';
import { servedMetropolisSelect, supportStructureRelationsSelect, toSupportStructureDetail, type SupportStructureDetail } from '@/lib/support-structures/select';
import { findPublishedMetropolisLinks, findSourceRow, integer, rowList, text } from './values';
import type { PreviewBuild } from './view';

// The draft's own values (and the rows they point to) with the stored entry's
// related rows, mapped by the public page's own mapper.

function isSupportStructureKind(value: string | null): value is SupportStructureKind {
  return value !== null && Object.hasOwn(supportStructureKindLabels, value);
}

export async function buildSupportStructurePreview(db: DbClient, id: string, values: ContentValues): Promise<SupportStructureDetail | null> {
  const name = text(values, 'name');
  const kind = text(values, 'kind');
  if (!name || !isSupportStructureKind(kind)) return null;

  const partnerships = rowList(values, 'metropolises');
  const [relations, metropolises, source] = await Promise.all([
    db.supportStructure.findUniqueOrThrow({ where: { id }, select: supportStructureRelationsSelect }),
    findPublishedMetropolisLinks(db, partnerships.flatMap((row) => text(row, 'metropolisId') ?? []), servedMetropolisSelect),
    findSourceRow(db, text(values, 'sourceId')),
  ]);

  return toSupportStructureDetail({
    slug: text(values, 'slug') ?? '',
    name,
    kind,
    description: text(values, 'description'),
    website: text(values, 'website'),
    source,
    metropolises: partnerships.flatMap((row) => {
      const metropolis = metropolises.get(text(row, 'metropolisId') ?? '');
      return metropolis ? [{ partnershipStartYear: integer(row, 'partnershipStartYear'), metropolis }] : [];
    }),
    ...relations,
  });
}

export async function previewSupportStructure(db: DbClient, id: string, values: ContentValues): Promise<PreviewBuild | null> {
  const structure = await buildSupportStructurePreview(db, id, values);
  return structure && { view: { kind: 'support-structure', structure }, notes: [] };
}
