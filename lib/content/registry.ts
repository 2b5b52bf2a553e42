import type { ContentTypeDefinition } from './definition';
import { CONTENT_ENTITY_TYPES, type ContentEntityType } from './entity-types';
import { actionLeverType } from './types/action-lever';
import { figureType } from './types/figure';
import { fundedProjectType } from './types/funded-project';
import { fundingProgrammeType } from './types/funding-programme';
import { glossaryTermType } from './types/glossary-term';
import { metropolisType } from './types/metropolis';
import { organisationType } from './types/organisation';
import { personType } from './types/person';
import { policyPlanType } from './types/policy-plan';
import { programmeType } from './types/programme';
import { publicationType } from './types/publication';
import { sourceType } from './types/source';
import { supportStructureType } from './types/support-structure';
import { themeType } from './types/theme';
import { workingGroupReportType } from './types/working-group-report';

/** Every editable content type by entity type: the compiler refuses a type left out. */
const definitions = {
  Metropolis: metropolisType,
  PolicyPlan: policyPlanType,
  FundingProgramme: fundingProgrammeType,
  FundedProject: fundedProjectType,
  Figure: figureType,
  Source: sourceType,
  SupportStructure: supportStructureType,
  WorkingGroupReport: workingGroupReportType,
  Programme: programmeType,
  Publication: publicationType,
  Person: personType,
  Organisation: organisationType,
  Theme: themeType,
  ActionLever: actionLeverType,
  GlossaryTerm: glossaryTermType,
} as const satisfies Record<ContentEntityType, ContentTypeDefinition>;

/** Every editable content type, in the back-office's menu order. */
export const contentTypes: readonly ContentTypeDefinition[] = Object.values(definitions);

const bySegment = new Map(contentTypes.map((type) => [type.segment, type]));

export function findContentTypeBySegment(segment: string): ContentTypeDefinition | undefined {
  return bySegment.get(segment);
}

export function getContentType(entityType: ContentEntityType): ContentTypeDefinition {
  return definitions[entityType];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Métropoles", "Politiques et plans"…: the collection names the journal and the dashboard show. */
export const contentEntityLabels = Object.fromEntries(
  CONTENT_ENTITY_TYPES.map((entityType) => [entityType, capitalize(definitions[entityType].plural)]),
) as Record<ContentEntityType, string>;
