import Link from 'next/link';
import Markdown, { type Components } from 'react-markdown';
import { rehypeGlossary, type GlossaryAbbreviation } from '@/lib/glossary/abbreviations';
import { isExternalHref, toSafeHref } from '@/lib/safe-url';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

export interface MarkdownTextProps {
  children: string;
  /**
   * Level the text's highest heading becomes: 2 when the text sits right under
   * the page's h1, 4 inside an h3 section. h1 is never produced.
   */
  topHeadingLevel?: 2 | 3 | 4 | 5;
  className?: string;
  /** Glossary terms left unmarked (a glossary entry does not link to itself). */
  excludeTerms?: readonly string[];
}

interface MarkdownContentProps extends MarkdownTextProps {
  /** Glossary terms whose first occurrence becomes a link to their entry, with an <abbr>. */
  abbreviations?: readonly GlossaryAbbreviation[];
}

const headingClasses: Record<HeadingTag, string> = {
  h2: 'mt-8 mb-3 text-2xl font-bold text-gray-900',
  h3: 'mt-6 mb-2 text-xl font-semibold text-gray-900',
  h4: 'mt-4 mb-2 text-lg font-semibold text-gray-900',
  h5: 'mt-4 mb-1 font-semibold text-gray-900',
  h6: 'mt-4 mb-1 font-semibold text-gray-900',
};

interface MdastNode {
  type: string;
  depth?: number;
  children?: MdastNode[];
}

function collectHeadings(node: MdastNode, found: MdastNode[]): MdastNode[] {
  if (node.type === 'heading') found.push(node);
  for (const child of node.children ?? []) collectHeadings(child, found);
  return found;
}

/**
 * Remark plugin: the text's highest heading becomes `topHeadingLevel`, the
 * others keep their distance to it, so the outline continues the page's own
 * whatever level the editor started at ("#" or "##").
 */
function shiftHeadings({ topHeadingLevel }: { topHeadingLevel: number }) {
  return (tree: MdastNode) => {
    const headings = collectHeadings(tree, []);
    if (headings.length === 0) return;
    const highest = Math.min(...headings.map((heading) => heading.depth ?? 1));
    for (const heading of headings) {
      heading.depth = Math.min(6, (heading.depth ?? 1) - highest + topHeadingLevel);
    }
  };
}

function heading(Tag: HeadingTag): Components['h2'] {
  return function MarkdownHeading({ children }) {
    return <Tag className={headingClasses[Tag]}>{children}</Tag>;
  };
}

const components: Components = {
  h2: heading('h2'),
  h3: heading('h3'),
  h4: heading('h4'),
  h5: heading('h5'),
  h6: heading('h6'),
  p: ({ children }) => <p className="my-3 leading-relaxed">{children}</p>,
  ul: ({ children }) => <ul className="my-3 list-disc space-y-1 pl-6">{children}</ul>,
  ol: ({ children }) => <ol className="my-3 list-decimal space-y-1 pl-6">{children}</ol>,
  blockquote: ({ children }) => (
    <blockquote className="my-4 border-l-4 border-brand-100 pl-4 text-gray-800">{children}</blockquote>
  ),
  a: ({ href, children }) => {
    if (!href) return <>{children}</>;
    const className = 'text-brand-700 underline hover:text-brand-800';
    if (href.startsWith('/')) {
      return (
        <Link href={href} className={className}>
          {children}
        </Link>
      );
    }
    return (
      <a href={href} className={className} rel={isExternalHref(href) ? 'noopener noreferrer' : undefined}>
        {children}
      </a>
    );
  },
  // Editors' text carries no images on the public site: the alternative text stands in.
  img: ({ alt }) => <>{alt}</>,
};

/**
 * Renders editors' Markdown as HTML without raw HTML (skipped) and with link
 * targets limited to http(s), mailto and relative URLs. Client-safe: public
 * pages use MarkdownText (components/markdown.tsx), which reads the glossary.
 */
export function MarkdownContent({ children, topHeadingLevel = 2, className, abbreviations = [], excludeTerms }: MarkdownContentProps) {
  return (
    <div className={className}>
      <Markdown
        skipHtml
        urlTransform={toSafeHref}
        remarkPlugins={[[shiftHeadings, { topHeadingLevel }]]}
        rehypePlugins={abbreviations.length > 0 ? [[rehypeGlossary, { abbreviations, exclude: excludeTerms }]] : []}
        components={components}
      >
        {children}
      </Markdown>
    </div>
  );
}
