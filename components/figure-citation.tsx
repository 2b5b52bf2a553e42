import { CitationText } from '@/components/citation-text';
import { buildCitation, type CitationInput } from '@/lib/figures/citation';

/**
 * "Citer ce chiffre": a native disclosure, so the citation is one click away
 * without scripts; the copy button inside is only an enhancement.
 */
export function FigureCitation({ citation }: { citation: CitationInput }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700 underline hover:text-brand-800">
        Citer ce chiffre<span className="sr-only"> : {citation.label}</span>
      </summary>
      <CitationText text={buildCitation(citation)} />
    </details>
  );
}
