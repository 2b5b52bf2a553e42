import 'server-only';
import type { DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { RateLimitState } from './http';

export const API_RATE_WINDOW_SECONDS = 60;

/**
 * One fixed-window counter per client address in PostgreSQL (the newsletter's
 * RateLimitCounter table, lib/rate-limit.ts): shared by every instance, and on
 * the embedded database too. One UPSERT a request, which also returns the count
 * and the window's start, so every response can say what is left.
 */
export async function hitApiRateLimit(db: DbClient, address: string, limit: number, now = new Date()): Promise<RateLimitState & { ok: boolean }> {
  const at = Prisma.sql`${now}::timestamp(3)`;
  const windowMs = API_RATE_WINDOW_SECONDS * 1000;
  const expired = Prisma.sql`"RateLimitCounter"."windowStartedAt" <= ${at} - ${windowMs}::bigint * interval '1 millisecond'`;
  const [row] = await db.$queryRaw<[{ count: number; windowStartedAt: Date }]>`
    INSERT INTO "RateLimitCounter" ("key", "count", "windowStartedAt", "updatedAt")
    VALUES (${`api:${address}`}, 1, ${at}, ${at})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN ${expired} THEN 1 ELSE "RateLimitCounter"."count" + 1 END,
      "windowStartedAt" = CASE WHEN ${expired} THEN ${at} ELSE "RateLimitCounter"."windowStartedAt" END,
      "updatedAt" = ${at}
    RETURNING "count", "windowStartedAt"`;
  const count = Number(row.count);
  const resetSeconds = Math.max(1, Math.ceil((row.windowStartedAt.getTime() + windowMs - now.getTime()) / 1000));
  return { ok: count <= limit, limit, remaining: Math.max(0, limit - count), resetSeconds, windowSeconds: API_RATE_WINDOW_SECONDS };
}
