import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { PolicyPlanDetailView } from '@/components/policy-plan-detail';
import { formatYearRange, planKindLabels } from '@/lib/format';
import { findPublishedPolicyPlanSlugs, getPublishedPolicyPlanBySlug } from '@/lib/policy-plans/queries';
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
  return <PolicyPlanDetailView plan={plan} />;
}
