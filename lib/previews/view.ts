import type { RelationLabeler } from '@/lib/content/display';
import type { ContentValues } from '@/lib/content/fields';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import type { MetropolisProfile } from '@/lib/metropolises/select';
import type { PersonDetail } from '@/lib/persons/select';
import type { PolicyPlanDetail } from '@/lib/policy-plans/select';
import type { SupportStructureDetail } from '@/lib/support-structures/select';
import type { WorkingGroupDetail } from '@/lib/working-groups/select';

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
  | { kind: 'person'; person: PersonDetail }
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


/** What a type's preview builder gives: the view, and why the public might still not see it. */
export interface PreviewBuild {
  view: PreviewView;
  notes: string[];
}
