import type { PublicationStatus } from '@/lib/generated/prisma/enums';

export const PUBLICATION_STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const satisfies readonly PublicationStatus[];

export const publicationStatusLabels: Record<PublicationStatus, string> = {
  DRAFT: 'Brouillon',
  IN_REVIEW: 'En relecture',
  PUBLISHED: 'Publié',
  ARCHIVED: 'Archivé',
};
