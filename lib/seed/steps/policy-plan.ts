import { MEL_PLAN } from '../content';
import { connectIds, lookup, PUBLISHED, type IdMap, type SeedContext } from '../context';
import type { SeededMetropolises } from './metropolises';
import type { SeededSources } from './sources';
import type { SeededTaxonomies } from './taxonomies';

export interface SeededPolicyPlans {
  planIds: IdMap;
}

type SeedPolicyPlanOptions = SeedContext &
  Pick<SeededSources, 'articleSourceId'> &
  Pick<SeededTaxonomies, 'leverIds'> &
  Pick<SeededMetropolises, 'metropolisIds'>;

/** MEL's plan, which cites the Avise article. */
export async function seedPolicyPlan({ tx, tally, articleSourceId, leverIds, metropolisIds }: SeedPolicyPlanOptions): Promise<SeededPolicyPlans> {
  const planExists = (await tx.policyPlan.findUnique({ where: { slug: MEL_PLAN.slug }, select: { id: true } })) !== null;
  tally.add('policyPlans', planExists);
  const { metropolisSlug: planMetropolis, leverSlugs, ...plan } = MEL_PLAN;
  const planIds = new Map<string, string>();
  const planRow = await tx.policyPlan.upsert({
    where: { slug: MEL_PLAN.slug },
    update: {},
    create: {
      ...plan,
      metropolis: { connect: { id: lookup(metropolisIds, planMetropolis, 'métropole') } },
      source: { connect: { id: articleSourceId } },
      levers: connectIds(leverSlugs.map((slug) => lookup(leverIds, slug, 'levier'))),
      ...PUBLISHED,
    },
    select: { id: true },
  });
  planIds.set(MEL_PLAN.slug, planRow.id);
  return { planIds };
}
