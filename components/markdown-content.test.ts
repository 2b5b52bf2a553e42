import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { GlossaryAbbreviation } from '@/lib/glossary/abbreviations';
import { MarkdownContent } from './markdown-content';

function render(markdown: string, topHeadingLevel?: 2 | 3 | 4 | 5): string {
  // eslint-disable-next-line react/no-children-prop -- a .ts test file has no JSX, and the prop type requires children
  return renderToStaticMarkup(createElement(MarkdownContent, { topHeadingLevel, children: markdown }));
}

const GLOSSARY: GlossaryAbbreviation[] = [
  { term: 'ESS', expansion: 'Économie sociale et solidaire', slug: 'ess' },
  { term: 'CRESS', expansion: 'Chambre régionale de l’économie sociale et solidaire', slug: 'cress' },
  { term: 'Avise', expansion: 'Agence de valorisation des initiatives socio-économiques', slug: 'avise' },
  { term: 'ESS France', expansion: 'Chambre française de l’économie sociale et solidaire', slug: 'ess-france' },
];

function renderWithGlossary(markdown: string, excludeTerms?: string[]): string {
  // eslint-disable-next-line react/no-children-prop -- as above
  return renderToStaticMarkup(createElement(MarkdownContent, { abbreviations: GLOSSARY, excludeTerms, children: markdown }));
}

/** Each marked abbreviation, in order: where it links, its title and its text. */
function abbreviations(html: string): Array<[href: string, title: string, text: string]> {
  return [...html.matchAll(/<a [^>]*?href="([^"]+)"[^>]*><abbr title="([^"]+)" class="no-underline">([^<]+)<\/abbr><\/a>/g)].map((match) => [match[1]!, match[2]!, match[3]!]);
}

/** The text a reader sees, without the tags. */
function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, '');
}

const ESS: [string, string, string] = ['/glossaire#ess', 'Économie sociale et solidaire', 'ESS'];
const CRESS: [string, string, string] = ['/glossaire#cress', 'Chambre régionale de l’économie sociale et solidaire', 'CRESS'];

describe('MarkdownContent', () => {
  it('renders Markdown', () => {
    const html = render('Un **texte** avec une liste :\n\n- un\n- deux');
    expect(html).toContain('<strong>texte</strong>');
    expect(html).toMatch(/<ul[^>]*>\s*<li>un<\/li>/);
  });

  it('drops raw HTML', () => {
    const html = render('Avant <script>alert(1)</script> après\n\n<img src=x onerror="alert(1)">');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('<img');
  });

  it('keeps http(s), mailto and relative links', () => {
    const html = render(
      '[Avise](https://www.avise.org) [écrire](mailto:contact@example.org) [Nantes](/metropoles/nantes-metropole)',
    );
    expect(html).toContain('href="https://www.avise.org"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('href="mailto:contact@example.org"');
    expect(html).toContain('href="/metropoles/nantes-metropole"');
  });

  it('removes unsafe link targets but keeps the text', () => {
    const html = render('[cliquer](javascript:alert(1)) [données](data:text/html,x)');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:');
    expect(html).not.toContain('<a');
    expect(html).toContain('cliquer');
    expect(html).toContain('données');
  });

  it('maps the highest heading to the requested level and keeps the outline', () => {
    const html = render('## Partie\n\ntexte\n\n### Sous-partie\n\ntexte', 2);
    expect(html).toMatch(/<h2[^>]*>Partie<\/h2>/);
    expect(html).toMatch(/<h3[^>]*>Sous-partie<\/h3>/);

    const nested = render('# Titre\n\n## Détail', 4);
    expect(nested).toMatch(/<h4[^>]*>Titre<\/h4>/);
    expect(nested).toMatch(/<h5[^>]*>Détail<\/h5>/);
    expect(nested).not.toContain('<h1');
  });

  it('replaces images by their alternative text', () => {
    const html = render('![Carte de la métropole](https://example.org/carte.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('Carte de la métropole');
  });
});

describe('MarkdownContent: the glossary’s abbreviations', () => {
  it('marks and links the first occurrence of each term only, leaving the text unchanged', () => {
    const markdown = 'La politique ESS de la métropole.\n\nL’ESS pèse 12 % des emplois ; l’ESS progresse.';
    const html = renderWithGlossary(markdown);
    expect(abbreviations(html)).toEqual([ESS]);
    expect(html).toMatch(/La politique <a [^>]*href="\/glossaire#ess"/);
    expect(textOf(html)).toBe(textOf(render(markdown)));
  });

  it('matches whole words with their case, after an apostrophe too', () => {
    const html = renderWithGlossary('La CRESS, l’Avise, les ESSEC, une ess, ESS2030 et AvisePlus.');
    // ESS inside CRESS, ESSEC, ESS2030, and "ess" in lower case are not the acronym.
    expect(abbreviations(html)).toEqual([CRESS, ['/glossaire#avise', 'Agence de valorisation des initiatives socio-économiques', 'Avise']]);
    expect(html).toContain('AvisePlus');
  });

  it('prefers the longest term', () => {
    const html = renderWithGlossary('ESS France fédère les acteurs de l’ESS.');
    expect(abbreviations(html)).toEqual([['/glossaire#ess-france', 'Chambre française de l’économie sociale et solidaire', 'ESS France'], ESS]);
  });

  it('never touches links, inline code or code blocks, and links the first occurrence outside them', () => {
    const html = renderWithGlossary('[Le portail de l’ESS](https://www.ess-france.org) et `ESS` en code.\n\n```\nESS\n```\n\nPuis l’ESS ici.');
    expect(html).toMatch(/<a [^>]*href="https:\/\/www\.ess-france\.org"[^>]*>Le portail de l’ESS<\/a>/);
    expect(html).toContain('<code>ESS</code>');
    expect(html).toMatch(/<pre><code>ESS\n<\/code><\/pre>/);
    expect(abbreviations(html)).toEqual([ESS]);
    expect(html).toMatch(/Puis l’<a [^>]*href="\/glossaire#ess"/);
  });

  it('marks terms in headings, emphasis and list items, in reading order', () => {
    const html = renderWithGlossary('## Soutenir l’ESS\n\n- la **CRESS** et l’ESS');
    expect(abbreviations(html)).toEqual([ESS, CRESS]);
    expect(html).toMatch(/<h2[^>]*>Soutenir l’<a [^>]*href="\/glossaire#ess"/);
    expect(html).toMatch(/<strong><a [^>]*href="\/glossaire#cress"/);
  });

  it('leaves out the excluded terms (an entry does not link to itself)', () => {
    expect(abbreviations(renderWithGlossary('L’ESS et la CRESS.', ['ESS']))).toEqual([CRESS]);
  });

  it('leaves the text as it is without a glossary', () => {
    expect(render('L’ESS et la CRESS.')).not.toContain('<abbr');
  });
});
