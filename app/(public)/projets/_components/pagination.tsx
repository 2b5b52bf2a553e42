import Link from 'next/link';
import type { ProjectPage } from '@/lib/projects/explorer';
import { explorerHref, firstPage, type ProjectQuery } from '@/lib/projects/filter';

const linkClass = 'rounded border border-brand-700 px-3 py-1 text-brand-700 underline hover:bg-brand-50';

/** Keyset pages: the next and previous positions are in the URL, so every page has its address and the back button works. */
export function Pagination({ query, page }: { query: ProjectQuery; page: ProjectPage }) {
  if (!page.previous && !page.next) return null;
  const start = firstPage(query);
  return (
    <nav aria-label="Pages de résultats" className="mt-4 flex flex-wrap gap-3">
      {page.previous && (
        <>
          <Link href={explorerHref(start)} prefetch={false} className={linkClass}>
            Première page
          </Link>
          <Link href={explorerHref({ ...start, cursor: page.previous })} prefetch={false} rel="prev" className={linkClass}>
            Projets précédents
          </Link>
        </>
      )}
      {page.next && (
        <Link href={explorerHref({ ...start, cursor: page.next })} prefetch={false} rel="next" className={linkClass}>
          Projets suivants
        </Link>
      )}
    </nav>
  );
}
