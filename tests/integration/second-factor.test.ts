import { randomBytes } from 'node:crypto';
import { generate } from 'otplib';
import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { changeOwnPassword, verifyCurrentPassword } from '../../lib/auth/account';
import { getMfaSettings, getRolesRequiringMfa, updateRolesRequiringMfa } from '../../lib/auth/mfa-settings';
import { hashPassword, verifyPassword } from '../../lib/auth/password';
import { RECOVERY_CODE_COUNT } from '../../lib/auth/recovery-codes';
import { authenticateWithPassword } from '../../lib/auth/sign-in';
import {
  cancelTotpEnrolment,
  confirmTotpEnrolment,
  disableTotp,
  getPendingTotpEnrolment,
  getTotpStatus,
  regenerateRecoveryCodes,
  startTotpEnrolment,
  TOTP_PERIOD_SECONDS,
  totpTimeStep,
  verifySecondFactor,
} from '../../lib/auth/totp';
import type { Database } from '../../lib/db/client';
import { postgresServerUrl } from '../setup/databases';
import { describeOnEachDatabase } from '../setup/each-database';

const PASSWORD = 'une phrase de passe assez longue';
// A fixed clock, 15 s into a time step: codes are computed for known steps.
const T0 = new Date(Date.UTC(2026, 10, 26, 12, 0, 15));
const STEP0 = totpTimeStep(T0);
const later = (steps: number) => new Date(T0.getTime() + steps * TOTP_PERIOD_SECONDS * 1000);
const codeFor = (secret: string, step: number) => generate({ secret, epoch: step * TOTP_PERIOD_SECONDS });

// lib/env.ts reads AUTH_SECRET (the TOTP encryption key) and requires DATABASE_URL;
// the functions under test receive their database explicitly. The test setup also
// reads DATABASE_URL to find the server it creates databases on: keep that value.
beforeAll(() => {
  vi.stubEnv('AUTH_SECRET', 'x'.repeat(40));
  vi.stubEnv('DATABASE_URL', postgresServerUrl());
});

async function createAccount(db: Database, role: 'ADMIN' | 'EDITOR' | 'CONTRIBUTOR' = 'EDITOR') {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@exemple.test`;
  const row = await db.user.create({ data: { email, name: 'Compte de test', role, passwordHash: await hashPassword(PASSWORD) }, select: { id: true } });
  return { id: row.id, email };
}

/** Enrols TOTP at T0 (confirmed with the code of STEP0); returns the secret and recovery codes. */
async function enrol(db: Database, user: { id: string; email: string }) {
  const enrolment = await startTotpEnrolment(db, { user, ipAddress: '10.0.0.1' });
  if (!enrolment) throw new Error('enrolment refused');
  const result = await confirmTotpEnrolment(db, { user, code: await codeFor(enrolment.secret, STEP0), ipAddress: '10.0.0.1', now: T0 });
  if (!result.ok) throw new Error(`confirmation refused: ${result.reason}`);
  return { secret: enrolment.secret, recoveryCodes: result.recoveryCodes };
}

describeOnEachDatabase('second factor', (getDatabase) => {
  beforeEach(async () => {
    await getDatabase().db.setting.deleteMany();
  });

  it('enrols: pending secret, wrong code refused, first valid code activates and yields 10 recovery codes', async () => {
    const { db } = getDatabase();
    const user = await createAccount(db);

    const enrolment = await startTotpEnrolment(db, { user, ipAddress: '10.0.0.1' });
    expect(enrolment?.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment?.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(await getPendingTotpEnrolment(db, user)).toEqual(enrolment);
    expect(await getTotpStatus(db, user.id)).toMatchObject({ isEnabled: false, hasPendingEnrolment: true });
    // Not active yet: a valid code for the pending secret does not pass as a second factor.
    expect(await verifySecondFactor(db, { userId: user.id, code: await codeFor(enrolment!.secret, STEP0) }, { now: T0 })).toBeNull();

    expect(await confirmTotpEnrolment(db, { user, code: '000000', now: T0 })).toEqual({ ok: false, reason: 'invalid_code' });
    const confirmed = await confirmTotpEnrolment(db, { user, code: await codeFor(enrolment!.secret, STEP0), ipAddress: '10.0.0.1', now: T0 });
    expect(confirmed.ok).toBe(true);
    const codes = confirmed.ok ? confirmed.recoveryCodes : [];
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ totpPendingSecretEncrypted: null, totpLastUsedStep: STEP0 });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(await getTotpStatus(db, user.id)).toMatchObject({ isEnabled: true, hasPendingEnrolment: false, unusedRecoveryCodes: 10 });
    expect(await startTotpEnrolment(db, { user })).toBeNull();

    const actions = (await db.auditEvent.findMany({ where: { actorId: user.id }, orderBy: { id: 'asc' } })).map((event) => event.action);
    expect(actions).toEqual(['auth.totp_enrolment_started', 'auth.totp_enabled']);
  });

  it('cancels an enrolment in progress', async () => {
    const { db } = getDatabase();
    const user = await createAccount(db);
    const enrolment = await startTotpEnrolment(db, { user });
    await cancelTotpEnrolment(db, { user });
    expect(await getPendingTotpEnrolment(db, user)).toBeNull();
    expect(await confirmTotpEnrolment(db, { user, code: await codeFor(enrolment!.secret, STEP0), now: T0 })).toEqual({ ok: false, reason: 'no_pending_enrolment' });
    const actions = (await db.auditEvent.findMany({ where: { actorId: user.id }, orderBy: { id: 'asc' } })).map((event) => event.action);
    expect(actions).toEqual(['auth.totp_enrolment_started', 'auth.totp_enrolment_cancelled']);
  });

  it('stores the secret encrypted and the recovery codes hashed', async () => {
    const { db } = getDatabase();
    const user = await createAccount(db);
    const { secret, recoveryCodes } = await enrol(db, user);

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.totpSecretEncrypted).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const stored = JSON.stringify({ row, codes: await db.recoveryCode.findMany({ where: { userId: user.id } }) });
    expect(stored).not.toContain(secret);
    expect(stored.toLowerCase()).not.toContain(secret.toLowerCase().slice(0, 12));
    for (const code of recoveryCodes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replaceAll('-', ''));
    }
    // Bound to its account: the same box copied to another user does not open there.
    const other = await createAccount(db);
    await db.user.update({ where: { id: other.id }, data: { totpSecretEncrypted: row.totpSecretEncrypted, totpEnabledAt: new Date() } });
    await expect(verifySecondFactor(db, { userId: other.id, code: await codeFor(secret, STEP0 + 1) }, { now: later(1) })).rejects.toThrow();
  });

  it('accepts a current TOTP code once, refuses wrong, replayed and older codes', async () => {
    const { db } = getDatabase();
    const user = await createAccount(db);
    const { secret } = await enrol(db, user);

    // The code that confirmed the enrolment cannot be used to sign in.
    expect(await verifySecondFactor(db, { userId: user.id, code: await codeFor(secret, STEP0) }, { now: T0 })).toBeNull();
    expect(await verifySecondFactor(db, { userId: user.id, code: '123456' }, { now: later(1) })).toBeNull();

    const next = await codeFor(secret, STEP0 + 1);
    expect(await verifySecondFactor(db, { userId: user.id, code: ` ${next.slice(0, 3)} ${next.slice(3)} ` }, { now: later(1) })).toBe('totp');
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpLastUsedStep).toBe(STEP0 + 1);
    expect(await verifySecondFactor(db, { userId: user.id, code: next }, { now: later(1) })).toBeNull();

    // One step of drift is accepted: the code of the following step, then nothing older.
    expect(await verifySecondFactor(db, { userId: user.id, code: await codeFor(secret, STEP0 + 3) }, { now: later(2) })).toBe('totp');
    expect(await verifySecondFactor(db, { userId: user.id, code: await codeFor(secret, STEP0 + 2) }, { now: later(2) })).toBeNull();
    // Two steps away is too far.
    expect(await verifySecondFactor(db, { userId: user.id, code: await codeFor(secret, STEP0 + 12) }, { now: later(10) })).toBeNull();
    expect(await verifySecondFactor(db, { userId: user.id, code: await codeFor(secret, STEP0 + 10) }, { now: later(10) })).toBe('totp');
  });

  it('lets only one of two concurrent uses of the same code through', async () => {
    const { db } = getDatabase();
    const user = await createAccount(db);
    const { secret } = await enrol(db, user);
    const code = await codeFor(secret, STEP0 + 1);
    const results = await Promise.all([1, 2, 3].map(() => verifySecondFactor(db, { userId: user.id, code }, { now: later(1) })));
    expect(results.filter((result) => result === 'totp')).toHaveLength(1);
  });

  it('accepts each recovery code once, whatever its case and separators', async () => {
    const { db } = getDatabase();
    const user = await createAccount(db);
    const { recoveryCodes } = await enrol(db, user);
    const [first, second] = recoveryCodes as [string, string];

    expect(await verifySecondFactor(db, { userId: user.id, code: first })).toBe('recovery');
    expect(await verifySecondFactor(db, { userId: user.id, code: first })).toBeNull();
    expect(await verifySecondFactor(db, { userId: user.id, code: ` ${second.toUpperCase().replaceAll('-', ' ')} ` })).toBe('recovery');
    expect(await verifySecondFactor(db, { userId: user.id, code: 'abcd-efgh-jkmn-pqrs' })).toBeNull();
    expect(await getTotpStatus(db, user.id)).toMatchObject({ unusedRecoveryCodes: 8 });

    // Another account's code is worthless here.
    const other = await createAccount(db);
    const otherCodes = (await enrol(db, other)).recoveryCodes;
    expect(await verifySecondFactor(db, { userId: user.id, code: otherCodes[0]! })).toBeNull();

    const third = recoveryCodes[2]!;
    const results = await Promise.all([1, 2, 3].map(() => verifySecondFactor(db, { userId: user.id, code: third })));
    expect(results.filter((result) => result === 'recovery')).toHaveLength(1);
  });

  it('regenerates recovery codes (old ones stop working) and disables the second factor', async () => {
    const { db } = getDatabase();
    const user = await createAccount(db);
    const { secret, recoveryCodes } = await enrol(db, user);

    const renewed = await regenerateRecoveryCodes(db, { user, ipAddress: '10.0.0.1' });
    expect(renewed).toHaveLength(RECOVERY_CODE_COUNT);
    expect(await verifySecondFactor(db, { userId: user.id, code: recoveryCodes[0]! })).toBeNull();
    expect(await verifySecondFactor(db, { userId: user.id, code: renewed![0]! })).toBe('recovery');

    const before = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    expect(await disableTotp(db, { user, ipAddress: '10.0.0.1' })).toBe(true);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ totpSecretEncrypted: null, totpPendingSecretEncrypted: null, totpEnabledAt: null, totpLastUsedStep: null, sessionVersion: before.sessionVersion });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await verifySecondFactor(db, { userId: user.id, code: await codeFor(secret, STEP0 + 1) }, { now: later(1) })).toBeNull();
    expect(await regenerateRecoveryCodes(db, { user })).toBeNull();
    expect(await disableTotp(db, { user })).toBe(false);

    // Disabling when the role requires it ends every session (next sign-in asks for enrolment).
    await enrol(db, user);
    expect(await disableTotp(db, { user, signOutEverywhere: true })).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(before.sessionVersion + 1);

    const actions = (await db.auditEvent.findMany({ where: { actorId: user.id }, orderBy: { id: 'asc' } })).map((event) => event.action);
    expect(actions).toEqual([
      'auth.totp_enrolment_started',
      'auth.totp_enabled',
      'auth.recovery_codes_regenerated',
      'auth.totp_disabled',
      'auth.totp_enrolment_started',
      'auth.totp_enabled',
      'auth.totp_disabled',
    ]);
  });

  it('asks sign-in for the second factor once enabled', async () => {
    const { db } = getDatabase();
    const user = await createAccount(db);
    const { recoveryCodes } = await enrol(db, user);
    const headers = new Headers({ 'x-forwarded-for': `10.1.${randomBytes(1)[0]}.${randomBytes(1)[0]}` });
    expect(await authenticateWithPassword(db, { email: user.email, password: PASSWORD, headers })).toEqual({ ok: false, reason: 'mfa_required' });
    expect(await authenticateWithPassword(db, { email: user.email, password: PASSWORD, code: '000000', headers })).toEqual({ ok: false, reason: 'mfa_invalid' });
    expect(await authenticateWithPassword(db, { email: user.email, password: PASSWORD, code: recoveryCodes[0]!, headers })).toMatchObject({ ok: true, mfaSetupRequired: false });
  });

  it('saves the roles requiring a second factor, refusing a stale form', async () => {
    const { db } = getDatabase();
    const admin = await createAccount(db, 'ADMIN');
    expect(await getMfaSettings(db)).toEqual({ roles: [], updatedAt: null });

    expect(await updateRolesRequiringMfa(db, { roles: ['EDITOR', 'ADMIN'], expectedUpdatedAt: null, actor: admin })).toEqual({ ok: true });
    const saved = await getMfaSettings(db);
    expect(saved.roles).toEqual(['ADMIN', 'EDITOR']);
    expect(await getRolesRequiringMfa(db)).toEqual(['ADMIN', 'EDITOR']);

    // A second form opened before the first save (never saved then) is refused.
    expect(await updateRolesRequiringMfa(db, { roles: [], expectedUpdatedAt: null, actor: admin })).toEqual({ ok: false, reason: 'conflict' });
    expect(await updateRolesRequiringMfa(db, { roles: [], expectedUpdatedAt: new Date(0), actor: admin })).toEqual({ ok: false, reason: 'conflict' });
    expect(await updateRolesRequiringMfa(db, { roles: ['CONTRIBUTOR'], expectedUpdatedAt: saved.updatedAt, actor: admin })).toEqual({ ok: true });
    expect(await getRolesRequiringMfa(db)).toEqual(['CONTRIBUTOR']);

    const events = await db.auditEvent.findMany({ where: { action: 'settings.updated', actorId: admin.id }, orderBy: { id: 'asc' } });
    expect(events.map((event) => event.details)).toEqual([
      { key: 'mfa.requiredRoles', before: [], after: ['ADMIN', 'EDITOR'] },
      { key: 'mfa.requiredRoles', before: ['ADMIN', 'EDITOR'], after: ['CONTRIBUTOR'] },
    ]);

    // An editor without TOTP now signs in with mfaSetupRequired; a contributor does not... until required.
    await updateRolesRequiringMfa(db, { roles: ['EDITOR'], expectedUpdatedAt: (await getMfaSettings(db)).updatedAt, actor: admin });
    const editor = await createAccount(db, 'EDITOR');
    const headers = new Headers({ 'x-forwarded-for': `10.2.${randomBytes(1)[0]}.${randomBytes(1)[0]}` });
    expect(await authenticateWithPassword(db, { email: editor.email, password: PASSWORD, headers })).toMatchObject({ ok: true, mfaSetupRequired: true });
  });

  it('checks the current password (counting failures) and changes it, ending every session', async () => {
    const { db } = getDatabase();
    const user = await createAccount(db);
    const ipAddress = `10.3.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
    expect(await verifyCurrentPassword(db, { user, password: 'pas le bon mot de passe', ipAddress })).toBe(false);
    expect(await db.signInThrottle.findUnique({ where: { key: `email:${user.email}` } })).toMatchObject({ failureCount: 1 });
    expect(await verifyCurrentPassword(db, { user, password: PASSWORD, ipAddress })).toBe(true);

    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    await changeOwnPassword(db, { user, newPassword: 'un tout nouveau mot de passe', ipAddress });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.passwordChangedAt).not.toBeNull();
    expect(await verifyPassword(after.passwordHash, 'un tout nouveau mot de passe')).toBe(true);
    expect(await verifyPassword(after.passwordHash, PASSWORD)).toBe(false);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'auth.password_changed', actorId: user.id } });
    expect(JSON.stringify(event, (_key, value) => (typeof value === 'bigint' ? String(value) : value))).not.toContain('nouveau mot de passe');

    // Five failures block further checks (same keys as sign-in).
    for (let attempt = 0; attempt < 4; attempt++) await verifyCurrentPassword(db, { user, password: 'faux', ipAddress }).catch(() => undefined);
    await expect(verifyCurrentPassword(db, { user, password: 'un tout nouveau mot de passe', ipAddress })).rejects.toMatchObject({ code: 'THROTTLED' });
  });
});
