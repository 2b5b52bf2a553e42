import { connection } from 'next/server';
import { checkDatabaseHealth } from '@/lib/health/check-database';

export async function GET() {
  await connection();
  const health = await checkDatabaseHealth();
  const headers = { 'Cache-Control': 'no-store' };
  if (!health.isReachable) {
    return Response.json({ statut: 'indisponible', baseDeDonnees: 'injoignable' }, { status: 503, headers });
  }
  return Response.json({ statut: 'ok', baseDeDonnees: 'ok', latenceMs: health.latencyMs }, { status: 200, headers });
}
