import { CitationText } from '@/components/citation-text';
import { getSiteUrl } from '@/lib/env';
import { buildPageCitation, pagePermalink, type PageDates } from '@/lib/figures/citation';

interface PageCitationProps {
  title: string;
  /** The page's path ("/groupes-de-travail/<slug>"): the permalink is built from the site's address. */
  path: string;
  dates: PageDates;
}

/**
 * "Citer cette page": a native disclosure like "Citer ce chiffre", so it works
 * without scripts; printed open (app/globals.css).
 */
export function PageCitation({ title, path, dates }: PageCitationProps) {
  const citation = buildPageCitation({ title, dates, permalink: pagePermalink(getSiteUrl(), path) });
  return (
    <details className="page-citation my-6 max-w-3xl rounded border border-gray-200 p-3 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700 underline hover:text-brand-800">Citer cette page</summary>
      <CitationText text={citation} />
    </details>
  );
}
