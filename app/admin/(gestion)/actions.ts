'use server';

import { headers } from 'next/headers';
import { signOut } from '@/lib/auth/config';
import { getCurrentUser } from '@/lib/auth/session';
import { endAllSessions } from '@/lib/auth/sign-out';
import { isDatabaseUnavailable } from '@/lib/errors';
import { getClientAddress } from '@/lib/request';

/**
 * Signing out ends every session of the account, then clears this browser's
 * cookie. During an outage the other sessions cannot be ended: this browser is
 * still signed out (a shared computer must not keep the session), and the
 * person is told the rest.
 */
export async function signOutAction(): Promise<void> {
  let motif = 'deconnexion';
  try {
    const user = await getCurrentUser();
    if (user) await endAllSessions({ user, ipAddress: getClientAddress(await headers()) });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    motif = 'deconnexion-locale';
  }
  await signOut({ redirectTo: `/connexion?motif=${motif}` });
}
