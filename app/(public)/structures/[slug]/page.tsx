import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { SupportStructureDetailView } from '@/components/support-structure-detail';
import { supportStructureKindLabels } from '@/lib/format';
import { getPageHistory, withCorrections } from '@/lib/history/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { findRedirectTarget } from '@/lib/slug-redirects/queries';
import { withPlaceholder, type SlugPageProps } from '@/lib/static-params';
import { findPublishedSupportStructureSlugs, getPublishedSupportStructureBySlug } from '@/lib/support-structures/queries';

export async function generateStaticParams() {
  return withPlaceholder(await findPublishedSupportStructureSlugs());
}

export async function generateMetadata({ params }: SlugPageProps): Promise<Metadata> {
  const { slug } = await params;
  const structure = await getPublishedSupportStructureBySlug(slug);
  if (!structure) return (await findRedirectTarget('SupportStructure', slug)) ? {} : { title: 'Page introuvable' };
  return pageMetadata({
    path: `/structures/${slug}`,
    title: structure.name,
    description: `${structure.name} : ${supportStructureKindLabels[structure.kind].toLowerCase()} de l’économie sociale et solidaire, métropoles accompagnées et chiffres clés.`,
  });
}

export default async function SupportStructurePage({ params }: SlugPageProps) {
  const { slug } = await params;
  const structure = await getPublishedSupportStructureBySlug(slug);
  if (!structure) {
    const target = await findRedirectTarget('SupportStructure', slug);
    if (target) permanentRedirect(`/structures/${target}`);
    notFound();
  }
  const history = await getPageHistory({ entityType: 'SupportStructure', slug, figures: structure.figures.map(({ id, label }) => ({ id, label })) });
  return <SupportStructureDetailView structure={{ ...structure, figures: withCorrections(structure.figures, history) }} history={history} />;
}
