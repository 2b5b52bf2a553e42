'use server';

import { headers } from 'next/headers';
import { signOut } from '@/lib/auth/config';
import { getCurrentUser } from '@/lib/auth/session';
import { endAllSessions } from '@/lib/auth/sign-out';
import { getClientAddress } from '@/lib/request';

/** Signing out ends every session of the account, then clears this browser's cookie. */
export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await endAllSessions({ user, ipAddress: getClientAddress(await headers()) });
  await signOut({ redirectTo: '/connexion?motif=deconnexion' });
}
