import { expect, it } from 'vitest';
import { subscribersCsv } from './csv';

it('writes one line per subscriber, lists by label, formulas neutralised', () => {
  const csv = subscribersCsv([
    { email: 'a@exemple.fr', lists: ['WORKING_GROUPS', 'OBSERVATORY_NEWS'], consentAt: new Date('2026-01-02T03:04:05Z'), confirmedAt: new Date('2026-01-02T04:00:00Z') },
    { email: '=cmd@exemple.fr', lists: ['OBSERVATORY_NEWS'], consentAt: new Date('2026-01-02T03:04:05Z'), confirmedAt: new Date('2026-01-02T04:00:00Z') },
  ]);
  const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(lines).toEqual([
    'adresse;listes;consentement;confirmation',
    'a@exemple.fr;Groupes de travail, Actualités de l’observatoire;2026-01-02T03:04:05.000Z;2026-01-02T04:00:00.000Z',
    "'=cmd@exemple.fr;Actualités de l’observatoire;2026-01-02T03:04:05.000Z;2026-01-02T04:00:00.000Z",
  ]);
});
