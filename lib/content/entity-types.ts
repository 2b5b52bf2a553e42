/**
 * The editorial entities: Prisma model names, as written in Revision.entityType,
 * AuditEvent.entityType and SlugRedirect.entityType. Their French names, forms
 * and rules are the definitions (lib/content/registry.ts), and their server-side
 * wiring the descriptors (lib/content/server/descriptors.ts): both are typed as
 * records over this list, so the compiler refuses a type missing from either.
 */
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
  'GlossaryTerm',
] as const;

export type ContentEntityType = (typeof CONTENT_ENTITY_TYPES)[number];

export function isContentEntityType(value: string): value is ContentEntityType {
  return (CONTENT_ENTITY_TYPES as readonly string[]).includes(value);
}
