import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { PersonDetailView } from '@/components/person-detail';
import { getPageHistory } from '@/lib/history/queries';
import { findPublishedPersonSlugs, getPublishedPersonBySlug } from '@/lib/persons/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { findRedirectTarget } from '@/lib/slug-redirects/queries';
import { withPlaceholder, type SlugPageProps } from '@/lib/static-params';

export async function generateStaticParams() {
  return withPlaceholder(await findPublishedPersonSlugs());
}

export async function generateMetadata({ params }: SlugPageProps): Promise<Metadata> {
  const { slug } = await params;
  const person = await getPublishedPersonBySlug(slug);
  if (!person) return (await findRedirectTarget('Person', slug)) ? {} : { title: 'Page introuvable' };
  const role = person.role && person.roleYear !== null ? `, ${person.role.charAt(0).toLocaleLowerCase('fr') + person.role.slice(1)} en ${person.roleYear}` : '';
  return pageMetadata({
    title: person.fullName,
    description: `${person.fullName}${role} : interventions dans les groupes de travail « Métropoles, ESS et innovation sociale ».`,
    path: `/personnes/${slug}`,
  });
}

export default async function PersonPage({ params }: SlugPageProps) {
  const { slug } = await params;
  const person = await getPublishedPersonBySlug(slug);
  if (!person) {
    const target = await findRedirectTarget('Person', slug);
    if (target) permanentRedirect(`/personnes/${target}`);
    notFound();
  }
  const history = await getPageHistory({ entityType: 'Person', slug, figures: [] });
  return <PersonDetailView person={person} history={history} />;
}
