import type { PublicationStatus } from '@/lib/generated/prisma/enums';

/**
 * The one filter for public reads: published and not in the trash. Applied to
 * every row a public query returns, including related lists and relations.
 */
export const publishedWhere = { status: 'PUBLISHED', deletedAt: null } as const satisfies {
  status: PublicationStatus;
  deletedAt: null;
};

export interface PublicationState {
  status: PublicationStatus;
  deletedAt: Date | null;
}

/** For to-one relations, which Prisma cannot filter in a `select`: check them after reading. */
export function isPublished(row: PublicationState | null | undefined): boolean {
  return row != null && row.status === 'PUBLISHED' && row.deletedAt === null;
}

export const publicationStateSelect = { status: true, deletedAt: true } as const;
