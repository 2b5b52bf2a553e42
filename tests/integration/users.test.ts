import { randomBytes } from 'node:crypto';
import { beforeEach, expect, it } from 'vitest';
import { verifyPassword } from '../../lib/auth/password';
import type { Role } from '../../lib/auth/roles';
import type { Database } from '../../lib/db/client';
import { EMAIL_TAKEN_MESSAGE, EmailTakenError } from '../../lib/users/create-user';
import {
  changeUserRole,
  createUser,
  disableUser,
  enableUser,
  LAST_ADMIN_MESSAGE,
  resetUserPassword,
  STALE_ACCOUNT_MESSAGE,
} from '../../lib/users/mutations';
import type { Actor } from '../../lib/auth/actor';
import { findUsers, getUserById } from '../../lib/users/queries';
import { truncateAll } from '../setup/databases';
import { describeOnEachDatabase } from '../setup/each-database';

/** An account inserted directly (no hashing: these tests never sign in). */
async function insertUser(db: Database, role: Role, overrides: { disabledAt?: Date } = {}): Promise<Actor & { version: number }> {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@exemple.fr`;
  return db.user.create({
    data: { email, name: `Compte ${role}`, role, passwordHash: 'non-utilise', ...overrides },
    select: { id: true, email: true, role: true, version: true },
  });
}

function serialise(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item));
}

async function accountState(db: Database, id: string) {
  return db.user.findUniqueOrThrow({ where: { id }, select: { role: true, disabledAt: true, sessionVersion: true, version: true, passwordHash: true } });
}

async function auditActions(db: Database, entityId: string) {
  const rows = await db.auditEvent.findMany({ where: { entityId }, orderBy: { id: 'asc' }, select: { action: true } });
  return rows.map((row) => row.action);
}

describeOnEachDatabase('user accounts', (getDatabase) => {
  beforeEach(async () => {
    await truncateAll(getDatabase().url);
  });

  it('creates an account with a lower-cased e-mail, a hashed password and an audit row', async () => {
    const { db } = getDatabase();
    const admin = await insertUser(db, 'ADMIN');
    const password = 'une phrase de passe assez longue';
    const { user, generatedPassword } = await createUser({
      db,
      actor: admin,
      ipAddress: '203.0.113.7',
      input: { name: 'Camille Martin', email: 'Camille.Martin@Exemple.FR', role: 'EDITOR', password },
    });
    expect(generatedPassword).toBeUndefined();
    expect(user).toMatchObject({ email: 'camille.martin@exemple.fr', name: 'Camille Martin', role: 'EDITOR' });
    const stored = await accountState(db, user.id);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash, password)).toBe(true);

    const [event] = await db.auditEvent.findMany({ where: { action: 'user.created' } });
    expect(event).toMatchObject({ actorId: admin.id, actorLabel: admin.email, entityType: 'User', entityId: user.id, ipAddress: '203.0.113.7' });
    expect(event?.details).toEqual({ email: 'camille.martin@exemple.fr', role: 'EDITOR', via: 'admin', isPasswordGenerated: false });
    const serialised = serialise(event);
    expect(serialised).not.toContain(password);
    expect(serialised).not.toContain(stored.passwordHash);
  });

  it('generates a password when none is given, and returns it once', async () => {
    const { db } = getDatabase();
    const admin = await insertUser(db, 'ADMIN');
    const { user, generatedPassword } = await createUser({ db, actor: admin, input: { name: 'Sans mot de passe', email: 'sans@exemple.fr', role: 'CONTRIBUTOR' } });
    expect(generatedPassword).toMatch(/^[\w]{6}(-[\w]{6}){3}$/);
    expect(await verifyPassword((await accountState(db, user.id)).passwordHash, generatedPassword!)).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id } });
    expect(serialise(event)).not.toContain(generatedPassword);
  });

  it('refuses a duplicate e-mail, whatever its case, and writes nothing', async () => {
    const { db } = getDatabase();
    const admin = await insertUser(db, 'ADMIN');
    const input = { name: 'Une', email: 'doublon@exemple.fr', role: 'EDITOR' as const, password: 'une phrase de passe assez longue' };
    await createUser({ db, actor: admin, input });
    const attempt = createUser({ db, actor: admin, input: { ...input, email: ' DOUBLON@exemple.fr' } });
    await expect(attempt).rejects.toBeInstanceOf(EmailTakenError);
    await expect(attempt).rejects.toMatchObject({ code: 'CONFLICT', userMessage: EMAIL_TAKEN_MESSAGE });
    expect(await db.user.count({ where: { email: 'doublon@exemple.fr' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: 'user.created' } })).toBe(1);
  });

  it('refuses two simultaneous creations of the same e-mail: one account, one error', async () => {
    const { db } = getDatabase();
    const admin = await insertUser(db, 'ADMIN');
    const input = { name: 'Course', email: 'course@exemple.fr', role: 'EDITOR' as const, password: 'une phrase de passe assez longue' };
    const results = await Promise.allSettled([createUser({ db, actor: admin, input }), createUser({ db, actor: admin, input })]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const [failure] = results.filter((result) => result.status === 'rejected');
    expect((failure as PromiseRejectedResult).reason).toBeInstanceOf(EmailTakenError);
    expect(await db.user.count({ where: { email: 'course@exemple.fr' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: 'user.created' } })).toBe(1);
  });

  it.each(['EDITOR', 'CONTRIBUTOR'] as const)('refuses every mutation to a %s actor and changes nothing', async (role) => {
    const { db } = getDatabase();
    const actor = await insertUser(db, role);
    const target = await insertUser(db, 'EDITOR');
    const before = { users: await findUsers({ db }), target: await accountState(db, target.id), events: await db.auditEvent.count() };
    const ref = { db, actor, id: target.id, version: target.version };
    const attempts = [
      () => createUser({ db, actor, input: { name: 'Intrus', email: 'intrus@exemple.fr', role: 'ADMIN' } }),
      () => changeUserRole({ ...ref, role: 'ADMIN' }),
      () => changeUserRole({ ...ref, id: actor.id, version: actor.version, role: 'ADMIN' }),
      () => disableUser(ref),
      () => enableUser(ref),
      () => resetUserPassword(ref),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ name: 'AppError', code: 'FORBIDDEN' });
    expect(await findUsers({ db })).toEqual(before.users);
    expect(await accountState(db, target.id)).toEqual(before.target);
    expect(await db.auditEvent.count()).toBe(before.events);
  });

  it('changes a role, bumps the version and records from/to', async () => {
    const { db } = getDatabase();
    const admin = await insertUser(db, 'ADMIN');
    const target = await insertUser(db, 'CONTRIBUTOR');
    expect(await changeUserRole({ db, actor: admin, id: target.id, version: 1, role: 'EDITOR' })).toEqual({ isChanged: true });
    expect(await accountState(db, target.id)).toMatchObject({ role: 'EDITOR', version: 2, sessionVersion: 1 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: target.id } });
    expect(event).toMatchObject({ action: 'user.role_changed', actorId: admin.id, details: { email: target.email, from: 'CONTRIBUTOR', to: 'EDITOR' } });
    expect(await changeUserRole({ db, actor: admin, id: target.id, version: 2, role: 'EDITOR' })).toEqual({ isChanged: false });
    expect(await auditActions(db, target.id)).toEqual(['user.role_changed']);
  });

  it('refuses to demote the last active admin, even oneself', async () => {
    const { db } = getDatabase();
    const admin = await insertUser(db, 'ADMIN');
    await insertUser(db, 'ADMIN', { disabledAt: new Date() });
    const attempt = changeUserRole({ db, actor: admin, id: admin.id, version: admin.version, role: 'EDITOR' });
    await expect(attempt).rejects.toMatchObject({ code: 'CONFLICT', userMessage: LAST_ADMIN_MESSAGE });
    expect((await accountState(db, admin.id)).role).toBe('ADMIN');
    expect(await db.auditEvent.count()).toBe(0);

    const other = await insertUser(db, 'ADMIN');
    await changeUserRole({ db, actor: other, id: admin.id, version: admin.version, role: 'EDITOR' });
    expect((await accountState(db, admin.id)).role).toBe('EDITOR');
  });

  it('refuses to disable the last active admin, counting admins in the database rather than trusting the actor', async () => {
    const { db } = getDatabase();
    const lastAdmin = await insertUser(db, 'ADMIN');
    // A session that still says ADMIN for an account demoted meanwhile.
    const demoted = await insertUser(db, 'EDITOR');
    const actor = { ...demoted, role: 'ADMIN' as const };
    await expect(disableUser({ db, actor, id: lastAdmin.id, version: lastAdmin.version })).rejects.toMatchObject({ code: 'CONFLICT', userMessage: LAST_ADMIN_MESSAGE });
    expect((await accountState(db, lastAdmin.id)).disabledAt).toBeNull();
    expect(await db.auditEvent.count()).toBe(0);
  });

  it('lets only one of two admins demoting each other at the same time win', async () => {
    const { db } = getDatabase();
    const a = await insertUser(db, 'ADMIN');
    const b = await insertUser(db, 'ADMIN');
    const results = await Promise.allSettled([
      changeUserRole({ db, actor: a, id: b.id, version: b.version, role: 'EDITOR' }),
      changeUserRole({ db, actor: b, id: a.id, version: a.version, role: 'EDITOR' }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((results.find((result) => result.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ userMessage: LAST_ADMIN_MESSAGE });
    expect(await db.user.count({ where: { role: 'ADMIN', disabledAt: null } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: 'user.role_changed' } })).toBe(1);
  });

  it('refuses that an admin disables their own account', async () => {
    const { db } = getDatabase();
    const admin = await insertUser(db, 'ADMIN');
    await insertUser(db, 'ADMIN');
    await expect(disableUser({ db, actor: admin, id: admin.id, version: admin.version })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      userMessage: 'Vous ne pouvez pas désactiver votre propre compte.',
    });
    expect((await accountState(db, admin.id)).disabledAt).toBeNull();
  });

  it('disabling sets disabledAt and bumps sessionVersion (open sessions end); enabling clears it', async () => {
    const { db } = getDatabase();
    const admin = await insertUser(db, 'ADMIN');
    const target = await insertUser(db, 'EDITOR');
    await disableUser({ db, actor: admin, ipAddress: '198.51.100.2', id: target.id, version: 1 });
    const disabled = await accountState(db, target.id);
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(disabled).toMatchObject({ sessionVersion: 2, version: 2 });
    expect((await getUserById({ db, id: target.id }))?.isDisabled).toBe(true);

    await expect(disableUser({ db, actor: admin, id: target.id, version: 2 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await enableUser({ db, actor: admin, id: target.id, version: 2 });
    expect(await accountState(db, target.id)).toMatchObject({ disabledAt: null, sessionVersion: 2, version: 3 });
    expect(await auditActions(db, target.id)).toEqual(['user.disabled', 'user.enabled']);
  });

  it('disabling another admin is allowed while one active admin remains', async () => {
    const { db } = getDatabase();
    const admin = await insertUser(db, 'ADMIN');
    const other = await insertUser(db, 'ADMIN');
    await disableUser({ db, actor: admin, id: other.id, version: other.version });
    expect((await accountState(db, other.id)).disabledAt).not.toBeNull();
  });

  it('resets a password: new one returned once, old one dead, sessions ended, nothing secret in the trail', async () => {
    const { db } = getDatabase();
    const admin = await insertUser(db, 'ADMIN');
    const { user } = await createUser({ db, actor: admin, input: { name: 'Oubli', email: 'oubli@exemple.fr', role: 'EDITOR', password: 'ancienne phrase de passe longue' } });
    const { password } = await resetUserPassword({ db, actor: admin, id: user.id, version: 1 });
    const state = await accountState(db, user.id);
    expect(await verifyPassword(state.passwordHash, password)).toBe(true);
    expect(await verifyPassword(state.passwordHash, 'ancienne phrase de passe longue')).toBe(false);
    expect(state).toMatchObject({ sessionVersion: 2, version: 2 });
    const events = await db.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { id: 'asc' } });
    expect(events.map((event) => event.action)).toEqual(['user.created', 'user.password_reset']);
    expect(serialise(events)).not.toContain(password);
    expect(serialise(events)).not.toContain(state.passwordHash);
  });

  it('refuses a stale version with the reload message, changing nothing', async () => {
    const { db } = getDatabase();
    const admin = await insertUser(db, 'ADMIN');
    const target = await insertUser(db, 'EDITOR');
    await changeUserRole({ db, actor: admin, id: target.id, version: 1, role: 'CONTRIBUTOR' });
    const before = await accountState(db, target.id);
    for (const attempt of [
      () => changeUserRole({ db, actor: admin, id: target.id, version: 1, role: 'ADMIN' }),
      () => disableUser({ db, actor: admin, id: target.id, version: 1 }),
      () => resetUserPassword({ db, actor: admin, id: target.id, version: 1 }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'CONFLICT', userMessage: STALE_ACCOUNT_MESSAGE });
    }
    expect(await accountState(db, target.id)).toEqual(before);
    expect(await auditActions(db, target.id)).toEqual(['user.role_changed']);
    await expect(changeUserRole({ db, actor: admin, id: 'inexistant', version: 1, role: 'ADMIN' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets exactly one of two concurrent role changes from the same version win', async () => {
    const { db } = getDatabase();
    const admin = await insertUser(db, 'ADMIN');
    const target = await insertUser(db, 'EDITOR');
    const results = await Promise.allSettled([
      changeUserRole({ db, actor: admin, id: target.id, version: 1, role: 'CONTRIBUTOR' }),
      changeUserRole({ db, actor: admin, id: target.id, version: 1, role: 'ADMIN' }),
    ]);
    const fulfilled = results.filter((result) => result.status === 'fulfilled');
    const rejected = results.filter((result) => result.status === 'rejected') as PromiseRejectedResult[];
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toMatchObject({ code: 'CONFLICT', userMessage: STALE_ACCOUNT_MESSAGE });
    const state = await accountState(db, target.id);
    expect(state.version).toBe(2);
    const [event] = await db.auditEvent.findMany({ where: { entityId: target.id } });
    expect(await auditActions(db, target.id)).toEqual(['user.role_changed']);
    expect(event?.details).toMatchObject({ from: 'EDITOR', to: state.role });
  });

  it('writes the change and its audit row in one transaction: a failing audit insert rolls the change back', async () => {
    const { db } = getDatabase();
    const admin = await insertUser(db, 'ADMIN');
    const target = await insertUser(db, 'EDITOR');
    await db.$executeRaw`CREATE FUNCTION "test_refuse_audit"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit refusé pour le test'; END; $$`;
    await db.$executeRaw`CREATE TRIGGER "test_refuse_audit" BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "test_refuse_audit"()`;
    try {
      const before = await accountState(db, target.id);
      await expect(disableUser({ db, actor: admin, id: target.id, version: 1 })).rejects.toThrow(/audit refusé pour le test/);
      await expect(changeUserRole({ db, actor: admin, id: target.id, version: 1, role: 'ADMIN' })).rejects.toThrow(/audit refusé pour le test/);
      await expect(createUser({ db, actor: admin, input: { name: 'Fantôme', email: 'fantome@exemple.fr', role: 'EDITOR' } })).rejects.toThrow(/audit refusé/);
      expect(await accountState(db, target.id)).toEqual(before);
      expect(await db.user.count({ where: { email: 'fantome@exemple.fr' } })).toBe(0);
    } finally {
      await db.$executeRaw`DROP TRIGGER "test_refuse_audit" ON "AuditEvent"`;
      await db.$executeRaw`DROP FUNCTION "test_refuse_audit"()`;
    }
  });

  it('keeps the audit trail append-only: the database refuses UPDATE and DELETE', async () => {
    const { db } = getDatabase();
    const admin = await insertUser(db, 'ADMIN');
    const target = await insertUser(db, 'EDITOR');
    await disableUser({ db, actor: admin, id: target.id, version: 1 });
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "action" = 'user.enabled'`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditEvent"`).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow();
    expect(await auditActions(db, target.id)).toEqual(['user.disabled']);
  });

  it('never selects secrets in the list and detail reads', async () => {
    const { db } = getDatabase();
    const admin = await insertUser(db, 'ADMIN');
    const [listed] = await findUsers({ db });
    const detail = await getUserById({ db, id: admin.id });
    for (const row of [listed, detail]) {
      expect(Object.keys(row!)).not.toEqual(expect.arrayContaining(['passwordHash']));
      expect(JSON.stringify(row)).not.toContain('non-utilise');
      expect(row).not.toHaveProperty('sessionVersion');
      expect(row).not.toHaveProperty('totpSecretEncrypted');
    }
    expect(detail).toMatchObject({ id: admin.id, version: 1, isDisabled: false, hasTwoFactor: false, lastSignInAt: null });
    expect(await getUserById({ db, id: 'inexistant' })).toBeNull();
  });
});
