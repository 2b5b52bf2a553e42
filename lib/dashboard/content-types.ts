import type { PublicationStatus } from '@/lib/generated/prisma/enums';

/** Editorial entities (Prisma model names, as written in AuditEvent.entityType). */
export const CONTENT_ENTITY_TYPES = [
  'Metropolis',
  'PolicyPlan',
  'ActionLever',
  'FundingProgramme',
  'FundedProject',
  'Figure',
  'Source',
  'SupportStructure',
  'Person',
  'Organisation',
  'WorkingGroupReport',
  'Programme',
  'Publication',
  'Theme',
] as const;

export type ContentEntityType = (typeof CONTENT_ENTITY_TYPES)[number];

export const contentEntityLabels: Record<ContentEntityType, string> = {
  Metropolis: 'Métropoles',
  PolicyPlan: 'Politiques et plans',
  ActionLever: 'Leviers d’action',
  FundingProgramme: 'Dispositifs de financement',
  FundedProject: 'Projets financés',
  Figure: 'Chiffres clés',
  Source: 'Sources',
  SupportStructure: 'Structures d’accompagnement',
  Person: 'Personnes',
  Organisation: 'Organisations',
  WorkingGroupReport: 'Comptes rendus de groupes de travail',
  Programme: 'Programmes',
  Publication: 'Publications',
  Theme: 'Thématiques',
};

export const PUBLICATION_STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const satisfies readonly PublicationStatus[];

export const publicationStatusLabels: Record<PublicationStatus, string> = {
  DRAFT: 'Brouillon',
  IN_REVIEW: 'En relecture',
  PUBLISHED: 'Publié',
  ARCHIVED: 'Archivé',
};

export function isContentEntityType(value: string): value is ContentEntityType {
  return (CONTENT_ENTITY_TYPES as readonly string[]).includes(value);
}
