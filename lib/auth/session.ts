import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { recordAuditEvent } from '@/lib/audit/record';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { getClientAddress } from '@/lib/request';
import { uncachedAuth } from './config';
import { can, type Permission } from './roles';
import { currentUserFromSession, type CurrentUser } from './session-user';

export type { CurrentUser } from './session-user';

/** The session of this request, read (and checked against the database) once per render. */
export const auth = cache(uncachedAuth);

/**
 * The signed-in user, or null. Throws AppError('UNAVAILABLE') when the session
 * could not be checked (database out of reach): callers then report an outage,
 * never an expired session.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => currentUserFromSession(await auth()));

async function refuse(user: CurrentUser, permission: Permission): Promise<never> {
  const ipAddress = getClientAddress(await headers());
  await recordAuditEvent(getDb(), { action: 'authorization.refused', actor: user, ipAddress, details: { permission } });
  throw new AppError('FORBIDDEN');
}

/**
 * For server actions and route handlers: the signed-in user holding `permission`,
 * or an AppError (UNAUTHENTICATED / FORBIDDEN, or UNAVAILABLE when the session
 * could not be checked). Every mutation calls it itself.
 */
export async function requirePermission(permission: Permission, options: { allowMfaSetup?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('UNAUTHENTICATED');
  return authorizeUser(user, permission, options);
}

/** The permission check of requirePermission, for a caller that already read the session (lib/action.ts). */
export async function authorizeUser(user: CurrentUser, permission: Permission, options: { allowMfaSetup?: boolean } = {}): Promise<CurrentUser> {
  if (user.mfaSetupRequired && !options.allowMfaSetup) {
    throw new AppError('FORBIDDEN', { userMessage: 'Activez d’abord la double authentification sur votre profil.' });
  }
  if (!can(user.role, permission)) await refuse(user, permission);
  return user;
}

/**
 * For pages: sends anonymous visitors to sign in, and shows 403 to the wrong role.
 * An outage throws AppError('UNAVAILABLE') to the error boundary rather than
 * redirecting (proxy.ts answers 503 before pages are reached, in the usual case).
 */
export async function requirePagePermission(permission: Permission, returnTo: string, options: { allowMfaSetup?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/connexion?retour=${encodeURIComponent(returnTo)}`);
  if (user.mfaSetupRequired && !options.allowMfaSetup) redirect('/admin/profil?obligatoire=1');
  if (!can(user.role, permission)) {
    const ipAddress = getClientAddress(await headers());
    await recordAuditEvent(getDb(), { action: 'authorization.refused', actor: user, ipAddress, details: { permission, page: returnTo } });
    forbidden();
  }
  return user;
}
