import type { Session } from 'next-auth';
import { AppError } from '@/lib/errors';
import type { Role } from './roles';

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Signed in, but must enrol a second factor before doing anything else. */
  mfaSetupRequired: boolean;
}

/**
 * The signed-in user of a session, or null when there is none (no cookie, or one
 * that is invalid, revoked or expired). A session that could not be checked (the
 * database is out of reach) is neither: AppError('UNAVAILABLE'), so that nobody is
 * told to sign in again because of an outage.
 */
export function currentUserFromSession(session: Session | null): CurrentUser | null {
  if (session?.unavailable) throw new AppError('UNAVAILABLE');
  if (!session?.user?.id || !session.user.email) return null;
  return {
    id: session.user.id,
    email: session.user.email,
    name: session.user.name ?? session.user.email,
    role: session.user.role,
    mfaSetupRequired: session.user.mfaSetupRequired,
  };
}
