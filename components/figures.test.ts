import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { toProgrammeTotals } from '@/lib/figures/project-totals';
import { reconcileFigure } from '@/lib/figures/reconcile';
import type { FigureView } from '@/lib/figures/select';
import { DeclaredAndStored } from './declared-and-stored';
import { ComputedFigureCard, FigureCard } from './figures';

const declared: FigureView = {
  id: 'seed-figure-mel-projets-finances',
  indicator: 'projets-finances',
  label: 'Projets financés par l’appel à projets « Entreprendre autrement »',
  value: 62,
  unit: 'COUNT',
  isLowerBound: false,
  periodStartYear: 2015,
  periodEndYear: 2018,
  source: { publisher: 'Avise', title: 'Métropoles et ESS', publishedOn: new Date('2019-03-22T00:00:00.000Z'), publishedOnPrecision: 'DAY', url: 'https://www.avise.org/a' },
  fundingProgrammeId: 'programme-entreprendre-autrement',
  pagePath: '/metropoles/metropole-europeenne-de-lille',
};

const text = (markup: string) => markup.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('FigureCard', () => {
  it('has its stable anchor and a disclosure with the citation, its permalink and the date left to fill', () => {
    const markup = renderToStaticMarkup(createElement(FigureCard, { figure: declared }));
    expect(markup).toContain('id="chiffre-seed-figure-mel-projets-finances"');
    expect(markup).toMatch(/<details[^>]*><summary[^>]*>Citer ce chiffre/);
    expect(text(markup)).toContain(
      'Projets financés par l’appel à projets « Entreprendre autrement » : 62 (2015-2018). Source : Avise, « Métropoles et ESS », 22 mars 2019, https://www.avise.org/a.',
    );
    expect(text(markup)).toContain('http://localhost:3000/metropoles/metropole-europeenne-de-lille#chiffre-seed-figure-mel-projets-finances, consulté le [date de consultation].');
    // The copy button needs scripts: it is not in the server's HTML.
    expect(markup).not.toContain('<button');
    expect(markup).not.toContain('style=');
  });

  it('says when the source gives no period', () => {
    const markup = renderToStaticMarkup(createElement(FigureCard, { figure: { ...declared, periodStartYear: null, periodEndYear: null } }));
    expect(text(markup)).toContain('(année non précisée par la source)');
  });
});

describe('ComputedFigureCard', () => {
  it('gives its basis instead of a source, in the card and in the citation', () => {
    const markup = renderToStaticMarkup(
      createElement(ComputedFigureCard, {
        anchorId: 'chiffre-calcule-p1-projets',
        pagePath: '/metropoles/nantes-metropole',
        value: '3',
        label: 'Projets enregistrés',
        period: '2016-2018',
        basis: 'calculé à partir de 3 projets enregistrés (au 5 décembre 2026)',
      }),
    );
    expect(markup).toContain('id="chiffre-calcule-p1-projets"');
    expect(text(markup)).toContain('Calculé à partir de 3 projets enregistrés (au 5 décembre 2026)');
    expect(text(markup)).toContain('Projets enregistrés : 3 (2016-2018). Observatoire des politiques ESS des métropoles (RTES et Avise), calculé à partir de 3 projets enregistrés (au 5 décembre 2026), http://localhost:3000/metropoles/nantes-metropole#chiffre-calcule-p1-projets');
    expect(text(markup)).not.toContain('Source :');
  });
});

describe('DeclaredAndStored', () => {
  const stored = toProgrammeTotals([
    { year: 2016, isInPriorityNeighbourhood: true, projectCount: 3, amountCents: 3_000_000, lastPublishedAt: new Date('2026-12-05T09:00:00.000Z') },
    { year: 2021, isInPriorityNeighbourhood: false, projectCount: 1, amountCents: 100_000, lastPublishedAt: new Date('2026-12-06T09:00:00.000Z') },
  ]);

  it('shows the 62 declared and the 3 stored for the same period, each labelled, and says they differ', () => {
    const markup = renderToStaticMarkup(createElement(DeclaredAndStored, { reconciliation: reconcileFigure(declared, stored)!, programmeName: 'Entreprendre autrement' }));
    const shown = text(markup);
    expect(shown).toContain('Chiffre déclaré et projets enregistrés : ils diffèrent');
    expect(shown).toContain('Déclaré par la source (Avise)');
    expect(shown).toMatch(/62Projets financés/);
    expect(shown).toContain('Calculé à partir des projets enregistrés sur ce portail');
    expect(shown).toMatch(/3Projets enregistrés sur ce portail pour « Entreprendre autrement » \(2015-2018\)/);
    expect(shown).toContain('Calculé à partir de 3 projets enregistrés (au 5 décembre 2026)');
    expect(markup).toContain('id="chiffre-seed-figure-mel-projets-finances"');
    expect(markup).toContain('id="chiffre-calcule-seed-figure-mel-projets-finances-enregistre"');
  });

  it('says so when they agree', () => {
    const markup = renderToStaticMarkup(
      createElement(DeclaredAndStored, { reconciliation: reconcileFigure({ ...declared, value: 3 }, stored)!, programmeName: 'Entreprendre autrement' }),
    );
    expect(text(markup)).toContain('ils concordent');
  });
});
