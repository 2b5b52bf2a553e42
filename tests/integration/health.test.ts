import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeOnEachDatabase } from '../setup/each-database';

async function loadHealthCheck(databaseUrl: string) {
  vi.resetModules();
  vi.stubEnv('DATABASE_URL', databaseUrl);
  const globals = globalThis as { prisma?: { $disconnect: () => Promise<void> } };
  await globals.prisma?.$disconnect();
  delete globals.prisma;
  return (await import('../../lib/health/check-database')).checkDatabaseHealth;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describeOnEachDatabase('health check', (getDatabase) => {
  it('reports a reachable database', async () => {
    const checkDatabaseHealth = await loadHealthCheck(getDatabase().url);
    await expect(checkDatabaseHealth()).resolves.toMatchObject({ isReachable: true });
  });
});

describe('health check without database', () => {
  it('reports an unreachable database within seconds', async () => {
    const checkDatabaseHealth = await loadHealthCheck('postgresql://postgres@127.0.0.1:9/none');
    const started = Date.now();
    await expect(checkDatabaseHealth()).resolves.toEqual({ isReachable: false });
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});
