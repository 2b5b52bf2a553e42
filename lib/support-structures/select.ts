import { publishedFiguresInclude, toFigureViews, type FigureView } from '@/lib/figures/select';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SupportStructureKind } from '@/lib/generated/prisma/enums';
import { publishedWhere } from '@/lib/publication';
import { sourceSelect, toSourceRef, type SourceRef } from '@/lib/sources/select';

export const byName = new Intl.Collator('fr', { sensitivity: 'base' });

interface ServedMetropolis {
  slug: string;
  shortName: string;
  officialName: string;
  partnershipStartYear: number | null;
}

/** A served métropole as a link; the public lists show published ones only. */
export const servedMetropolisSelect = { slug: true, shortName: true, officialName: true } satisfies Prisma.MetropolisSelect;

export const servedMetropolisesInclude = {
  where: { metropolis: publishedWhere },
  select: { partnershipStartYear: true, metropolis: { select: servedMetropolisSelect } },
} as const;

export function toServedMetropolises(
  links: Array<{ partnershipStartYear: number | null; metropolis: { slug: string; shortName: string; officialName: string } }>,
): ServedMetropolis[] {
  return links
    .map((link) => ({ ...link.metropolis, partnershipStartYear: link.partnershipStartYear }))
    .sort((a, b) => byName.compare(a.officialName, b.officialName));
}

export interface SupportStructureListItem {
  slug: string;
  name: string;
  kind: SupportStructureKind;
  description: string | null;
  metropolises: ServedMetropolis[];
}

export interface SupportStructureDetail {
  slug: string;
  name: string;
  kind: SupportStructureKind;
  description: string | null;
  website: string | null;
  /** Where the description comes from. */
  source: SourceRef | null;
  metropolises: ServedMetropolis[];
  /** Declared figures with their sources (the bare member count column has no source, so it is not shown). */
  figures: FigureView[];
  /** Published recaps that cite the structure, most recent meeting first. */
  citingReports: Array<{ slug: string; title: string; sequenceNumber: number; meetingDate: Date }>;
  /** Last publication of the entry (the citation's date). */
  publishedAt: Date | null;
}

/**
 * The published rows a structure page lists that the structure's own values do
 * not name, read from the stored structure. The draft preview reads them too.
 */
export const supportStructureRelationsSelect = {
  figures: publishedFiguresInclude,
  citedInReports: {
    where: publishedWhere,
    orderBy: [{ meetingDate: 'desc' }, { sequenceNumber: 'desc' }],
    select: { slug: true, title: true, sequenceNumber: true, meetingDate: true },
  },
  publishedAt: true,
} satisfies Prisma.SupportStructureSelect;

/** What the public page reads; exported so tests can map a live row as the page does. */
export const supportStructureDetailSelect = {
  slug: true,
  name: true,
  kind: true,
  description: true,
  website: true,
  source: { select: sourceSelect },
  metropolises: servedMetropolisesInclude,
  ...supportStructureRelationsSelect,
} satisfies Prisma.SupportStructureSelect;

/** The structure's own values, the published métropoles it serves and its related rows. */
export type SupportStructureDetailRow = Prisma.SupportStructureGetPayload<{ select: typeof supportStructureDetailSelect }>;

/** Pure. */
export function toSupportStructureDetail(row: SupportStructureDetailRow): SupportStructureDetail {
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    description: row.description?.trim() || null,
    website: row.website,
    source: toSourceRef(row.source),
    metropolises: toServedMetropolises(row.metropolises),
    figures: toFigureViews(row.figures),
    citingReports: row.citedInReports,
    publishedAt: row.publishedAt,
  };
}
