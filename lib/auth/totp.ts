import 'server-only';
import { generateSecret, generateURI, verify } from 'otplib';
import { recordAuditEvent } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { consumeRecoveryCode, countUnusedRecoveryCodes, replaceRecoveryCodes } from './recovery-codes';
import { openSecret, sealSecret } from './secret-box';

/** RFC 6238 as every authenticator app expects it: SHA-1, 6 digits, 30 s. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Name shown in the authenticator app. */
export const TOTP_ISSUER = 'Observatoire ESS';

export interface AccountRef {
  id: string;
  email: string;
}

interface ChangeOptions {
  user: AccountRef;
  ipAddress?: string | null;
}

export interface TotpEnrolment {
  /** Base32, for manual entry. */
  secret: string;
  otpauthUri: string;
}

export interface TotpStatus {
  isEnabled: boolean;
  enabledAt: Date | null;
  hasPendingEnrolment: boolean;
  unusedRecoveryCodes: number;
}

/** Six digits, or null; spaces and hyphens ("123 456") are ignored. */
export function normaliseTotpCode(input: string): string | null {
  const code = input.trim().replace(/[\s\u00a0\u2010-\u2015\u2212-]+/g, '');
  return new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code) ? code : null;
}

export function totpTimeStep(now: Date = new Date()): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

// Binds the sealed secret to its account: a box copied to another row does not open.
function boxContext(userId: string): string {
  return `totp:${userId}`;
}

export function buildOtpauthUri(options: { secret: string; accountLabel: string }): string {
  return generateURI({ issuer: TOTP_ISSUER, label: options.accountLabel, secret: options.secret, algorithm: 'sha1', digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS });
}

/**
 * The time step a code belongs to, accepting one step of clock drift either
 * way, and only steps after `afterTimeStep` (replay protection); null if invalid.
 */
export async function matchTotpCode(options: { secret: string; code: string; now?: Date; afterTimeStep?: number | null }): Promise<number | null> {
  const code = normaliseTotpCode(options.code);
  if (!code) return null;
  const now = options.now ?? new Date();
  const afterTimeStep = options.afterTimeStep ?? undefined;
  // otplib throws when afterTimeStep is beyond the window: nothing could match anyway.
  if (afterTimeStep !== undefined && afterTimeStep >= totpTimeStep(now) + 1) return null;
  const result = await verify({
    secret: options.secret,
    token: code,
    algorithm: 'sha1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP_PERIOD_SECONDS,
    afterTimeStep,
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/**
 * Checks a TOTP code (RFC 6238) or an unused recovery code for a user whose
 * second factor is enabled. A TOTP code is accepted once: its time step is
 * recorded and any code of that step or an earlier one is refused afterwards.
 */
export async function verifySecondFactor(
  db: Database,
  input: { userId: string; code: string },
  options: { now?: Date } = {},
): Promise<'totp' | 'recovery' | null> {
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { totpSecretEncrypted: true, totpEnabledAt: true, totpLastUsedStep: true },
  });
  if (!user?.totpEnabledAt || !user.totpSecretEncrypted) return null;

  if (!normaliseTotpCode(input.code)) {
    return (await consumeRecoveryCode(db, { userId: input.userId, code: input.code, now: options.now })) ? 'recovery' : null;
  }

  const secret = openSecret(user.totpSecretEncrypted, { context: boxContext(input.userId) });
  const step = await matchTotpCode({ secret, code: input.code, now: options.now, afterTimeStep: user.totpLastUsedStep });
  if (step === null) return null;
  // Conditional write: of two concurrent requests with the same code, one wins.
  const { count } = await db.user.updateMany({
    where: { id: input.userId, totpEnabledAt: { not: null }, OR: [{ totpLastUsedStep: null }, { totpLastUsedStep: { lt: step } }] },
    data: { totpLastUsedStep: step },
  });
  return count === 1 ? 'totp' : null;
}

export async function getTotpStatus(db: Database, userId: string): Promise<TotpStatus> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { totpEnabledAt: true, totpPendingSecretEncrypted: true },
  });
  return {
    isEnabled: Boolean(user.totpEnabledAt),
    enabledAt: user.totpEnabledAt,
    hasPendingEnrolment: !user.totpEnabledAt && Boolean(user.totpPendingSecretEncrypted),
    unusedRecoveryCodes: user.totpEnabledAt ? await countUnusedRecoveryCodes(db, userId) : 0,
  };
}

/** Starts (or restarts) enrolment with a new secret, kept pending until a code confirms it. */
export async function startTotpEnrolment(db: Database, { user, ipAddress }: ChangeOptions): Promise<TotpEnrolment | null> {
  const secret = generateSecret({ length: 20 });
  const sealed = sealSecret(secret, { context: boxContext(user.id) });
  const isStarted = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: user.id, totpEnabledAt: null }, data: { totpPendingSecretEncrypted: sealed } });
    if (count !== 1) return false;
    await recordAuditEvent(tx, { action: 'auth.totp_enrolment_started', actor: user, entityType: 'User', entityId: user.id, ipAddress });
    return true;
  });
  return isStarted ? { secret, otpauthUri: buildOtpauthUri({ secret, accountLabel: user.email }) } : null;
}

/** The enrolment in progress (secret and URI to show again), or null. */
export async function getPendingTotpEnrolment(db: Database, user: AccountRef): Promise<TotpEnrolment | null> {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { totpPendingSecretEncrypted: true, totpEnabledAt: true } });
  if (!row?.totpPendingSecretEncrypted || row.totpEnabledAt) return null;
  const secret = openSecret(row.totpPendingSecretEncrypted, { context: boxContext(user.id) });
  return { secret, otpauthUri: buildOtpauthUri({ secret, accountLabel: user.email }) };
}

export async function cancelTotpEnrolment(db: Database, { user, ipAddress }: ChangeOptions): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, totpPendingSecretEncrypted: { not: null } },
      data: { totpPendingSecretEncrypted: null },
    });
    if (count === 1) await recordAuditEvent(tx, { action: 'auth.totp_enrolment_cancelled', actor: user, entityType: 'User', entityId: user.id, ipAddress });
  });
}

export type ConfirmTotpResult = { ok: true; recoveryCodes: string[] } | { ok: false; reason: 'invalid_code' | 'no_pending_enrolment' };

/**
 * The first valid code from the app turns the pending secret into the active
 * one; returns the recovery codes in plain text, to be shown once.
 */
export async function confirmTotpEnrolment(db: Database, options: ChangeOptions & { code: string; now?: Date }): Promise<ConfirmTotpResult> {
  const { user, ipAddress } = options;
  const row = await db.user.findUnique({ where: { id: user.id }, select: { totpPendingSecretEncrypted: true, totpEnabledAt: true } });
  const sealed = row?.totpPendingSecretEncrypted;
  if (!sealed || row.totpEnabledAt) return { ok: false, reason: 'no_pending_enrolment' };
  const secret = openSecret(sealed, { context: boxContext(user.id) });
  const step = await matchTotpCode({ secret, code: options.code, now: options.now });
  if (step === null) return { ok: false, reason: 'invalid_code' };

  return db.$transaction(async (tx): Promise<ConfirmTotpResult> => {
    // Same pending secret still there: a concurrent restart or confirmation wins over this one.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, totpPendingSecretEncrypted: sealed, totpEnabledAt: null },
      data: { totpSecretEncrypted: sealed, totpPendingSecretEncrypted: null, totpEnabledAt: options.now ?? new Date(), totpLastUsedStep: step },
    });
    if (count !== 1) return { ok: false, reason: 'no_pending_enrolment' };
    const recoveryCodes = await replaceRecoveryCodes(tx, user.id);
    await recordAuditEvent(tx, { action: 'auth.totp_enabled', actor: user, entityType: 'User', entityId: user.id, ipAddress });
    return { ok: true, recoveryCodes };
  });
}

/**
 * Removes the second factor and its recovery codes. With `signOutEverywhere`
 * (the role requires a second factor) every session ends, so the next sign-in
 * asks for a new enrolment.
 */
export async function disableTotp(db: Database, options: ChangeOptions & { signOutEverywhere?: boolean }): Promise<boolean> {
  const { user, ipAddress } = options;
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, totpEnabledAt: { not: null } },
      data: {
        totpSecretEncrypted: null,
        totpPendingSecretEncrypted: null,
        totpEnabledAt: null,
        totpLastUsedStep: null,
        ...(options.signOutEverywhere ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    if (count !== 1) return false;
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await recordAuditEvent(tx, { action: 'auth.totp_disabled', actor: user, entityType: 'User', entityId: user.id, ipAddress });
    return true;
  });
}

/** New recovery codes (the old ones stop working); null when the second factor is off. */
export async function regenerateRecoveryCodes(db: Database, { user, ipAddress }: ChangeOptions): Promise<string[] | null> {
  return db.$transaction(async (tx) => {
    // Locks the row, so a concurrent disable cannot leave codes without a second factor.
    const { count } = await tx.user.updateMany({ where: { id: user.id, totpEnabledAt: { not: null } }, data: { updatedAt: new Date() } });
    if (count !== 1) return null;
    const codes = await replaceRecoveryCodes(tx, user.id);
    await recordAuditEvent(tx, { action: 'auth.recovery_codes_regenerated', actor: user, entityType: 'User', entityId: user.id, ipAddress });
    return codes;
  });
}
