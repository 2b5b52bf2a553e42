import { connection } from 'next/server';
import { requirePermission } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { buildFundedProjectTemplate, TEMPLATE_FILE_NAME } from '@/lib/import/funded-projects/template';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** The import template; staff only (proxy.ts sends visitors without a session to sign in first). */
export async function GET() {
  await connection();
  try {
    await requirePermission('content:create');
  } catch (error) {
    if (isAppError(error)) return Response.json({ erreur: error.userMessage }, { status: error.httpStatus, headers: NO_STORE });
    throw error;
  }
  return new Response(buildFundedProjectTemplate(), {
    headers: {
      ...NO_STORE,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${TEMPLATE_FILE_NAME}"`,
    },
  });
}
