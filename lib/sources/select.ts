import type { Prisma } from '@/lib/generated/prisma/client';
import { isPublished, publicationStateSelect, type PublicationState } from '@/lib/publication';

export const sourceSelect = {
  publisher: true,
  title: true,
  publishedOn: true,
  url: true,
  ...publicationStateSelect,
} as const satisfies Prisma.SourceSelect;

/** What the portal shows of a source next to a figure. */
export interface SourceRef {
  publisher: string;
  title: string;
  publishedOn: Date | null;
  url: string | null;
}

type SourceRow = { publisher: string; title: string; publishedOn: Date | null; url: string | null } & PublicationState;

/** A source that is not published is not shown, and neither is the figure resting on it. */
export function toSourceRef(row: SourceRow | null | undefined): SourceRef | null {
  if (!row || !isPublished(row)) return null;
  return { publisher: row.publisher, title: row.title, publishedOn: row.publishedOn, url: row.url };
}
