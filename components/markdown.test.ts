import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkdownText } from './markdown';

function render(markdown: string, topHeadingLevel?: 2 | 3 | 4 | 5): string {
  // eslint-disable-next-line react/no-children-prop -- a .ts test file has no JSX, and the prop type requires children
  return renderToStaticMarkup(createElement(MarkdownText, { topHeadingLevel, children: markdown }));
}

describe('MarkdownText', () => {
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
