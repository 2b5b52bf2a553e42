import 'server-only';
import type { Role } from '@/lib/auth/roles';
import { getDb } from '@/lib/db';
import type { Database } from '@/lib/db/client';

// Narrow selects: no password hash, TOTP secret or session version ever leaves here.

export interface UserListItem {
  id: string;
  name: string;
  email: string;
  role: Role;
  isDisabled: boolean;
  hasTwoFactor: boolean;
  lastSignInAt: Date | null;
}

export interface UserDetail extends UserListItem {
  version: number;
  createdAt: Date;
  disabledAt: Date | null;
  passwordChangedAt: Date | null;
}

export interface UserChoice {
  id: string;
  name: string;
  email: string;
}

const listSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  disabledAt: true,
  totpEnabledAt: true,
  lastSignInAt: true,
} as const;

/** Every account, active ones first, then by name. */
export async function findUsers({ db = getDb() }: { db?: Database } = {}): Promise<UserListItem[]> {
  const rows = await db.user.findMany({ select: listSelect, orderBy: [{ name: 'asc' }, { email: 'asc' }] });
  return rows
    .map(({ disabledAt, totpEnabledAt, ...row }) => ({ ...row, isDisabled: disabledAt !== null, hasTwoFactor: totpEnabledAt !== null }))
    .sort((a, b) => Number(a.isDisabled) - Number(b.isDisabled));
}

export async function getUserById({ db = getDb(), id }: { db?: Database; id: string }): Promise<UserDetail | null> {
  if (!id || id.length > 64) return null;
  const row = await db.user.findUnique({
    where: { id },
    select: { ...listSelect, version: true, createdAt: true, passwordChangedAt: true },
  });
  if (!row) return null;
  const { totpEnabledAt, ...rest } = row;
  return { ...rest, isDisabled: row.disabledAt !== null, hasTwoFactor: totpEnabledAt !== null };
}

/** People to filter the audit trail by. */
export async function findUserChoices({ db = getDb() }: { db?: Database } = {}): Promise<UserChoice[]> {
  return db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: [{ name: 'asc' }, { email: 'asc' }] });
}
