import { describe, expect, it } from 'vitest';
import {
  buildCitation,
  computedFigureAnchor,
  CONSULTATION_DATE_PLACEHOLDER,
  declaredFigureAnchor,
  figurePermalink,
  formatConsultationDate,
  formatDayInFrance,
  projectsBasis,
  withConsultationDate,
} from './citation';

const avise = {
  publisher: 'Avise',
  title: 'Métropoles et ESS : retour sur le 2e groupe de travail',
  publishedOn: new Date('2019-03-22T00:00:00.000Z'),
  publishedOnPrecision: 'DAY' as const,
  url: 'https://www.avise.org/actualites/metropoles-ess',
};

describe('figure anchors and permalinks', () => {
  it('anchors a declared figure by its row id and a computed one by stable keys', () => {
    expect(declaredFigureAnchor('seed-figure-mel-projets-finances')).toBe('chiffre-seed-figure-mel-projets-finances');
    expect(computedFigureAnchor('cm4x2', 'projets', 2015, 2018)).toBe('chiffre-calcule-cm4x2-projets-2015-2018');
    expect(computedFigureAnchor('Métropoles observées')).toBe('chiffre-calcule-metropoles-observees');
  });

  it('joins the site, the page and the anchor without doubled slashes', () => {
    expect(figurePermalink('https://observatoire.example/', '/metropoles/nantes-metropole', 'chiffre-x')).toBe(
      'https://observatoire.example/metropoles/nantes-metropole#chiffre-x',
    );
    expect(figurePermalink('https://observatoire.example', '/', 'chiffre-y')).toBe('https://observatoire.example/#chiffre-y');
  });
});

describe('buildCitation', () => {
  const permalink = 'https://observatoire.example/metropoles/metropole-europeenne-de-lille#chiffre-seed-figure-mel-projets-finances';

  it('cites a declared figure with its value, period, source, permalink and a consultation date to fill in', () => {
    const text = buildCitation({
      label: 'Projets financés par l’appel à projets « Entreprendre autrement »',
      value: '62',
      period: '2015-2018',
      origin: { kind: 'source', source: avise },
      permalink,
    });
    expect(text).toBe(
      'Projets financés par l’appel à projets « Entreprendre autrement » : 62 (2015-2018). ' +
        'Source : Avise, « Métropoles et ESS : retour sur le 2e groupe de travail », 22 mars 2019, https://www.avise.org/actualites/metropoles-ess. ' +
        `Cité d’après l’Observatoire des politiques ESS des métropoles (RTES et Avise), ${permalink}, consulté le [date de consultation].`,
    );
  });

  it('gives the source date at its precision, leaves out what the source lacks and says when the period is not given', () => {
    const text = buildCitation({
      label: 'Emplois de l’ESS',
      value: '43 000',
      period: null,
      origin: { kind: 'source', source: { ...avise, publishedOn: new Date('2020-06-01T00:00:00.000Z'), publishedOnPrecision: 'MONTH', url: null } },
      permalink,
    });
    expect(text).toContain('Emplois de l’ESS : 43 000 (année non précisée par la source).');
    expect(text).toContain('Source : Avise, « Métropoles et ESS : retour sur le 2e groupe de travail », juin 2020. Cité');
    expect(text).not.toContain('https://www.avise.org');
  });

  it('cites a computed figure by how the portal computed it', () => {
    const text = buildCitation(
      {
        label: 'Projets enregistrés',
        value: '3',
        period: '2016-2018',
        origin: { kind: 'computed', basis: 'calculé à partir de 3 projets enregistrés (au 5 décembre 2026)' },
        permalink,
      },
      '7 décembre 2026',
    );
    expect(text).toBe(
      'Projets enregistrés : 3 (2016-2018). Observatoire des politiques ESS des métropoles (RTES et Avise), ' +
        `calculé à partir de 3 projets enregistrés (au 5 décembre 2026), ${permalink}, consulté le 7 décembre 2026.`,
    );
    expect(text).not.toContain('Source :');
  });

  it('puts the reader’s day in place of the placeholder', () => {
    const text = `… consulté le ${CONSULTATION_DATE_PLACEHOLDER}.`;
    expect(withConsultationDate(text, '1er décembre 2026')).toBe('… consulté le 1er décembre 2026.');
  });
});

describe('dates of citations', () => {
  it('writes the consultation day in the reader’s calendar', () => {
    expect(formatConsultationDate(new Date(2026, 11, 1, 23, 30))).toBe('1er décembre 2026');
  });

  it('dates an instant by its day in France, not in UTC', () => {
    expect(formatDayInFrance(new Date('2026-12-04T23:30:00.000Z'))).toBe('5 décembre 2026');
    expect(formatDayInFrance(new Date('2026-07-04T21:59:00.000Z'))).toBe('4 juillet 2026');
  });

  it('says how many projects a computed figure rests on, and as of when', () => {
    expect(projectsBasis(3, new Date('2026-12-05T10:00:00.000Z'))).toBe('calculé à partir de 3 projets enregistrés (au 5 décembre 2026)');
    expect(projectsBasis(1, new Date('2026-12-05T10:00:00.000Z'))).toBe('calculé à partir de 1 projet enregistré (au 5 décembre 2026)');
    expect(projectsBasis(1200, null)).toMatch(/^calculé à partir de 1\s200 projets enregistrés$/);
    expect(projectsBasis(0, null)).toBe('calculé sur ce portail, qui n’enregistre aucun projet pour ce périmètre');
  });
});
