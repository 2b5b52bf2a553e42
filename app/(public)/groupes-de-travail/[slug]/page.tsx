import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { WorkingGroupReportDetailView } from '@/components/working-group-report-detail';
import { getPageHistory } from '@/lib/history/queries';
import { feedAlternateTypes } from '@/lib/feeds/alternates';
import { formatOrdinal } from '@/lib/format';
import { pageMetadata } from '@/lib/seo/metadata';
import { recapJsonLd, recapPath } from '@/lib/seo/page-json-ld';
import { findRedirectTarget } from '@/lib/slug-redirects/queries';
import { withPlaceholder, type SlugPageProps } from '@/lib/static-params';
import { findPublishedWorkingGroupSlugs, getPublishedWorkingGroupBySlug } from '@/lib/working-groups/queries';

export async function generateStaticParams() {
  return withPlaceholder(await findPublishedWorkingGroupSlugs());
}

export async function generateMetadata({ params }: SlugPageProps): Promise<Metadata> {
  const { slug } = await params;
  const recap = await getPublishedWorkingGroupBySlug(slug);
  if (!recap) return (await findRedirectTarget('WorkingGroupReport', slug)) ? {} : { title: 'Page introuvable' };
  return pageMetadata({
    title: recap.title,
    description: recap.summary,
    path: recapPath(slug),
    alternates: { types: feedAlternateTypes() },
    type: 'article',
    image: 'segment',
    article: {
      publishedTime: recap.firstPublishedOn,
      modifiedTime: recap.lastUpdatedOn,
      section: `${formatOrdinal(recap.sequenceNumber)} groupe de travail`,
      tags: recap.themes.map((theme) => theme.name),
    },
  });
}

export default async function WorkingGroupPage({ params }: SlugPageProps) {
  const { slug } = await params;
  const recap = await getPublishedWorkingGroupBySlug(slug);
  if (!recap) {
    const target = await findRedirectTarget('WorkingGroupReport', slug);
    if (target) permanentRedirect(`/groupes-de-travail/${target}`);
    notFound();
  }
  const history = await getPageHistory({ entityType: 'WorkingGroupReport', slug, figures: [] });
  return (
    <>
      <JsonLd data={recapJsonLd(recap)} />
      <WorkingGroupReportDetailView recap={recap} history={history} />
    </>
  );
}
