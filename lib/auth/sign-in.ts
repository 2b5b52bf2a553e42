import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { isDatabaseUnavailable } from '@/lib/errors';
import { getClientAddress } from '@/lib/request';
import { createDeviceToken, findDeviceId } from './device-cookie';
import { getRolesRequiringMfa } from './mfa-settings';
import { PasswordHashError, verifyPassword } from './password';
import type { Role } from './roles';
import {
  holdSeconds,
  normaliseEmail,
  releaseSignInAttempt,
  reserveSignInAttempt,
  settleSuccessfulSignIn,
  signInThrottleKeys,
} from './throttle';
import { verifySecondFactor } from './totp';

export interface SignInAttempt {
  email: string;
  password: string;
  /** TOTP code or recovery code, once the first step said it is needed. */
  code?: string;
  /** The request's headers: client address (X-Forwarded-For) and device cookie. */
  headers: Headers;
}

export interface SignInOptions {
  /** Defaults to AUTH_SECRET (signs device cookies); tests pass their own clock. */
  authSecret?: string;
  now?: Date;
}

export type SignInOutcome =
  | {
      ok: true;
      user: { id: string; email: string; name: string; role: Role; sessionVersion: number };
      mfaSetupRequired: boolean;
      /** The device cookie to give this browser (its name depends on HTTPS: see lib/auth/device-cookie.ts). */
      deviceToken: string;
    }
  | { ok: false; reason: 'invalid' | 'mfa_required' | 'mfa_invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }
  /** The database could not be reached: nothing is known about the credentials. */
  | { ok: false; reason: 'unavailable' };

export async function authenticateWithPassword(db: Database, attempt: SignInAttempt, options: SignInOptions = {}): Promise<SignInOutcome> {
  try {
    return await authenticate(db, attempt, options);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ok: false, reason: 'unavailable' };
    throw error;
  }
}

/**
 * Verifies a password, treating a stored hash argon2 cannot read as a refusal
 * like any other for the person signing in (no account data leaks), and as an
 * error for the operators: logged, without hash or password.
 */
export async function checkPassword(user: { id: string; passwordHash: string | null } | null, password: string): Promise<boolean> {
  try {
    return await verifyPassword(user?.passwordHash ?? null, password);
  } catch (error) {
    if (!(error instanceof PasswordHashError)) throw error;
    console.error(JSON.stringify({ level: 'error', event: 'auth.password_hash_unreadable', userId: user?.id, message: error.message }));
    return false;
  }
}

async function authenticate(db: Database, attempt: SignInAttempt, options: SignInOptions): Promise<SignInOutcome> {
  const email = normaliseEmail(attempt.email);
  const ipAddress = getClientAddress(attempt.headers);
  const deviceId = findDeviceId(attempt.headers, email, options);
  const keys = signInThrottleKeys({ email, ipAddress, deviceId });

  // Counted before the password is checked: concurrent guesses beyond the limit are refused unchecked.
  const reservation = await reserveSignInAttempt(db, keys, options.now);
  if (!reservation.ok) {
    await recordAuditEvent(db, { action: 'auth.sign_in_throttled', ipAddress, details: { email, limits: reservation.scopes, knownDevice: Boolean(deviceId) } });
    return { ok: false, reason: 'throttled', retryAfterSeconds: reservation.retryAfterSeconds };
  }

  const user = email
    ? await db.user.findUnique({
        where: { email },
        select: { id: true, email: true, name: true, role: true, sessionVersion: true, passwordHash: true, disabledAt: true, totpEnabledAt: true },
      })
    : null;
  const isPasswordValid = await checkPassword(user, attempt.password);

  // The attempt is already counted: a failure only needs recording.
  const fail = async (reason: 'invalid' | 'mfa_invalid', why: string): Promise<SignInOutcome> => {
    await recordAuditEvent(db, {
      action: 'auth.sign_in_failed',
      actor: user && { id: user.id, email: user.email },
      entityType: user ? 'User' : undefined,
      entityId: user?.id,
      ipAddress,
      details: { email, why },
    });
    if (reservation.holds.length === 0) return { ok: false, reason };
    await recordAuditEvent(db, {
      action: 'auth.throttle_started',
      ipAddress,
      details: { email, limits: reservation.holds.map(({ scope }) => scope), seconds: holdSeconds(reservation) },
    });
    return { ok: false, reason: 'throttled', retryAfterSeconds: holdSeconds(reservation) };
  };

  // Same answer whether the e-mail is unknown, the password wrong or the account disabled.
  if (!user || !isPasswordValid) return fail('invalid', user ? 'mot de passe' : 'compte inconnu');
  if (user.disabledAt) return fail('invalid', 'compte désactivé');

  if (user.totpEnabledAt) {
    if (!attempt.code?.trim()) {
      // The password was right: this step is no failure, the next one (with the code) counts.
      await releaseSignInAttempt(db, reservation);
      return { ok: false, reason: 'mfa_required' };
    }
    const factor = await verifySecondFactor(db, { userId: user.id, code: attempt.code });
    if (!factor) return fail('mfa_invalid', 'second facteur');
    if (factor === 'recovery') {
      await recordAuditEvent(db, { action: 'auth.recovery_code_used', actor: user, entityType: 'User', entityId: user.id, ipAddress });
    }
  }

  const mfaSetupRequired = !user.totpEnabledAt && (await getRolesRequiringMfa(db)).includes(user.role);
  await settleSuccessfulSignIn(db, reservation);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAuditEvent(db, { action: 'auth.sign_in', actor: user, entityType: 'User', entityId: user.id, ipAddress, details: { knownDevice: Boolean(deviceId) } });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
    mfaSetupRequired,
    // A new cookie at each sign-in (OWASP): the device's old failures stay with the old one.
    deviceToken: createDeviceToken(email, options),
  };
}
