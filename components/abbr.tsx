import Link from 'next/link';
import { glossaryHref, type GlossaryAbbreviation } from '@/lib/glossary/abbreviations';
import { findGlossaryAbbreviations } from '@/lib/glossary/queries';

/** An acronym marked with its expansion and linked to its glossary entry, as Markdown texts mark theirs. */
export function GlossaryAbbrLink({ abbreviation }: { abbreviation: GlossaryAbbreviation }) {
  return (
    <Link href={glossaryHref(abbreviation.slug)} className="text-brand-700 underline hover:text-brand-800">
      <abbr title={abbreviation.expansion} className="no-underline">
        {abbreviation.term}
      </abbr>
    </Link>
  );
}

/**
 * A fixed acronym of a page (a label, a table header): marked and linked when
 * the glossary has a published entry for it, plain text otherwise, so a page
 * never shows an expansion editors have not published.
 */
export async function Abbr({ term }: { term: string }) {
  const abbreviation = (await findGlossaryAbbreviations()).find((candidate) => candidate.term === term);
  return abbreviation ? <GlossaryAbbrLink abbreviation={abbreviation} /> : <>{term}</>;
}
