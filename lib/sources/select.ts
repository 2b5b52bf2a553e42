import type { Prisma } from '@/lib/generated/prisma/client';
import type { DatePrecision } from '@/lib/generated/prisma/enums';
import { isPublished, publicationStateSelect, type PublicationState } from '@/lib/publication';

export const sourceSelect = {
  publisher: true,
  title: true,
  publishedOn: true,
  publishedOnPrecision: true,
  url: true,
  ...publicationStateSelect,
} as const satisfies Prisma.SourceSelect;

/** What the portal shows of a source next to a figure. */
export interface SourceRef {
  publisher: string;
  title: string;
  publishedOn: Date | null;
  /** How much of publishedOn the page shows. */
  publishedOnPrecision: DatePrecision;
  url: string | null;
}

type SourceRow = Omit<SourceRef, 'publishedOnPrecision'> & { publishedOnPrecision?: DatePrecision } & PublicationState;

/** A source that is not published is not shown, and neither is the figure resting on it. */
export function toSourceRef(row: SourceRow | null | undefined): SourceRef | null {
  if (!row || !isPublished(row)) return null;
  return {
    publisher: row.publisher,
    title: row.title,
    publishedOn: row.publishedOn,
    publishedOnPrecision: row.publishedOnPrecision ?? 'DAY',
    url: row.url,
  };
}
