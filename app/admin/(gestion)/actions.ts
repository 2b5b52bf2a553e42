'use server';

import { headers } from 'next/headers';
import { recordAuditEvent } from '@/lib/audit/record';
import { signOut } from '@/lib/auth/config';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { getClientAddress } from '@/lib/request';

/**
 * Signing out bumps the account's session version, so every copy of the session
 * token (this browser's and any other) stops working, not just this cookie.
 */
export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    const ipAddress = getClientAddress(await headers());
    await getDb().$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
      await recordAuditEvent(tx, { action: 'auth.sign_out', actor: user, entityType: 'User', entityId: user.id, ipAddress });
    });
  }
  await signOut({ redirectTo: '/connexion?motif=deconnexion' });
}
