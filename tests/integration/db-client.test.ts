import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, POOL_TIMEOUTS } from '../../lib/db/client';
import { createTestPostgresDatabase, type TestDatabase } from '../setup/databases';

/** A TCP port that accepts connections but never answers, like a wedged server. */
async function startSilentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('database client timeouts', () => {
  it('gives up on a server that never answers within the connection timeout', async () => {
    const silent = await startSilentServer();
    const db = createPrismaClient({ connectionString: `postgresql://postgres@127.0.0.1:${silent.port}/x` });
    const started = Date.now();
    await expect(db.$queryRaw`SELECT 1`).rejects.toThrow();
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(POOL_TIMEOUTS.connectionTimeoutMillis + 3_000);
    await db.$disconnect();
    await silent.close();
  });
});

describe.skipIf(!inject('postgresTemplate'))('database client on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestPostgresDatabase({ label: 'client', template: inject('postgresTemplate') });
  });
  afterAll(async () => {
    await database.drop();
  });

  it('sets statement and idle-in-transaction timeouts on every session', async () => {
    const db = createPrismaClient({ connectionString: database.url });
    const [row] = await db.$queryRaw<{ statement: string; idle: string }[]>`
      SELECT current_setting('statement_timeout') AS statement,
             current_setting('idle_in_transaction_session_timeout') AS idle`;
    expect(row).toEqual({ statement: '15s', idle: '15s' });
    await db.$disconnect();
  });

  it('fails a request quickly instead of waiting forever when the pool is exhausted', async () => {
    const db = createPrismaClient({ connectionString: database.url, poolMax: 1 });
    // Prisma queries are lazy: then() starts this one, which holds the only connection.
    const blocker = db.$queryRaw`SELECT 1 AS slept FROM pg_sleep(8)`.then(() => 'done');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    await expect(db.$queryRaw`SELECT 1`).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(POOL_TIMEOUTS.connectionTimeoutMillis + 2_000);
    await expect(blocker).resolves.toBe('done');
    await db.$disconnect();
  });
});
