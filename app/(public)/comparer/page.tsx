import type { Metadata } from 'next';
import { findPublishedMetropolises } from '@/lib/metropolises/queries';
import { ComparePageBody } from './_components/compare-page-body';

export const metadata: Metadata = {
  title: 'Comparer des métropoles',
  description:
    'Deux à quatre métropoles côte à côte : identité, adhésion au RTES, plans en vigueur, leviers d’action, dispositifs de financement, projets financés, structures et chiffres sourcés.',
};

// The form alone. A query string never reaches this page: proxy.ts rewrites
// each selection to its own page (lib/compare/proxy.ts).
export default async function ComparePage() {
  const metropolises = await findPublishedMetropolises();
  return <ComparePageBody metropolises={metropolises.map(({ slug, shortName }) => ({ slug, shortName }))} selected={[]} comparison={null} />;
}
