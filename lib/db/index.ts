import 'server-only';
import { getEnv } from '@/lib/env';
import { createPrismaClient, type Database } from './client';

const globalForDb = globalThis as unknown as { prisma?: Database };

function createFromEnv(): Database {
  const env = getEnv();
  return createPrismaClient({
    connectionString: env.DATABASE_URL,
    isEmbedded: env.DATABASE_EMBEDDED === '1',
    poolMax: env.DATABASE_POOL_MAX,
  });
}

/** The app's one Prisma client (reused across hot reloads in development). */
export function getDb(): Database {
  globalForDb.prisma ??= createFromEnv();
  return globalForDb.prisma;
}
