import { CONTENT_ENTITY_TYPES } from '../../lib/content/entity-types';
import { beforeAll, expect, it } from 'vitest';
import { findAuditEvents, findAuditFacets } from '../../lib/audit/queries';
import { countContentByStatus, findRecentContentChanges, findRecentSignIns } from '../../lib/dashboard/queries';
import { describeOnEachDatabase } from '../setup/each-database';

describeOnEachDatabase('audit trail and dashboard reads', (getDatabase) => {
  let actorId: string;

  beforeAll(async () => {
    const { db } = getDatabase();
    const actor = await db.user.create({ data: { email: 'journal@exemple.fr', name: 'Journal', role: 'ADMIN', passwordHash: 'x' } });
    actorId = actor.id;
    const start = Date.parse('2026-03-28T12:00:00Z');
    // 120 sign-ins an hour apart from 28 March 2026 (around the daylight-saving change), then content edits.
    await db.auditEvent.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        action: 'auth.sign_in',
        actorId: actor.id,
        actorLabel: actor.email,
        entityType: 'User',
        entityId: actor.id,
        occurredAt: new Date(start + i * 3_600_000),
      })),
    });
    await db.auditEvent.createMany({
      data: [
        { action: 'content.updated', actorLabel: 'autre@exemple.fr', entityType: 'Metropolis', entityId: 'm1', occurredAt: new Date('2026-04-10T08:00:00Z') },
        { action: 'content.published', actorLabel: 'autre@exemple.fr', entityType: 'Theme', entityId: 't1', occurredAt: new Date('2026-04-11T08:00:00Z') },
      ],
    });
    await db.theme.createMany({
      data: [
        { slug: 'a', name: 'A', status: 'DRAFT' },
        { slug: 'b', name: 'B', status: 'PUBLISHED' },
        { slug: 'c', name: 'C', status: 'PUBLISHED' },
        { slug: 'd', name: 'D', status: 'PUBLISHED', deletedAt: new Date() },
      ],
    });
  });

  it('pages 50 at a time, newest first', async () => {
    const { db } = getDatabase();
    const first = await findAuditEvents({ db, page: 1 });
    expect(first).toMatchObject({ total: 122, pageCount: 3, page: 1, pageSize: 50 });
    expect(first.events).toHaveLength(50);
    expect(first.events[0]!.action).toBe('content.published');
    const times = first.events.map((event) => event.occurredAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const last = await findAuditEvents({ db, page: 3 });
    expect(last.events).toHaveLength(22);
    expect(typeof last.events[0]!.id).toBe('string');
  });

  it('filters by action, person and entity type', async () => {
    const { db } = getDatabase();
    expect((await findAuditEvents({ db, action: 'auth.sign_in', page: 1 })).total).toBe(120);
    expect((await findAuditEvents({ db, actorId, page: 1 })).total).toBe(120);
    expect((await findAuditEvents({ db, entityType: 'Metropolis', page: 1 })).events.map((event) => event.entityId)).toEqual(['m1']);
    expect((await findAuditEvents({ db, action: 'inconnue', page: 1 })).total).toBe(0);
  });

  it('reads dates as Paris calendar days, both ends included', async () => {
    const { db } = getDatabase();
    // 29 March 2026 in Paris lasts 23 hours (clocks go forward): 2026-03-28T23:00Z → 2026-03-29T22:00Z.
    const day = await findAuditEvents({ db, from: '2026-03-29', to: '2026-03-29', page: 1 });
    expect(day.total).toBe(23);
    expect(day.events.at(-1)!.occurredAt.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(day.events[0]!.occurredAt.toISOString()).toBe('2026-03-29T21:00:00.000Z');
    expect((await findAuditEvents({ db, from: '2026-04-11', page: 1 })).total).toBe(1);
    expect((await findAuditEvents({ db, to: '2026-03-28', page: 1 })).total).toBe(11);
  });

  it('lists the actions and entity types present, for the filters', async () => {
    const { db } = getDatabase();
    expect(await findAuditFacets({ db })).toEqual({ actions: ['auth.sign_in', 'content.published', 'content.updated'], entityTypes: ['Metropolis', 'Theme', 'User'] });
  });

  it('counts content by status without the trash, and lists recent changes and sign-ins', async () => {
    const { db } = getDatabase();
    const counts = await countContentByStatus({ db });
    expect(counts.map((row) => row.entityType)).toEqual([...CONTENT_ENTITY_TYPES]);
    expect(counts.find((row) => row.entityType === 'Theme')?.counts).toEqual({ DRAFT: 1, IN_REVIEW: 0, PUBLISHED: 2, ARCHIVED: 0 });
    expect(counts.find((row) => row.entityType === 'Metropolis')?.counts).toEqual({ DRAFT: 0, IN_REVIEW: 0, PUBLISHED: 0, ARCHIVED: 0 });
    expect((await findRecentContentChanges({ db })).map((event) => event.entityId)).toEqual(['t1', 'm1']);
    const signIns = await findRecentSignIns({ db });
    expect(signIns).toHaveLength(10);
    expect(signIns.every((event) => event.action === 'auth.sign_in')).toBe(true);
  });
});
