import 'server-only';
import { getDb } from '@/lib/db';
import type { Database } from '@/lib/db/client';
import { AppError, isDatabaseUnavailable } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { getClientAddress, UNKNOWN_CLIENT_ADDRESS } from '@/lib/request';
import { findDeviceId, type DeviceCookieOptions } from './device-cookie';

/**
 * Sign-in throttling that slows guessing down without letting anyone lock
 * colleagues or a known account out (ASVS 5.0 V6.3, OWASP device cookies;
 * docs/decisions/005-staff-authentication.md). Counters live in PostgreSQL
 * (SignInThrottle), shared by every instance and kept across restarts.
 *
 * - A browser without a device cookie for the account counts against three keys:
 *   the account and its address (guessing from one place), the account (guessing
 *   spread over many addresses) and the address (spraying many accounts).
 * - A browser with a genuine device cookie for the account counts against that
 *   device only: failures from elsewhere never hold its owner back.
 * - Past a key's limit every failure holds it back, for a delay that doubles from
 *   1 minute up to 1 hour; the streak is forgotten after a quiet day or a success.
 * - An attempt is counted, atomically, before its password is checked: concurrent
 *   attempts beyond the limit are refused unchecked. A success gives it back.
 */
export const THROTTLE_POLICY = {
  accountAddress: { maxFailures: 5, windowMs: 15 * 60_000 },
  account: { maxFailures: 20, windowMs: 15 * 60_000 },
  address: { maxFailures: 50, windowMs: 15 * 60_000 },
  device: { maxFailures: 10, windowMs: 15 * 60_000 },
  firstDelayMs: 60_000,
  maxDelayMs: 60 * 60_000,
  forgetAfterMs: 24 * 60 * 60_000,
} as const;

export type ThrottleScope = 'email' | 'email-ip' | 'ip' | 'device';

interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
}

export interface ThrottleKey {
  key: string;
  scope: ThrottleScope;
  rule: ThrottleRule;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase().slice(0, 320);
}

/** The keys an attempt counts against: the device's alone when it carries a device cookie for the account. */
export function signInThrottleKeys(options: { email: string; ipAddress: string; deviceId?: string | null }): ThrottleKey[] {
  const { email, ipAddress, deviceId } = options;
  if (deviceId) return [{ key: `device:${deviceId}`, scope: 'device', rule: THROTTLE_POLICY.device }];
  const keys: ThrottleKey[] = [
    { key: `email:${email}`, scope: 'email', rule: THROTTLE_POLICY.account },
    // The address comes first: it cannot contain "|", so keys cannot collide.
    { key: `email-ip:${ipAddress}|${email}`, scope: 'email-ip', rule: THROTTLE_POLICY.accountAddress },
  ];
  // Without any address, one per-address counter would be shared by everyone: a lockout of all.
  if (ipAddress !== UNKNOWN_CLIENT_ADDRESS) keys.push({ key: `ip:${ipAddress}`, scope: 'ip', rule: THROTTLE_POLICY.address });
  return keys;
}

/** The hold a key gets after its n-th failure in a streak: none below the limit, then doubling, capped. */
export function delayAfterFailures(failureCount: number, rule: ThrottleRule): number {
  if (failureCount < rule.maxFailures) return 0;
  const doublings = Math.min(failureCount - rule.maxFailures, 30);
  return Math.min(THROTTLE_POLICY.firstDelayMs * 2 ** doublings, THROTTLE_POLICY.maxDelayMs);
}

const secondsUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));

export type Reservation =
  | {
      ok: true;
      keys: ThrottleKey[];
      now: Date;
      /** Holds this attempt starts, should it fail (it is already counted as one). */
      holds: Array<{ key: string; scope: ThrottleScope; until: Date }>;
    }
  | { ok: false; retryAfterSeconds: number; scopes: ThrottleScope[] };

interface ReserveRow {
  heldUntil: Date | null;
  heldKeys: string[] | null;
  found: number;
  key: string | null;
  blockedUntil: Date | null;
}

/**
 * Counts an attempt against every key before its password is checked, all or
 * nothing, in one statement: it locks the keys' rows (in key order, so
 * concurrent attempts queue instead of deadlocking), and unless one of them is
 * held back, counts the attempt on each, starting a hold on any that reaches its
 * limit. Concurrent attempts beyond a limit therefore find the hold and are
 * refused without their password being checked. One statement rather than an
 * interactive transaction: no lock is held across round trips, and the embedded
 * database's connection multiplexing is not exposed to BEGIN/COMMIT interleaving.
 */
export async function reserveSignInAttempt(db: Database, keys: ThrottleKey[], now = new Date()): Promise<Reservation> {
  const sorted = [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const at = Prisma.sql`${now}::timestamp(3)`;
  const input = Prisma.join(sorted.map(({ key, rule }) => Prisma.sql`(${key}::text, ${rule.maxFailures}::int, ${rule.windowMs}::bigint)`));
  // A row removed between the two statements (stale rows are purged) is recreated on the next round.
  for (let round = 0; round < 3; round += 1) {
    await db.$executeRaw`
      INSERT INTO "SignInThrottle" ("key", "failureCount", "windowStartedAt", "updatedAt")
      SELECT k, 0, ${at}, ${at} FROM unnest(ARRAY[${Prisma.join(sorted.map(({ key }) => key))}]::text[]) AS k ORDER BY k
      ON CONFLICT ("key") DO NOTHING`;
    const rows = await db.$queryRaw<ReserveRow[]>`
      WITH input ("key", "maxFailures", "windowMs") AS (VALUES ${input}),
      locked AS (
        SELECT t."key", t."failureCount", t."windowStartedAt", t."lastFailureAt", t."blockedUntil", i."maxFailures", i."windowMs"
        FROM "SignInThrottle" t JOIN input i ON i."key" = t."key"
        ORDER BY t."key"
        FOR UPDATE OF t
      ),
      decision AS (
        SELECT max("blockedUntil") FILTER (WHERE "blockedUntil" > ${at}) AS "heldUntil",
               array_agg("key") FILTER (WHERE "blockedUntil" > ${at}) AS "heldKeys",
               count(*)::int AS "found"
        FROM locked
      ),
      streak AS (
        SELECT l.*, CASE
          WHEN l."failureCount" <= 0 THEN 0
          WHEN l."failureCount" < l."maxFailures" THEN
            CASE WHEN l."windowStartedAt" <= ${at} - l."windowMs" * interval '1 millisecond' THEN 0 ELSE l."failureCount" END
          WHEN COALESCE(l."lastFailureAt", l."windowStartedAt") <= ${at} - ${THROTTLE_POLICY.forgetAfterMs}::bigint * interval '1 millisecond' THEN 0
          ELSE l."failureCount"
        END AS "streakCount"
        FROM locked l
      ),
      updated AS (
        UPDATE "SignInThrottle" t SET
          "failureCount" = s."streakCount" + 1,
          "windowStartedAt" = CASE WHEN s."streakCount" = 0 THEN ${at} ELSE s."windowStartedAt" END,
          "lastFailureAt" = ${at},
          "blockedUntil" = CASE WHEN s."streakCount" + 1 >= s."maxFailures"
            THEN ${at} + LEAST(${THROTTLE_POLICY.firstDelayMs}::bigint * power(2, LEAST(s."streakCount" + 1 - s."maxFailures", 30)), ${THROTTLE_POLICY.maxDelayMs}::bigint) * interval '1 millisecond'
            ELSE NULL END,
          "updatedAt" = ${at}
        FROM streak s, decision d
        WHERE t."key" = s."key" AND d."heldUntil" IS NULL AND d."found" = ${sorted.length}
        RETURNING t."key", t."blockedUntil"
      )
      SELECT d."heldUntil", d."heldKeys", d."found", u."key", u."blockedUntil" FROM decision d LEFT JOIN updated u ON true`;
    const decision = rows[0]!;
    if (decision.heldUntil) {
      const held = new Set(decision.heldKeys ?? []);
      return {
        ok: false,
        retryAfterSeconds: secondsUntil(decision.heldUntil, now),
        scopes: sorted.filter(({ key }) => held.has(key)).map(({ scope }) => scope),
      };
    }
    if (decision.found !== sorted.length) continue;
    const scopeOf = new Map(sorted.map(({ key, scope }) => [key, scope]));
    const holds = rows
      .filter((row): row is ReserveRow & { key: string; blockedUntil: Date } => row.key !== null && row.blockedUntil !== null)
      .map(({ key, blockedUntil }) => ({ key, scope: scopeOf.get(key)!, until: blockedUntil }));
    return { ok: true, keys: sorted, now, holds };
  }
  throw new Error('SignInThrottle : impossible de réserver la tentative (lignes supprimées à chaque essai).');
}

type Granted = Extract<Reservation, { ok: true }>;

/** Seconds until the holds this attempt started end (when it turned out to be a failure). */
export function holdSeconds(reservation: Granted): number {
  return secondsUntil(new Date(Math.max(...reservation.holds.map(({ until }) => until.getTime()))), reservation.now);
}

/** Gives a counted attempt back (it was no failure), undoing a hold it started. */
async function refund(db: Database, reservation: Granted, keys: ThrottleKey[]): Promise<void> {
  for (const { key } of keys) {
    const startedHold = reservation.holds.find((hold) => hold.key === key)?.until ?? null;
    await db.$executeRaw`
      UPDATE "SignInThrottle" SET
        "failureCount" = GREATEST("failureCount" - 1, 0),
        "blockedUntil" = CASE WHEN "blockedUntil" = ${startedHold} THEN NULL ELSE "blockedUntil" END,
        "updatedAt" = ${new Date()}
      WHERE "key" = ${key}`;
  }
}

/** The password was right but the attempt is not over (second factor to come), or it was only a re-check. */
export async function releaseSignInAttempt(db: Database, reservation: Granted): Promise<void> {
  await refund(db, reservation, reservation.keys);
}

/**
 * A successful sign-in ends the streaks of its account and device keys (OWASP:
 * reset on success) and gives the address its attempt back: colleagues signing in
 * from one office never add up to a spraying attack. Rows nobody needs any more
 * are removed on the way.
 */
export async function settleSuccessfulSignIn(db: Database, reservation: Granted): Promise<void> {
  const ended = reservation.keys.filter(({ scope }) => scope !== 'ip').map(({ key }) => key);
  const now = new Date();
  if (ended.length > 0) {
    // Reset rather than deleted: a concurrent attempt may hold the row between its two statements.
    await db.signInThrottle.updateMany({
      where: { key: { in: ended } },
      data: { failureCount: 0, windowStartedAt: now, lastFailureAt: null, blockedUntil: null, updatedAt: now },
    });
  }
  await refund(db, reservation, reservation.keys.filter(({ scope }) => scope === 'ip'));
  await db.signInThrottle.deleteMany({
    where: {
      updatedAt: { lt: new Date(now.getTime() - THROTTLE_POLICY.forgetAfterMs) },
      OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }],
    },
  });
}

/**
 * For the HTTP endpoint's 429: seconds until a sign-in as `email` from this
 * request would be accepted again, or null. Read-only; the atomic decision is
 * reserveSignInAttempt's. An outage is AppError('UNAVAILABLE').
 */
export async function getSignInBlock(
  db: Database,
  options: { email: string; headers: Headers } & DeviceCookieOptions,
): Promise<number | null> {
  const email = normaliseEmail(options.email);
  const now = options.now ?? new Date();
  const keys = signInThrottleKeys({ email, ipAddress: getClientAddress(options.headers), deviceId: findDeviceId(options.headers, email, options) });
  try {
    const rows = await db.signInThrottle.findMany({
      where: { key: { in: keys.map(({ key }) => key) }, blockedUntil: { gt: now } },
      select: { blockedUntil: true },
    });
    return rows.length > 0 ? secondsUntil(new Date(Math.max(...rows.map((row) => row.blockedUntil!.getTime()))), now) : null;
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new AppError('UNAVAILABLE');
    throw error;
  }
}

/** The same, with the app's client: for the Auth.js route, which must not reach the database itself. */
export async function findSignInBlock(options: { email: string; headers: Headers; db?: Database }): Promise<number | null> {
  const { db = getDb(), ...rest } = options;
  return getSignInBlock(db, rest);
}
