import { describe, expect, it } from 'vitest';
import {
  buildCitation,
  buildPageCitation,
  dayInFrance,
  entryPageDates,
  pagePermalink,
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

describe('buildPageCitation', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

  it('cites a recap with the portal, its title, both editorial dates, the permalink and a consultation date to fill in', () => {
    const citation = buildPageCitation({
      title: 'Métropoles, ESS et innovation sociale : 2e groupe de travail',
      dates: { publishedOn: day('2019-03-22'), updatedOn: day('2019-04-02') },
      permalink: pagePermalink('https://observatoire.example/', '/groupes-de-travail/2e-groupe'),
    });
    expect(citation).toBe(
      'Observatoire des politiques ESS des métropoles (RTES et Avise), « Métropoles, ESS et innovation sociale : 2e groupe de travail », ' +
        'publié le 22 mars 2019, mis à jour le 2 avril 2019. En ligne : https://observatoire.example/groupes-de-travail/2e-groupe ' +
        `(consulté le ${CONSULTATION_DATE_PLACEHOLDER}).`,
    );
    expect(withConsultationDate(citation, '1er décembre 2026')).toMatch(/\(consulté le 1er décembre 2026\)\.$/);
  });

  it('does not repeat an update made on the day of publication, and claims no date it does not have', () => {
    const sameDay = buildPageCitation({ title: 'T', dates: { publishedOn: day('2019-03-05'), updatedOn: day('2019-03-05') }, permalink: 'https://x.example/p' });
    expect(sameDay).toContain('publié le 5 mars 2019. En ligne');
    expect(sameDay).not.toContain('mis à jour');
    const undated = buildPageCitation({ title: 'T', dates: { publishedOn: null, updatedOn: null }, permalink: 'https://x.example/p' });
    expect(undated).toBe(`Observatoire des politiques ESS des métropoles (RTES et Avise), « T ». En ligne : https://x.example/p (consulté le ${CONSULTATION_DATE_PLACEHOLDER}).`);
  });

  it('dates other entries by their last publication, as a day in France', () => {
    // 23:30 UTC on 31 December is already the 1st of January in Paris.
    const dates = entryPageDates({ publishedAt: new Date('2025-12-31T23:30:00.000Z') });
    expect(dates).toEqual({ publishedOn: null, updatedOn: day('2026-01-01') });
    expect(buildPageCitation({ title: 'Nantes Métropole', dates, permalink: 'https://x.example/metropoles/nantes-metropole' })).toContain(
      '« Nantes Métropole », mis à jour le 1er janvier 2026. En ligne : https://x.example/metropoles/nantes-metropole',
    );
    expect(entryPageDates({ publishedAt: null })).toEqual({ publishedOn: null, updatedOn: null });
    expect(dayInFrance(new Date('2019-03-22T10:00:00.000Z'))).toEqual(day('2019-03-22'));
  });

  it('joins the site and the path without doubled slashes', () => {
    expect(pagePermalink('https://observatoire.example//', 'structures/cisca')).toBe('https://observatoire.example/structures/cisca');
  });
});
