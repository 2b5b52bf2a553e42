import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record';
import { generatePassword, hashPassword } from '@/lib/auth/password';
import type { Actor } from '@/lib/auth/actor';
import { can, type Role } from '@/lib/auth/roles';
import type { Database, Transaction } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { createUserRecord, type CreateUserResult } from './create-user';
import { UserRefSchema, UserRoleSchema, type CreateUserInput } from './schema';

interface MutationOptions {
  db: Database;
  actor: Actor;
  ipAddress?: string | null;
}

interface AccountChangeOptions extends MutationOptions {
  id: string;
  /** The version the form was loaded with (optimistic concurrency). */
  version: number;
}

export interface CreateUserOptions extends MutationOptions {
  input: CreateUserInput;
}
export interface ChangeUserRoleOptions extends AccountChangeOptions {
  role: Role;
}
export type DisableUserOptions = AccountChangeOptions;
export type EnableUserOptions = AccountChangeOptions;
export type ResetUserPasswordOptions = AccountChangeOptions;

export const LAST_ADMIN_MESSAGE = 'Impossible : c’est le dernier compte administrateur actif.';
export const STALE_ACCOUNT_MESSAGE = 'Ce compte a été modifié entre-temps par quelqu’un d’autre : rechargez la page.';

function assertCanManageUsers(actor: Actor): void {
  if (!can(actor.role, 'users:manage')) throw new AppError('FORBIDDEN');
}

function assertValidRef(id: string, version: number): void {
  if (!UserRefSchema.safeParse({ id, version }).success) throw new AppError('INVALID_INPUT');
}

function staleAccount(): AppError {
  return new AppError('CONFLICT', { message: 'stale user version', userMessage: STALE_ACCOUNT_MESSAGE });
}

async function getAccountForChange(tx: Transaction, id: string, version: number) {
  const account = await tx.user.findUnique({ where: { id }, select: { id: true, email: true, role: true, disabledAt: true, version: true } });
  if (!account) throw new AppError('NOT_FOUND', { userMessage: 'Ce compte n’existe pas.' });
  if (account.version !== version) throw staleAccount();
  return account;
}

/**
 * Refuses to take away the last active admin. Locking every active admin row
 * (in id order, so two transactions cannot deadlock) makes a concurrent "A
 * demotes B" and "B demotes A" wait for each other: the second one re-reads the
 * rows after the first commits and sees that only one admin is left.
 */
async function assertAnotherActiveAdmin(tx: Transaction, excludingId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "disabledAt" IS NULL ORDER BY "id" FOR UPDATE`;
  if (!admins.some((admin) => admin.id !== excludingId)) {
    throw new AppError('CONFLICT', { message: 'last active admin', userMessage: LAST_ADMIN_MESSAGE });
  }
}

/** The guarded write: a count of 0 means someone saved first (or the row is gone). */
async function updateAtVersion(tx: Transaction, id: string, version: number, data: Prisma.UserUpdateManyMutationInput) {
  const { count } = await tx.user.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw staleAccount();
}

export async function createUser({ db, actor, ipAddress, input }: CreateUserOptions): Promise<CreateUserResult> {
  assertCanManageUsers(actor);
  return createUserRecord({ db, input, actor, ipAddress, via: 'admin' });
}

export async function changeUserRole({ db, actor, ipAddress, id, version, role }: ChangeUserRoleOptions): Promise<{ isChanged: boolean }> {
  assertCanManageUsers(actor);
  assertValidRef(id, version);
  if (!UserRoleSchema.safeParse(role).success) throw new AppError('INVALID_INPUT');
  return db.$transaction(async (tx) => {
    const account = await getAccountForChange(tx, id, version);
    if (account.role === role) return { isChanged: false };
    if (account.role === 'ADMIN' && !account.disabledAt) await assertAnotherActiveAdmin(tx, id);
    await updateAtVersion(tx, id, version, { role });
    await recordAuditEvent(tx, {
      action: 'user.role_changed',
      actor,
      entityType: 'User',
      entityId: id,
      ipAddress,
      details: { email: account.email, from: account.role, to: role },
    });
    return { isChanged: true };
  });
}

/** Disabling also bumps sessionVersion: the account's open sessions end at their next request. */
export async function disableUser({ db, actor, ipAddress, id, version }: DisableUserOptions): Promise<void> {
  assertCanManageUsers(actor);
  assertValidRef(id, version);
  if (id === actor.id) {
    throw new AppError('INVALID_INPUT', { userMessage: 'Vous ne pouvez pas désactiver votre propre compte.' });
  }
  await db.$transaction(async (tx) => {
    const account = await getAccountForChange(tx, id, version);
    if (account.disabledAt) throw new AppError('INVALID_INPUT', { userMessage: 'Ce compte est déjà désactivé.' });
    if (account.role === 'ADMIN') await assertAnotherActiveAdmin(tx, id);
    await updateAtVersion(tx, id, version, { disabledAt: new Date(), sessionVersion: { increment: 1 } });
    await recordAuditEvent(tx, { action: 'user.disabled', actor, entityType: 'User', entityId: id, ipAddress, details: { email: account.email } });
  });
}

export async function enableUser({ db, actor, ipAddress, id, version }: EnableUserOptions): Promise<void> {
  assertCanManageUsers(actor);
  assertValidRef(id, version);
  await db.$transaction(async (tx) => {
    const account = await getAccountForChange(tx, id, version);
    if (!account.disabledAt) throw new AppError('INVALID_INPUT', { userMessage: 'Ce compte est déjà actif.' });
    await updateAtVersion(tx, id, version, { disabledAt: null });
    await recordAuditEvent(tx, { action: 'user.enabled', actor, entityType: 'User', entityId: id, ipAddress, details: { email: account.email } });
  });
}

/**
 * Replaces the password with a generated one, returned once for the admin to
 * pass on, and ends the account's open sessions.
 */
export async function resetUserPassword({ db, actor, ipAddress, id, version }: ResetUserPasswordOptions): Promise<{ password: string }> {
  assertCanManageUsers(actor);
  assertValidRef(id, version);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const account = await getAccountForChange(tx, id, version);
    await updateAtVersion(tx, id, version, { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } });
    await recordAuditEvent(tx, { action: 'user.password_reset', actor, entityType: 'User', entityId: id, ipAddress, details: { email: account.email } });
  });
  return { password };
}
