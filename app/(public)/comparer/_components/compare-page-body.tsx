import { Breadcrumbs } from '@/components/breadcrumbs';
import type { Comparison } from '@/lib/compare/build';
import { comparisonHref } from '@/lib/compare/params';
import { ComparisonPicker } from './comparison-picker';
import { ComparisonView } from './comparison-view';

interface ComparePageBodyProps {
  metropolises: Array<{ slug: string; shortName: string }>;
  /** Ticked in the form. */
  selected: string[];
  comparison: Comparison | null;
}

/** /comparer in each of its states (nothing chosen, one métropole ticked, a selection compared). */
export function ComparePageBody({ metropolises, selected, comparison }: ComparePageBodyProps) {
  const compared = comparison?.metropolises.map(({ profile }) => profile) ?? null;
  return (
    <>
      <Breadcrumbs items={[{ label: 'Accueil', href: '/' }, { label: 'Comparer des métropoles' }]} />
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Comparer des métropoles</h1>
      <p className="mb-8 max-w-3xl text-lg leading-relaxed text-gray-800">
        Deux à quatre métropoles côte à côte : ce que l’observatoire sait de leur politique en faveur de l’économie sociale
        et solidaire, chaque chiffre avec sa source ou la façon dont il est calculé.
      </p>
      <ComparisonPicker metropolises={metropolises} selected={selected} comparedNames={compared?.map((profile) => profile.shortName) ?? null} />
      {comparison && compared && <ComparisonView comparison={comparison} pagePath={comparisonHref(compared.map((profile) => profile.slug))} />}
    </>
  );
}
