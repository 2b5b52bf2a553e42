import { describe, expect, it } from 'vitest';
import { auditFiltersToQuery, endOfParisDay, parseAuditSearchParams, startOfParisDay } from './filters';

describe('parseAuditSearchParams', () => {
  it('reads valid filters and ignores empty ones', () => {
    const { filters, ignored } = parseAuditSearchParams({
      actorId: 'clx123abc',
      entityType: 'User',
      action: 'auth.sign_in',
      from: '2026-11-01',
      to: '2026-11-26',
      page: '2',
      extra: 'ignored silently',
    });
    expect(filters).toEqual({ actorId: 'clx123abc', entityType: 'User', action: 'auth.sign_in', from: '2026-11-01', to: '2026-11-26', page: 2 });
    expect(ignored).toEqual([]);
    expect(parseAuditSearchParams({ actorId: '', action: '  ' })).toEqual({ filters: { page: 1 }, ignored: [] });
  });

  it('drops each invalid value on its own and names it', () => {
    const { filters, ignored } = parseAuditSearchParams({ action: "x'; DROP TABLE", from: '2026-02-30', page: '-1', entityType: 'User' });
    expect(filters).toEqual({ entityType: 'User', page: 1 });
    expect(ignored).toEqual(['action', 'date de début', 'page']);
  });

  it('drops values with control characters or decoded invalid UTF-8, like every staff input', () => {
    const bad = { actorId: 'clx\u0000abc', entityType: 'User\u0001', action: 'auth.sign_in\ufffd', from: '2026-11-01\u0000', to: '\ud800', page: '2\u0000' };
    expect(parseAuditSearchParams(bad)).toEqual({
      filters: { page: 1 },
      ignored: ['personne', 'type d’élément', 'action', 'date de début', 'date de fin', 'page'],
    });
    const decoded = Object.fromEntries(new URLSearchParams('action=%C3%28&actorId=%FF&entityType=%00'));
    expect(parseAuditSearchParams(decoded).ignored).toEqual(['personne', 'type d’élément', 'action']);
  });

  it('takes the first of repeated parameters', () => {
    expect(parseAuditSearchParams({ action: ['auth.sign_in', 'auth.sign_out'] }).filters.action).toBe('auth.sign_in');
  });

  it('drops a reversed period', () => {
    const { filters, ignored } = parseAuditSearchParams({ from: '2026-11-26', to: '2026-11-01' });
    expect(filters).toEqual({ page: 1 });
    expect(ignored[0]).toMatch(/^période/);
  });
});

describe('auditFiltersToQuery', () => {
  it('keeps the filters and sets the page', () => {
    expect(auditFiltersToQuery({ action: 'auth.sign_in', from: '2026-11-01', page: 1 }, 3)).toBe('?action=auth.sign_in&from=2026-11-01&page=3');
    expect(auditFiltersToQuery({ page: 1 })).toBe('');
  });
});

describe('Paris days', () => {
  it('start at Paris midnight, in winter and in summer', () => {
    expect(startOfParisDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfParisDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  it('handle the daylight-saving changes', () => {
    expect(startOfParisDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(endOfParisDay('2026-03-29').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfParisDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(endOfParisDay('2026-10-25').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(endOfParisDay('2026-12-31').toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });
});
