/**
 * From a profile to the comparison, with this métropole already ticked. A plain
 * link, not next/link: /comparer's query string is judged by proxy.ts, which
 * rewrites it to a page of its own, and the client router's fetch of such a
 * rewrite answered 404; a document navigation gets the right page every time.
 */
export function CompareWithLink({ slug, shortName }: { slug: string; shortName: string }) {
  return (
    <p className="mb-8">
      <a href={`/comparer?avec=${encodeURIComponent(slug)}`} className="font-medium text-brand-700 underline hover:text-brand-800">
        Comparer avec…<span className="sr-only"> : comparer {shortName} avec d’autres métropoles</span>
      </a>
    </p>
  );
}
