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

// pglite-socket queues single protocol messages from all connections and pins a
// connection only inside a transaction (electric-sql/pglite#1046): if two
// connections' Parse/Bind/Execute/Sync batches interleaved on its one session, one
// would bind its parameters to the other's unnamed statement ("bind message
// supplies 1 parameters, but prepared statement requires 3"). A browser run on the
// embedded database once reported that error; this does not reproduce it through
// the app's client, and guards it.
describe('the embedded database under concurrent parameterised queries', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestEmbeddedDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('keeps each connection’s statement and parameters together', async () => {
    const { db } = database;
    await db.setting.createMany({ data: Array.from({ length: 12 }, (_, index) => ({ key: `p${index}`, value: index })) });
    const keys = (count: number) => Array.from({ length: count }, (_, index) => `p${index}`);
    const work = Array.from({ length: 120 }, (_, index) => {
      const count = (index % 6) + 1;
      return db.setting.findMany({ where: { key: { in: keys(count) } }, select: { key: true } }).then((rows) => ({ count, found: rows.length }));
    });
    const results = await Promise.allSettled(work);
    const failures = results.filter((result) => result.status === 'rejected').map((result) => String((result as PromiseRejectedResult).reason).slice(0, 200));
    expect(failures).toEqual([]);
    const answers = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    expect(answers.filter(({ count, found }) => count !== found)).toEqual([]);
  });
});
