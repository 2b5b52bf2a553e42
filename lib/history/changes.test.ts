import { describe, expect, it } from 'vitest';
import { getContentType } from '@/lib/content/registry';
import { buildHistory, firstPublishedAt, publicChanges, type PublishedRevision } from './changes';

const figure = getContentType('Figure');
const labelOf = (_target: string, id: string) => (id === 'src-2' ? 'Rapport 2024' : 'Rapport 2023');
const base = { label: 'Projets financés', indicator: 'projets-finances', value: '120', unit: 'COUNT', isLowerBound: false, periodStartYear: 2018, periodEndYear: 2022, sourceId: 'src-1', metropolisId: 'm', policyPlanId: null, fundingProgrammeId: null, supportStructureId: null, programmeId: null, position: 1 };
const revision = (version: number, snapshot: Record<string, unknown>, authorId: string | null = 'u'): PublishedRevision => ({
  id: `r${version}`,
  version,
  createdAt: new Date(Date.UTC(2026, 0, version)),
  authorId,
  snapshot: snapshot as PublishedRevision['snapshot'],
});

describe('publicChanges', () => {
  it('reports readable old → new values, names relations and hides internal fields', () => {
    expect(publicChanges(figure, base, { ...base, value: '1350.5', sourceId: 'src-2', position: 4, indicator: 'autre' }, labelOf)).toEqual([
      { kind: 'value', label: 'Valeur', before: '120', after: '1\u202f350,5' },
      { kind: 'value', label: 'Source', before: 'Rapport 2023', after: 'Rapport 2024' },
    ]);
  });

  it('says a long text changed without dumping it', () => {
    const recap = getContentType('WorkingGroupReport');
    expect(publicChanges(recap, { body: 'Avant' }, { body: 'Après' }, labelOf)).toEqual([{ kind: 'text', label: expect.any(String) }]);
  });
});

describe('buildHistory', () => {
  it('compares consecutive published versions, skips those without a visible change, newest first', () => {
    const history = buildHistory(figure, [revision(3, { ...base, value: '135' }), revision(1, base, null), revision(2, { ...base, position: 9 }), revision(5, { ...base, value: '135' })], labelOf);
    expect(history).toEqual([{ id: 'r3', date: new Date(Date.UTC(2026, 0, 3)), changes: [{ kind: 'value', label: 'Valeur', before: '120', after: '135' }] }]);
  });

  it('dates a seeded entry’s first publication from the row, not from the baseline written at its first change', () => {
    const created = new Date('2019-03-22T00:00:00Z');
    expect(firstPublishedAt([revision(1, base, null), revision(2, base)], created)).toEqual(created);
    expect(firstPublishedAt([revision(2, base)], created)).toEqual(new Date(Date.UTC(2026, 0, 2)));
    expect(firstPublishedAt([], created)).toEqual(created);
  });
});
