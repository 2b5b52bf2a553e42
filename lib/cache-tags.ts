/**
 * Tags of the public 'use cache' entries. Every entry carries the collection tag
 * of each entity type it reads (so invalidating "metropolises" refreshes every
 * page that shows a métropole's name), plus the slug tag of the entity a detail
 * page is about. A write to an entity calls updateTag on its collection tag and
 * on its old and new slug tags.
 */
export const cacheTags = {
  metropolises: 'metropolises',
  metropolis: (slug: string) => `metropolis:${slug}`,
  policyPlans: 'policy-plans',
  policyPlan: (slug: string) => `policy-plan:${slug}`,
  actionLevers: 'action-levers',
  fundingProgrammes: 'funding-programmes',
  fundedProjects: 'funded-projects',
  supportStructures: 'support-structures',
  supportStructure: (slug: string) => `support-structure:${slug}`,
  workingGroups: 'working-groups',
  workingGroup: (slug: string) => `working-group:${slug}`,
  figures: 'figures',
  sources: 'sources',
  persons: 'persons',
  person: (slug: string) => `person:${slug}`,
  organisations: 'organisations',
  programmes: 'programmes',
  publications: 'publications',
  themes: 'themes',
  glossary: 'glossary',
} as const;

/** Lifetime of public entries: tags invalidate them on writes; this only bounds staleness if a tag is missed. */
export const PUBLIC_CACHE_LIFE = 'hours';

/** Every collection a métropole's profile reads (the profile and the comparison are tagged with them). */
export const METROPOLIS_PROFILE_TAGS = [
  cacheTags.metropolises,
  cacheTags.policyPlans,
  cacheTags.actionLevers,
  cacheTags.fundingProgrammes,
  cacheTags.fundedProjects,
  cacheTags.figures,
  cacheTags.sources,
  cacheTags.persons,
  cacheTags.organisations,
  cacheTags.supportStructures,
  cacheTags.workingGroups,
] as const;
