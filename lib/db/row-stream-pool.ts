import 'server-only';
import pg from 'pg';
import { getEnv } from '@/lib/env';
import { POOL_TIMEOUTS } from './client';

const globalForPool = globalThis as unknown as { rowStreamPool?: pg.Pool };

/**
 * A plain pg pool for reads that stream many rows (the explorer's CSV): it
 * hands a batch over as the bytes PostgreSQL sent, where a raw query through
 * Prisma builds row objects (measured on 100 000 rows: the server's memory grew
 * by about 200 MB through Prisma, under 50 MB this way). One connection per
 * export running at once (lib/projects/export-slots.ts).
 */
export function getRowStreamPool(): pg.Pool {
  if (!globalForPool.rowStreamPool) {
    const env = getEnv();
    globalForPool.rowStreamPool = new pg.Pool({
      connectionString: env.DATABASE_URL,
      max: env.DATABASE_EMBEDDED === '1' ? 1 : 4,
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: POOL_TIMEOUTS.connectionTimeoutMillis,
      statement_timeout: POOL_TIMEOUTS.statementTimeoutMillis,
      query_timeout: POOL_TIMEOUTS.queryTimeoutMillis,
    });
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    globalForPool.rowStreamPool.on('error', () => {});
  }
  return globalForPool.rowStreamPool;
}
