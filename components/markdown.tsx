import { MarkdownContent, type MarkdownTextProps } from '@/components/markdown-content';
import { findGlossaryAbbreviations } from '@/lib/glossary/queries';

/**
 * Editors' Markdown on a public page, with the first occurrence of each
 * glossary term marked and linked to its entry (one place for every text, so no
 * page has to pass the glossary down). A server component; the editing form's
 * preview, a client component, uses MarkdownContent.
 */
export async function MarkdownText(props: MarkdownTextProps) {
  const abbreviations = await findGlossaryAbbreviations();
  return <MarkdownContent {...props} abbreviations={abbreviations} />;
}
