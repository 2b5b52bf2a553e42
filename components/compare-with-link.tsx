import Link from 'next/link';

/** From a profile to the comparison, with this métropole already ticked. */
export function CompareWithLink({ slug, shortName }: { slug: string; shortName: string }) {
  return (
    <p className="mb-8">
      <Link prefetch={false} href={`/comparer?avec=${encodeURIComponent(slug)}`} className="font-medium text-brand-700 underline hover:text-brand-800">
        Comparer avec…<span className="sr-only"> : comparer {shortName} avec d’autres métropoles</span>
      </Link>
    </p>
  );
}
