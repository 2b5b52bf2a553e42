import type { Database } from '@/lib/db/client';
import { getClientAddress } from '@/lib/request';

/** 5 failures within 15 minutes block the account, or the client address, for 15 minutes. */
export const THROTTLE_POLICY = { maxFailures: 5, windowMs: 15 * 60_000, blockMs: 15 * 60_000 } as const;

export function throttleKeys(email: string, ipAddress: string): string[] {
  return [`email:${email.toLowerCase()}`, `ip:${ipAddress}`];
}

/** The time until which any of these keys is blocked, or null. Counters live in PostgreSQL. */
export async function getBlockedUntil(db: Database, keys: string[], now = new Date()): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys }, blockedUntil: { gt: now } }, select: { blockedUntil: true } });
  const until = rows.map((row) => row.blockedUntil!.getTime());
  return until.length ? new Date(Math.max(...until)) : null;
}

/** Counts a failure on each key, atomically; returns true when this failure triggered a block. */
export async function recordSignInFailure(db: Database, keys: string[], now = new Date()): Promise<boolean> {
  const windowStart = new Date(now.getTime() - THROTTLE_POLICY.windowMs);
  const blockUntil = new Date(now.getTime() + THROTTLE_POLICY.blockMs);
  let isBlockedNow = false;
  for (const key of keys) {
    // One statement per key: concurrent failures cannot lose a count.
    const [row] = await db.$queryRaw<{ failureCount: number; blockedUntil: Date | null }[]>`
      INSERT INTO "SignInThrottle" ("key", "failureCount", "windowStartedAt", "blockedUntil", "updatedAt")
      VALUES (${key}, 1, ${now}, NULL, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failureCount" = CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowStart} THEN 1 ELSE "SignInThrottle"."failureCount" + 1 END,
        "windowStartedAt" = CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowStart} THEN ${now} ELSE "SignInThrottle"."windowStartedAt" END,
        "updatedAt" = ${now}
      RETURNING "failureCount", "blockedUntil"`;
    if (row && row.failureCount >= THROTTLE_POLICY.maxFailures && !(row.blockedUntil && row.blockedUntil > now)) {
      await db.signInThrottle.update({ where: { key }, data: { blockedUntil: blockUntil } });
      isBlockedNow = true;
    }
  }
  return isBlockedNow;
}

/** A successful sign-in clears the account's counter (not the address's). */
export async function clearSignInFailures(db: Database, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}

/** For the HTTP endpoint: until when a sign-in as `email` from this request would be refused. */
export async function getSignInBlock(db: Database, options: { email: string; headers: Headers }): Promise<Date | null> {
  return getBlockedUntil(db, throttleKeys(options.email.trim().toLowerCase(), getClientAddress(options.headers)));
}
