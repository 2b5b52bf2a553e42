import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { getClientAddress } from '@/lib/request';
import { verifyPassword } from './password';
import type { Role } from './roles';
import { getRolesRequiringMfa } from './mfa-settings';
import { clearSignInFailures, getBlockedUntil, recordSignInFailure, throttleKeys } from './throttle';
import { verifySecondFactor } from './totp';

export interface SignInAttempt {
  email: string;
  password: string;
  /** TOTP code or recovery code, once the first step said it is needed. */
  code?: string;
  headers: Headers;
}

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; sessionVersion: number }; mfaSetupRequired: boolean }
  | { ok: false; reason: 'invalid' | 'throttled' | 'mfa_required' | 'mfa_invalid' };

export async function authenticateWithPassword(db: Database, attempt: SignInAttempt): Promise<SignInOutcome> {
  const email = attempt.email.trim().toLowerCase().slice(0, 320);
  const ipAddress = getClientAddress(attempt.headers);
  const keys = throttleKeys(email, ipAddress);

  if (await getBlockedUntil(db, keys)) {
    await recordAuditEvent(db, { action: 'auth.sign_in_throttled', ipAddress, details: { email } });
    return { ok: false, reason: 'throttled' };
  }

  const user = email
    ? await db.user.findUnique({
        where: { email },
        select: { id: true, email: true, name: true, role: true, sessionVersion: true, passwordHash: true, disabledAt: true, totpEnabledAt: true },
      })
    : null;
  const isPasswordValid = await verifyPassword(user?.passwordHash ?? null, attempt.password);

  const fail = async (reason: 'invalid' | 'mfa_invalid', why: string): Promise<SignInOutcome> => {
    const isBlocked = await recordSignInFailure(db, keys);
    await recordAuditEvent(db, {
      action: 'auth.sign_in_failed',
      actor: user && { id: user.id, email: user.email },
      entityType: user ? 'User' : undefined,
      entityId: user?.id,
      ipAddress,
      details: { email, why },
    });
    if (isBlocked) await recordAuditEvent(db, { action: 'auth.throttle_started', ipAddress, details: { email } });
    return { ok: false, reason: isBlocked ? 'throttled' : reason };
  };

  // Same answer whether the e-mail is unknown, the password wrong or the account disabled.
  if (!user || !isPasswordValid) return fail('invalid', user ? 'mot de passe' : 'compte inconnu');
  if (user.disabledAt) return fail('invalid', 'compte désactivé');

  if (user.totpEnabledAt) {
    if (!attempt.code?.trim()) return { ok: false, reason: 'mfa_required' };
    const factor = await verifySecondFactor(db, { userId: user.id, code: attempt.code });
    if (!factor) return fail('mfa_invalid', 'second facteur');
    if (factor === 'recovery') {
      await recordAuditEvent(db, { action: 'auth.recovery_code_used', actor: user, entityType: 'User', entityId: user.id, ipAddress });
    }
  }

  const mfaSetupRequired = !user.totpEnabledAt && (await getRolesRequiringMfa(db)).includes(user.role);
  await clearSignInFailures(db, keys[0]!);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAuditEvent(db, { action: 'auth.sign_in', actor: user, entityType: 'User', entityId: user.id, ipAddress });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
    mfaSetupRequired,
  };
}
