import 'server-only';
import type { DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';

export interface RateLimitRule {
  key: string;
  limit: number;
}

/**
 * Fixed-window counters in PostgreSQL (RateLimitCounter), shared by every
 * instance and working on the embedded database: one statement counts the
 * attempt on every key (attempts beyond the limit count too) and says whether
 * any key is over its limit.
 */
export async function hitRateLimit(db: DbClient, rules: RateLimitRule[], options: { windowMs: number; now?: Date }): Promise<{ ok: boolean; over: string[] }> {
  if (rules.length === 0) return { ok: true, over: [] };
  const now = options.now ?? new Date();
  const at = Prisma.sql`${now}::timestamp(3)`;
  const keys = [...new Set(rules.map((rule) => rule.key))].sort();
  const rows = await db.$queryRaw<Array<{ key: string; count: number }>>`
    INSERT INTO "RateLimitCounter" ("key", "count", "windowStartedAt", "updatedAt")
    SELECT k, 1, ${at}, ${at} FROM unnest(ARRAY[${Prisma.join(keys)}]::text[]) AS k ORDER BY k
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitCounter"."windowStartedAt" <= ${at} - ${options.windowMs}::bigint * interval '1 millisecond' THEN 1 ELSE "RateLimitCounter"."count" + 1 END,
      "windowStartedAt" = CASE WHEN "RateLimitCounter"."windowStartedAt" <= ${at} - ${options.windowMs}::bigint * interval '1 millisecond' THEN ${at} ELSE "RateLimitCounter"."windowStartedAt" END,
      "updatedAt" = ${at}
    RETURNING "key", "count"`;
  const counts = new Map(rows.map((row) => [row.key, Number(row.count)]));
  const over = rules.filter((rule) => (counts.get(rule.key) ?? 0) > rule.limit).map((rule) => rule.key);
  return { ok: over.length === 0, over };
}

/** Forgets counters idle for longer than `olderThanMs`. */
export async function purgeRateLimits(db: DbClient, olderThanMs: number, now = new Date()): Promise<number> {
  const { count } = await db.rateLimitCounter.deleteMany({ where: { updatedAt: { lt: new Date(now.getTime() - olderThanMs) } } });
  return count;
}
