import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { PolicyPlanDetailView } from '@/components/policy-plan-detail';
import { formatYearRange, planKindLabels } from '@/lib/format';
import { findPublishedPolicyPlanSlugs, getPublishedPolicyPlanBySlug } from '@/lib/policy-plans/queries';
import { getPageHistory, withCorrections } from '@/lib/history/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { findRedirectTarget } from '@/lib/slug-redirects/queries';
import { withPlaceholder, type SlugPageProps } from '@/lib/static-params';

export async function generateStaticParams() {
  return withPlaceholder(await findPublishedPolicyPlanSlugs());
}

export async function generateMetadata({ params }: SlugPageProps): Promise<Metadata> {
  const { slug } = await params;
  const plan = await getPublishedPolicyPlanBySlug(slug);
  if (!plan) return (await findRedirectTarget('PolicyPlan', slug)) ? {} : { title: 'Page introuvable' };
  const period = formatYearRange(plan.startYear, plan.endYear);
  return pageMetadata({
    path: `/politiques/${slug}`,
    title: `${plan.title} (${plan.metropolis.shortName}${period ? `, ${period}` : ''})`,
    description: `${planKindLabels[plan.kind]} de ${plan.metropolis.officialName} en faveur de l’économie sociale et solidaire : période, statut, leviers d’action, dispositifs et chiffres.`,
  });
}

export default async function PolicyPlanPage({ params }: SlugPageProps) {
  const { slug } = await params;
  const plan = await getPublishedPolicyPlanBySlug(slug);
  if (!plan) {
    const target = await findRedirectTarget('PolicyPlan', slug);
    if (target) permanentRedirect(`/politiques/${target}`);
    notFound();
  }
  const figures = [...plan.figures, ...plan.fundingProgrammes.flatMap((programme) => programme.figures)];
  const history = await getPageHistory({ entityType: 'PolicyPlan', slug, figures: figures.map(({ id, label }) => ({ id, label })) });
  const annotated = {
    ...plan,
    figures: withCorrections(plan.figures, history),
    fundingProgrammes: plan.fundingProgrammes.map((programme) => ({ ...programme, figures: withCorrections(programme.figures, history) })),
  };
  return <PolicyPlanDetailView plan={annotated} history={history} />;
}
