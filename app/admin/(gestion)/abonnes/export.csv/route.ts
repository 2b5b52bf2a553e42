import { connection } from 'next/server';
import { requirePermission } from '@/lib/auth/session';
import { isAppError, isDatabaseUnavailable } from '@/lib/errors';
import { subscribersCsv } from '@/lib/newsletter/csv';
import { findConfirmedSubscribers } from '@/lib/newsletter/queries';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** Confirmed subscribers; admins only, checked here whatever proxy.ts did. */
export async function GET() {
  await connection();
  try {
    await requirePermission('newsletter:manage');
    const csv = subscribersCsv(await findConfirmedSubscribers());
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: { ...NO_STORE, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="abonnes-${day}.csv"` },
    });
  } catch (error) {
    if (isAppError(error)) return Response.json({ erreur: error.userMessage }, { status: error.httpStatus, headers: NO_STORE });
    if (isDatabaseUnavailable(error)) return Response.json({ erreur: 'Service momentanément indisponible.' }, { status: 503, headers: { ...NO_STORE, 'Retry-After': '30' } });
    throw error;
  }
}
