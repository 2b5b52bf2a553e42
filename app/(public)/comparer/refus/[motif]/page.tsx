import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { comparisonRefusalMessages, isComparisonRefusal } from '@/lib/compare/params';
import { findPublishedMetropolises } from '@/lib/metropolises/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { ComparisonPicker } from '../../_components/comparison-picker';

// The 400 page of /comparer: proxy.ts (lib/compare/proxy.ts) rewrites a refused
// selection here, with that status, keeping the address the reader typed.
// One page per reason, never echoing what was sent.

// Deliberately not prerendered: a prerendered page records status 200, which
// Next serves over the proxy's 400, whereas a page first rendered on request
// keeps the status of each request. With cacheComponents the list cannot be
// empty: this value is no reason, so its page is a 404.
export function generateStaticParams() {
  return [{ motif: 'aucun' }];
}

export const metadata: Metadata = pageMetadata({
  title: 'Comparaison impossible',
  description: 'Cette sélection de métropoles ne peut pas être comparée : une comparaison porte sur deux à quatre métropoles publiées.',
  path: '/comparer',
  canonical: false,
  index: false,
});

export default async function ComparisonRefusedPage({ params }: { params: Promise<{ motif: string }> }) {
  const { motif } = await params;
  if (!isComparisonRefusal(motif)) notFound();
  const metropolises = await findPublishedMetropolises();
  return (
    <>
      <Breadcrumbs items={[{ label: 'Accueil', href: '/' }, { label: 'Comparer des métropoles', href: '/comparer' }, { label: 'Comparaison impossible' }]} />
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Comparaison impossible</h1>
      <p className="mb-2 max-w-3xl text-lg text-gray-900">{comparisonRefusalMessages[motif]}</p>
      <p className="mb-8 max-w-3xl text-gray-800">
        Une comparaison porte sur deux à quatre métropoles publiées, chacune une seule fois.{' '}
        <Link href="/comparer" prefetch={false} className="text-brand-700 underline hover:text-brand-800">
          Recommencer la sélection
        </Link>
        .
      </p>
      <ComparisonPicker metropolises={metropolises.map(({ slug, shortName }) => ({ slug, shortName }))} selected={[]} comparedNames={null} />
    </>
  );
}
