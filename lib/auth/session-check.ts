import type { Database } from '@/lib/db/client';
import { isDatabaseUnavailable } from '@/lib/errors';
import type { Role } from './roles';
import { SESSION_MAX_AGE_SECONDS } from './session-policy';

export interface SessionToken {
  sub?: string;
  sessionVersion?: unknown;
  signedInAt?: unknown;
}

export type SessionCheck =
  | { status: 'valid'; account: { role: Role; name: string; email: string; totpEnabledAt: Date | null } }
  | { status: 'invalid' }
  /** The account could not be read: nothing is known about the session, which is not "signed out". */
  | { status: 'unavailable' };

/**
 * Checks a session token against the account: at most 12 hours old, same
 * sessionVersion (sign-out, password change… bump it), account not disabled.
 * An outage is its own answer, so that callers can say so instead of "signed out".
 */
export async function checkSessionToken(db: Database, token: SessionToken, now = Date.now()): Promise<SessionCheck> {
  const signedInAt = Number(token.signedInAt ?? 0);
  if (!token.sub || Math.floor(now / 1000) - signedInAt > SESSION_MAX_AGE_SECONDS) return { status: 'invalid' };
  let account;
  try {
    account = await db.user.findUnique({
      where: { id: token.sub },
      select: { sessionVersion: true, disabledAt: true, role: true, name: true, email: true, totpEnabledAt: true },
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { status: 'unavailable' };
    throw error;
  }
  if (!account || account.disabledAt || account.sessionVersion !== token.sessionVersion) return { status: 'invalid' };
  return { status: 'valid', account: { role: account.role, name: account.name, email: account.email, totpEnabledAt: account.totpEnabledAt } };
}
