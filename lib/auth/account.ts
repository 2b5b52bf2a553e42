import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { hashPassword, verifyPassword } from './password';
import { getBlockedUntil, recordSignInFailure, throttleKeys } from './throttle';
import type { AccountRef } from './totp';

interface AccountChangeOptions {
  user: AccountRef;
  ipAddress: string;
}

/**
 * Re-checks the password of the signed-in user before a sensitive change.
 * Failures count towards the sign-in throttle (same keys), so a stolen session
 * cannot be used to guess the password at leisure.
 */
export async function verifyCurrentPassword(db: Database, options: AccountChangeOptions & { password: string }): Promise<boolean> {
  const { user, ipAddress } = options;
  const keys = throttleKeys(user.email, ipAddress);
  if (await getBlockedUntil(db, keys)) throw new AppError('THROTTLED');
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (await verifyPassword(row?.passwordHash ?? null, options.password)) return true;
  const isBlocked = await recordSignInFailure(db, keys);
  await recordAuditEvent(db, {
    action: 'auth.password_check_failed',
    actor: user,
    entityType: 'User',
    entityId: user.id,
    ipAddress,
  });
  if (isBlocked) throw new AppError('THROTTLED');
  return false;
}

/**
 * Sets a new password and ends every session of the account, this one included
 * (sessionVersion), as ASVS 7.4.3 asks.
 */
export async function changeOwnPassword(db: Database, options: AccountChangeOptions & { newPassword: string }): Promise<void> {
  const { user, ipAddress } = options;
  const passwordHash = await hashPassword(options.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await recordAuditEvent(tx, { action: 'auth.password_changed', actor: user, entityType: 'User', entityId: user.id, ipAddress });
  });
}
