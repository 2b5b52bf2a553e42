import type { ContentEntityType } from '@/lib/dashboard/content-types';
import type { ContentTypeDefinition } from './definition';
import { actionLeverType } from './types/action-lever';
import { figureType } from './types/figure';
import { fundedProjectType } from './types/funded-project';
import { fundingProgrammeType } from './types/funding-programme';
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

/** Every editable content type, in the back-office's menu order. */
export const contentTypes: readonly ContentTypeDefinition[] = [
  metropolisType,
  policyPlanType,
  fundingProgrammeType,
  fundedProjectType,
  figureType,
  sourceType,
  supportStructureType,
  workingGroupReportType,
  programmeType,
  publicationType,
  personType,
  organisationType,
  themeType,
  actionLeverType,
];

const bySegment = new Map(contentTypes.map((type) => [type.segment, type]));
const byEntityType = new Map(contentTypes.map((type) => [type.entityType, type]));

export function findContentTypeBySegment(segment: string): ContentTypeDefinition | undefined {
  return bySegment.get(segment);
}

export function getContentType(entityType: ContentEntityType): ContentTypeDefinition {
  const type = byEntityType.get(entityType);
  if (!type) throw new Error(`Type de contenu inconnu : ${entityType}`);
  return type;
}
