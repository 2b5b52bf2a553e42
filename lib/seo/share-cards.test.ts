import { describe, expect, it } from 'vitest';
import { metropolisShareCard, recapShareCard } from './share-cards';

describe('share cards', () => {
  it('name a recap by its number, title and meeting date', () => {
    const card = recapShareCard({ title: 'Structurer un écosystème', sequenceNumber: 2, meetingDate: new Date('2019-03-05T00:00:00.000Z'), participantCount: 11 });
    expect(card).toEqual({ kicker: 'Compte rendu · 2e groupe de travail', title: 'Structurer un écosystème', lines: ['Réunion du 5 mars 2019', '11 métropoles participantes'] });
    const numbered = recapShareCard({ title: '2e groupe de travail : les champs d’action', sequenceNumber: 2, meetingDate: new Date('2019-03-05T00:00:00.000Z'), participantCount: 1 });
    expect(numbered.kicker).toBe('Compte rendu de groupe de travail');
    expect(numbered.lines).toEqual(['Réunion du 5 mars 2019', '1 métropole participante']);
  });

  it('show a métropole’s population only with its source', () => {
    const base = { officialName: 'Nantes Métropole', region: 'Pays de la Loire', seatCity: 'Nantes', coverage: 'NO_DATA' as const, population: 695303 };
    const source = { publisher: 'INSEE', title: 'Populations légales', publishedOn: null, publishedOnPrecision: 'YEAR' as const, url: null };
    expect(metropolisShareCard({ ...base, identitySource: source }).lines).toEqual(['Politique ESS : aucune donnée publiée', 'Population : 695\u202f303\u00a0hab. (INSEE)']);
    expect(metropolisShareCard({ ...base, identitySource: null }).lines).toEqual(['Politique ESS : aucune donnée publiée']);
  });
});
