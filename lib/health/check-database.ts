import 'server-only';
import { getDb } from '@/lib/db';

export type DatabaseHealth = { isReachable: true; latencyMs: number } | { isReachable: false };

const HEALTH_TIMEOUT_MS = 3_000;

/** Pings the database, giving up after a few seconds so a health probe never hangs. */
export async function checkDatabaseHealth(): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('database health check timed out')), HEALTH_TIMEOUT_MS);
  });
  try {
    await Promise.race([getDb().$queryRaw`SELECT 1`, timeout]);
    return { isReachable: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { isReachable: false };
  } finally {
    clearTimeout(timer);
  }
}
