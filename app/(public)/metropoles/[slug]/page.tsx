import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { MetropolisProfileView } from '@/components/metropolis-profile';
import { findPublishedMetropolises, findPublishedMetropolisSlugs, getPublishedMetropolisBySlug } from '@/lib/metropolises/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { metropolisDescription, metropolisPageJsonLd, metropolisPath } from '@/lib/seo/page-json-ld';
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
  return pageMetadata({
    title: metropolis.officialName,
    description: metropolisDescription(metropolis),
    path: metropolisPath(slug),
    image: 'segment',
    alternates: { types: feedAlternateTypes({ filter: { metropole: slug }, title: `Flux Atom : ${metropolis.officialName}` }) },
  });
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
  // The directory's entry carries the map position (the profile does not).
  const place = (await findPublishedMetropolises()).find((item) => item.slug === slug) ?? null;
  return (
    <>
      <JsonLd data={metropolisPageJsonLd(metropolis, place)} />
      <MetropolisProfileView metropolis={annotated} history={history} />
    </>
  );
}
