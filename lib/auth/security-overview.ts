import 'server-only';
import { getDb } from '@/lib/db';
import type { Database } from '@/lib/db/client';
import { getMfaSettings, getRolesRequiringMfa, type MfaSettings } from './mfa-settings';
import type { Role } from './roles';
import { getPendingTotpEnrolment, getTotpStatus, type AccountRef, type TotpEnrolment, type TotpStatus } from './totp';

/** What the profile page shows of the account's second factor. */
export interface ProfileSecurity {
  status: TotpStatus;
  requiredRoles: Role[];
  pending: TotpEnrolment | null;
}

export async function getProfileSecurity({ user, db = getDb() }: { user: AccountRef; db?: Database }): Promise<ProfileSecurity> {
  const [status, requiredRoles] = await Promise.all([getTotpStatus(db, user.id), getRolesRequiringMfa(db)]);
  const pending = status.hasPendingEnrolment ? await getPendingTotpEnrolment(db, user) : null;
  return { status, requiredRoles, pending };
}

/** The site-wide second-factor settings (admins edit them in /admin/parametres). */
export async function findMfaSettings({ db = getDb() }: { db?: Database } = {}): Promise<MfaSettings> {
  return getMfaSettings(db);
}
