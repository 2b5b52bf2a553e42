// Marks the acronyms of the glossary in rendered Markdown: the first occurrence
// of each term in a text becomes <a href="/glossaire#slug"><abbr title="…">TERM</abbr></a>.
// Client-safe (the editing form's preview renders the same Markdown).

/** What a text needs to know of a glossary entry. */
export interface GlossaryAbbreviation {
  /** As written in texts, case included: "ESS", "Avise". */
  term: string;
  expansion: string;
  slug: string;
}

export function glossaryHref(slug: string): string {
  return `/glossaire#${slug}`;
}

// The slice of hast (the HTML tree react-markdown renders) this pass reads and writes.
interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}
interface HastOther {
  type: 'root' | 'comment' | 'doctype' | 'raw';
  children?: HastNode[];
}
type HastNode = HastText | HastElement | HastOther;

/** A link inside a link is invalid, and code or an existing abbreviation is quoted as it is. */
const UNTOUCHED_ELEMENTS = new Set(['a', 'abbr', 'code', 'pre', 'kbd', 'samp', 'var', 'dfn']);

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One pattern for every term, longest first (so "ESS France" wins over "ESS"),
 * matching whole words only: no letter or digit may touch either end, which
 * keeps "ESS" out of "CRESS" and "ESSEC" but finds it in "l’ESS".
 */
function termsPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escapeForPattern);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

function abbreviationLink(abbreviation: GlossaryAbbreviation): HastElement {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: glossaryHref(abbreviation.slug) },
    children: [
      {
        type: 'element',
        tagName: 'abbr',
        // The link's own underline is enough: no dotted one under it.
        properties: { title: abbreviation.expansion, className: ['no-underline'] },
        children: [{ type: 'text', value: abbreviation.term }],
      },
    ],
  };
}

export interface MarkAbbreviationsOptions {
  abbreviations: readonly GlossaryAbbreviation[];
  /** Terms left as they are (a glossary entry does not link to itself). */
  exclude?: readonly string[];
}

/** Splits one text node around the first occurrences of terms not yet seen. */
function splitText(text: string, pattern: RegExp, byTerm: ReadonlyMap<string, GlossaryAbbreviation>, seen: Set<string>): HastNode[] | null {
  const parts: HastNode[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const term = match[0];
    if (seen.has(term)) continue;
    seen.add(term);
    if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
    parts.push(abbreviationLink(byTerm.get(term)!));
    last = match.index + term.length;
  }
  if (parts.length === 0) return null;
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

/** Rewrites the tree in document order, so "first occurrence" means the first a reader meets. */
export function markAbbreviations(tree: HastNode, { abbreviations, exclude = [] }: MarkAbbreviationsOptions): void {
  const excluded = new Set(exclude);
  const byTerm = new Map(abbreviations.filter((abbreviation) => !excluded.has(abbreviation.term)).map((abbreviation) => [abbreviation.term, abbreviation]));
  const pattern = termsPattern([...byTerm.keys()]);
  if (!pattern) return;
  const seen = new Set<string>();
  const visit = (node: HastNode) => {
    if (node.type === 'element' && UNTOUCHED_ELEMENTS.has(node.tagName)) return;
    if (!('children' in node) || !node.children) return;
    const children: HastNode[] = [];
    for (const child of node.children) {
      if (child.type === 'text') {
        children.push(...(splitText(child.value, pattern, byTerm, seen) ?? [child]));
      } else {
        visit(child);
        children.push(child);
      }
    }
    node.children = children;
  };
  visit(tree);
}

/** The pass as a rehype plugin, for react-markdown's `rehypePlugins`. */
export function rehypeGlossary(options: MarkAbbreviationsOptions) {
  return (tree: HastNode) => markAbbreviations(tree, options);
}
