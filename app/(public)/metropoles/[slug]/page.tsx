import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { MetropolisProfileView } from '@/components/metropolis-profile';
import { findPublishedMetropolisSlugs, getPublishedMetropolisBySlug } from '@/lib/metropolises/queries';
import { getPageHistory, withCorrections } from '@/lib/history/queries';
import { feedAlternateTypes } from '@/lib/feeds/alternates';
import { findRedirectTarget } from '@/lib/slug-redirects/queries';
import { withPlaceholder, type SlugPageProps } from '@/lib/static-params';

export async function generateStaticParams() {
  return withPlaceholder(await findPublishedMetropolisSlugs());
}

export async function generateMetadata({ params }: SlugPageProps): Promise<Metadata> {
  const { slug } = await params;
  const metropolis = await getPublishedMetropolisBySlug(slug);
  if (!metropolis) return (await findRedirectTarget('Metropolis', slug)) ? {} : { title: 'Page introuvable' };
  return {
    title: metropolis.officialName,
    alternates: { types: feedAlternateTypes({ filter: { metropole: slug }, title: `Flux Atom : ${metropolis.officialName}` }) },
    description: `${metropolis.officialName} (${metropolis.region}) : politique en faveur de l’économie sociale et solidaire, plans, dispositifs de financement et structures d’accompagnement.`,
  };
}

export default async function MetropolisPage({ params }: SlugPageProps) {
  const { slug } = await params;
  const metropolis = await getPublishedMetropolisBySlug(slug);
  if (!metropolis) {
    const target = await findRedirectTarget('Metropolis', slug);
    if (target) permanentRedirect(`/metropoles/${target}`);
    notFound();
  }
  const figures = [...metropolis.figures, ...metropolis.fundingProgrammes.flatMap((programme) => programme.figures)];
  const history = await getPageHistory({ entityType: 'Metropolis', slug, figures: figures.map(({ id, label }) => ({ id, label })) });
  const annotated = {
    ...metropolis,
    figures: withCorrections(metropolis.figures, history),
    fundingProgrammes: metropolis.fundingProgrammes.map((programme) => ({ ...programme, figures: withCorrections(programme.figures, history) })),
  };
  return <MetropolisProfileView metropolis={annotated} history={history} />;
}
