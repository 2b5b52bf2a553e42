import { FUNDING_PROGRAMMES } from '../content';
import { existingSlugs, lookup, PUBLISHED, type IdMap, type SeedContext } from '../context';
import type { SeededMetropolises } from './metropolises';
import type { SeededPolicyPlans } from './policy-plan';
import type { SeededSources } from './sources';

export interface SeededFundingProgrammes {
  fundingIds: IdMap;
}

type SeedFundingProgrammesOptions = SeedContext & Pick<SeededMetropolises, 'metropolisIds'> & SeededPolicyPlans & Pick<SeededSources, 'articleSourceId'>;

export async function seedFundingProgrammes({ tx, tally, metropolisIds, planIds, articleSourceId }: SeedFundingProgrammesOptions): Promise<SeededFundingProgrammes> {
  const fundingIds = new Map<string, string>();
  const existingFunding = await existingSlugs(
    tx.fundingProgramme.findMany({ where: { slug: { in: FUNDING_PROGRAMMES.map((f) => f.slug) } }, select: { slug: true } }),
  );
  for (const { metropolisSlug, policyPlanSlug, ...funding } of FUNDING_PROGRAMMES) {
    tally.add('fundingProgrammes', existingFunding.has(funding.slug));
    const row = await tx.fundingProgramme.upsert({
      where: { slug: funding.slug },
      update: {},
      create: {
        ...funding,
        metropolisId: lookup(metropolisIds, metropolisSlug, 'métropole'),
        policyPlanId: policyPlanSlug ? lookup(planIds, policyPlanSlug, 'plan') : null,
        sourceId: articleSourceId,
        ...PUBLISHED,
      },
      select: { id: true },
    });
    fundingIds.set(funding.slug, row.id);
  }
  return { fundingIds };
}
