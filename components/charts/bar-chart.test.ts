import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formatEuros } from '@/lib/format';
import { BarChart } from './bar-chart';

const render = (data: Array<{ label: string; value: number }>) =>
  renderToStaticMarkup(
    createElement(BarChart, { title: 'Montants accordés par année', valueLabel: 'Montant accordé', categoryLabel: 'Année', data, formatValue: formatEuros }),
  );

describe('BarChart', () => {
  it('draws one bar per value, scaled to the largest, with the same data in a table', () => {
    const markup = render([
      { label: '2019', value: 100_000 },
      { label: '2020', value: 50_000 },
    ]);
    expect(markup.match(/<rect /g)).toHaveLength(2);
    expect(markup).toContain('width="310"');
    expect(markup).toContain('width="155"');
    expect(markup).toMatch(/<th scope="row"[^>]*>2019<\/th><td[^>]*>100\s000\s€<\/td>/);
    expect(markup).toContain('role="img"');
    expect(markup).toContain('<summary');
    expect(markup).not.toContain('style=');
  });

  it('shortens a long label inside the drawing, and keeps it whole in the table', () => {
    const markup = render([{ label: 'Recherche et développement en innovation sociale', value: 3 }]);
    const drawn = /<text[^>]*text-anchor="end"[^>]*>([^<]*)<\/text>/.exec(markup)?.[1];
    expect(drawn).toBe('Recherche et développemen…');
    expect(markup).toContain('>Recherche et développement en innovation sociale</th>');
  });

  it('says when there is nothing to draw', () => {
    expect(render([])).toContain('Aucune donnée à représenter.');
  });
});
