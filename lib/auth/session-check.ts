import type { Database } from '@/lib/db/client';
import type { Role } from './roles';
import { SESSION_MAX_AGE_SECONDS } from './session-policy';

export interface SessionToken {
  sub?: string;
  sessionVersion?: unknown;
  signedInAt?: unknown;
}

export type SessionCheck =
  | { status: 'valid'; account: { role: Role; name: string; email: string; totpEnabledAt: Date | null } }
  | { status: 'invalid' };

/**
 * Checks a session token against the account: at most 12 hours old, same
 * sessionVersion (sign-out, password change… bump it), account not disabled.
 */
export async function checkSessionToken(db: Database, token: SessionToken, now = Date.now()): Promise<SessionCheck> {
  const signedInAt = Number(token.signedInAt ?? 0);
  if (!token.sub || Math.floor(now / 1000) - signedInAt > SESSION_MAX_AGE_SECONDS) return { status: 'invalid' };
  const account = await db.user.findUnique({
    where: { id: token.sub },
    select: { sessionVersion: true, disabledAt: true, role: true, name: true, email: true, totpEnabledAt: true },
  });
  if (!account || account.disabledAt || account.sessionVersion !== token.sessionVersion) return { status: 'invalid' };
  return { status: 'valid', account: { role: account.role, name: account.name, email: account.email, totpEnabledAt: account.totpEnabledAt } };
}
