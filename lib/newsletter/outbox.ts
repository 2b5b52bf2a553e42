import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Database, DbClient, Transaction } from '@/lib/db/client';
import type { NewsletterList } from '@/lib/generated/prisma/enums';
import { nowOf, type NewsletterContext } from './context';
import { newsletterMessage } from './emails';

/**
 * Alerts through an outbox (ADR 016). Publishing an entry for the first time
 * writes one NotificationOutbox row in the publishing transaction, unique per
 * entry: a retried publish, a correction republished later, or an entry
 * unpublished and published again find it there and add nothing. Workers (after
 * each publish, and on an interval in every server process) then:
 * 1. claim an outbox row not yet expanded (`FOR UPDATE SKIP LOCKED`) and write
 *    one NotificationDelivery per confirmed subscriber of its list, unique per
 *    (outbox, subscription);
 * 2. claim batches of unsent deliveries (`FOR UPDATE SKIP LOCKED`, then a
 *    lease in `claimedAt`), send each and record it. A stored message and its
 *    delivery's `sentAt` commit together; over SMTP, `sentAt` is written right
 *    after the server accepted the message.
 */
export interface AlertInput {
  entityType: string;
  entityId: string;
  list: NewsletterList;
  subject: string;
  text: string;
}

/** In the publishing transaction; a second call for the same entry does nothing. */
export async function queueAlert(tx: Transaction, alert: AlertInput): Promise<void> {
  await tx.notificationOutbox.createMany({ data: [alert], skipDuplicates: true });
}

export const DELIVERY_LEASE_MS = 10 * 60_000;
export const MAX_DELIVERY_ATTEMPTS = 5;
const BATCH_SIZE = 20;

async function expandOne(db: Database, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ id: string; list: string }>>`
      SELECT "id", "list"::text AS "list" FROM "NotificationOutbox"
      WHERE "expandedAt" IS NULL ORDER BY "createdAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED`;
    const row = rows[0];
    if (!row) return false;
    await tx.$executeRaw`
      INSERT INTO "NotificationDelivery" ("id", "outboxId", "subscriptionId", "createdAt")
      SELECT ${randomUUID()} || '-' || s."id", ${row.id}, s."id", ${now}::timestamp(3)
      FROM "NewsletterSubscription" s
      WHERE s."confirmedAt" IS NOT NULL AND ${row.list}::"NewsletterList" = ANY(s."lists")
      ON CONFLICT ("outboxId", "subscriptionId") DO NOTHING`;
    await tx.notificationOutbox.update({ where: { id: row.id }, data: { expandedAt: now, attempts: { increment: 1 } } });
    return true;
  });
}

interface ClaimedDelivery {
  id: string;
  outboxId: string;
  subscriptionId: string;
}

async function claimBatch(db: DbClient, now: Date): Promise<ClaimedDelivery[]> {
  return db.$queryRaw<ClaimedDelivery[]>`
    UPDATE "NotificationDelivery" d SET "claimedAt" = ${now}::timestamp(3), "attempts" = d."attempts" + 1
    WHERE d."id" IN (
      SELECT "id" FROM "NotificationDelivery"
      WHERE "sentAt" IS NULL AND "attempts" < ${MAX_DELIVERY_ATTEMPTS}
        AND ("claimedAt" IS NULL OR "claimedAt" < ${now}::timestamp(3) - ${DELIVERY_LEASE_MS}::bigint * interval '1 millisecond')
      ORDER BY "createdAt", "id" LIMIT ${BATCH_SIZE}
      FOR UPDATE SKIP LOCKED)
    RETURNING d."id", d."outboxId", d."subscriptionId"`;
}

async function deliver(context: NewsletterContext, delivery: ClaimedDelivery, now: Date): Promise<boolean> {
  const { db } = context;
  const [outbox, recipient] = await Promise.all([
    db.notificationOutbox.findUnique({ where: { id: delivery.outboxId }, select: { subject: true, text: true } }),
    db.newsletterSubscription.findUnique({ where: { id: delivery.subscriptionId }, select: { id: true, email: true, unsubscribeNonce: true } }),
  ]);
  // Unsubscribed since: the delivery went with the subscription.
  if (!outbox || !recipient) return false;
  const message = newsletterMessage({ ...context, recipient, subject: outbox.subject, body: outbox.text });
  const markSent = (client: DbClient) =>
    client.notificationDelivery.updateMany({ where: { id: delivery.id, sentAt: null }, data: { sentAt: now, lastError: null } });
  try {
    if (context.mailer.kind === 'stored') {
      await db.$transaction(async (tx) => {
        // Only the holder of a live claim records it (a takeover after a lease expiry cannot double it).
        if ((await markSent(tx)).count === 1) await context.mailer.send(message, { db: tx });
      });
    } else {
      await context.mailer.send(message);
      await markSent(db);
    }
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`[newsletter] envoi de l’alerte ${delivery.outboxId} impossible`, reason);
    await db.notificationDelivery.update({ where: { id: delivery.id }, data: { claimedAt: null, lastError: reason.slice(0, 500) } }).catch(() => {});
    return false;
  }
}

export interface OutboxRunReport {
  expanded: number;
  sent: number;
  failed: number;
}

/** One pass of the worker: expands waiting alerts, sends what is due. Safe to run in parallel. */
export async function runOutbox(context: NewsletterContext, options: { maxBatches?: number } = {}): Promise<OutboxRunReport> {
  const report: OutboxRunReport = { expanded: 0, sent: 0, failed: 0 };
  const now = () => nowOf(context);
  while (await expandOne(context.db, now())) report.expanded += 1;
  for (let batch = 0; batch < (options.maxBatches ?? 50); batch += 1) {
    const claimed = await claimBatch(context.db, now());
    if (claimed.length === 0) break;
    for (const delivery of claimed) {
      if (await deliver(context, delivery, now())) report.sent += 1;
      else report.failed += 1;
    }
  }
  await context.db.$executeRaw`
    UPDATE "NotificationOutbox" o SET "sentAt" = ${now()}::timestamp(3)
    WHERE o."expandedAt" IS NOT NULL AND o."sentAt" IS NULL AND NOT EXISTS (
      SELECT 1 FROM "NotificationDelivery" d WHERE d."outboxId" = o."id" AND d."sentAt" IS NULL AND d."attempts" < ${MAX_DELIVERY_ATTEMPTS})`;
  return report;
}
