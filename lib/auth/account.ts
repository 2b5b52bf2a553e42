import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { AppError, isAppError, isDatabaseUnavailable } from '@/lib/errors';
import { hashPassword } from './password';
import { signInThrottledMessage } from './sign-in-messages';
import { checkPassword } from './sign-in';
import { holdSeconds, normaliseEmail, releaseSignInAttempt, reserveSignInAttempt, signInThrottleKeys } from './throttle';
import type { AccountRef } from './totp';

interface AccountChangeOptions {
  user: AccountRef;
  ipAddress: string;
}

/**
 * Re-checks the password of the signed-in user before a sensitive change.
 * Attempts count in the sign-in throttle (same keys, counted before the check),
 * so a stolen session cannot be used to guess the password at leisure; a right
 * password gives its attempt back. `deviceId` (from the device cookie, when the
 * caller has it) counts against that browser alone, as at sign-in. An outage is
 * AppError('UNAVAILABLE'), never a wrong password.
 */
export async function verifyCurrentPassword(
  db: Database,
  options: AccountChangeOptions & { password: string; deviceId?: string | null },
): Promise<boolean> {
  const { user, ipAddress } = options;
  try {
    const keys = signInThrottleKeys({ email: normaliseEmail(user.email), ipAddress, deviceId: options.deviceId });
    const reservation = await reserveSignInAttempt(db, keys);
    if (!reservation.ok) {
      await recordAuditEvent(db, {
        action: 'auth.sign_in_throttled',
        actor: user,
        entityType: 'User',
        entityId: user.id,
        ipAddress,
        details: { email: user.email, limits: reservation.scopes, check: 'mot de passe actuel' },
      });
      throw new AppError('THROTTLED', { userMessage: signInThrottledMessage(reservation.retryAfterSeconds) });
    }
    const row = await db.user.findUnique({ where: { id: user.id }, select: { id: true, passwordHash: true } });
    if (await checkPassword(row, options.password)) {
      await releaseSignInAttempt(db, reservation);
      return true;
    }
    await recordAuditEvent(db, { action: 'auth.password_check_failed', actor: user, entityType: 'User', entityId: user.id, ipAddress });
    if (reservation.holds.length === 0) return false;
    await recordAuditEvent(db, {
      action: 'auth.throttle_started',
      actor: user,
      ipAddress,
      details: { email: user.email, limits: reservation.holds.map(({ scope }) => scope), seconds: holdSeconds(reservation) },
    });
    throw new AppError('THROTTLED', { userMessage: signInThrottledMessage(holdSeconds(reservation)) });
  } catch (error) {
    if (isDatabaseUnavailable(error) && !isAppError(error)) throw new AppError('UNAVAILABLE');
    throw error;
  }
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
