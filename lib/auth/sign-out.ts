import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record';
import { getDb } from '@/lib/db';
import type { Database } from '@/lib/db/client';

/**
 * Ends every session of the account: bumping its session version makes every
 * copy of the session token (this browser's and any other) stop working, not
 * just this cookie. Journaled in the same transaction.
 */
export async function endAllSessions({ user, ipAddress, db = getDb() }: { user: { id: string; email: string }; ipAddress: string; db?: Database }): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await recordAuditEvent(tx, { action: 'auth.sign_out', actor: user, entityType: 'User', entityId: user.id, ipAddress });
  });
}
