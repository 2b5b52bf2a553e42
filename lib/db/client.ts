import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export interface CreatePrismaClientOptions {
  connectionString: string;
  /** The embedded server runs one statement at a time: more connections only queue. */
  isEmbedded?: boolean;
  poolMax?: number;
}

// Timeouts so that an unreachable or exhausted database fails fast with a clear
// error instead of leaving requests hanging (pg waits forever by default).
export const POOL_TIMEOUTS = {
  connectionTimeoutMillis: 5_000,
  statementTimeoutMillis: 15_000,
  idleInTransactionTimeoutMillis: 15_000,
  queryTimeoutMillis: 20_000,
} as const;

export function createPrismaClient({ connectionString, isEmbedded = false, poolMax = 10 }: CreatePrismaClientOptions) {
  const adapter = new PrismaPg({
    connectionString,
    max: isEmbedded ? Math.min(poolMax, 4) : poolMax,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: POOL_TIMEOUTS.connectionTimeoutMillis,
    statement_timeout: POOL_TIMEOUTS.statementTimeoutMillis,
    idle_in_transaction_session_timeout: POOL_TIMEOUTS.idleInTransactionTimeoutMillis,
    query_timeout: POOL_TIMEOUTS.queryTimeoutMillis,
  });
  return new PrismaClient({ adapter });
}

export type Database = ReturnType<typeof createPrismaClient>;

/** The client inside `$transaction(async (tx) => …)`. */
export type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

/** Either: reads and writes that may run inside the caller's transaction take this. */
export type DbClient = Database | Transaction;
