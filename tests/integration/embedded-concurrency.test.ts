import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmbeddedDatabase, type TestDatabase } from '../setup/databases';

// The embedded server interleaves the wire-protocol messages of its connections:
// with several, a transaction of one could corrupt another's query. The app's
// client for it (isEmbedded) must take concurrent transactions and queries.
describe('the embedded database under concurrent transactions', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestEmbeddedDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('answers every one of many concurrent transactions and queries', async () => {
    const { db } = database;
    const work = Array.from({ length: 30 }, (_, index) =>
      index % 2 === 0
        ? db.$transaction(async (tx) => {
            await tx.setting.upsert({ where: { key: `k${index}` }, create: { key: `k${index}`, value: index }, update: { value: index } });
            return tx.setting.count();
          })
        : db.setting.findMany({ where: { key: { startsWith: 'k' } }, select: { key: true } }),
    );
    const results = await Promise.allSettled(work);
    expect(results.filter((result) => result.status === 'rejected').map((result) => String((result as PromiseRejectedResult).reason).slice(0, 200))).toEqual([]);
    expect(await db.setting.count({ where: { key: { startsWith: 'k' } } })).toBe(15);
  });
});
