import 'server-only';
import { getDb } from '@/lib/db';
import type { NewsletterList } from '@/lib/generated/prisma/enums';

// Admin reads (never cached: personal data, admins only; pages check 'newsletter:manage').

export interface SubscriberRow {
  email: string;
  lists: NewsletterList[];
  consentAt: Date;
  confirmedAt: Date;
}

export async function findConfirmedSubscribers(): Promise<SubscriberRow[]> {
  const rows = await getDb().newsletterSubscription.findMany({
    where: { confirmedAt: { not: null } },
    orderBy: [{ confirmedAt: 'desc' }, { id: 'asc' }],
    select: { email: true, lists: true, consentAt: true, confirmedAt: true },
  });
  return rows.map((row) => ({ ...row, confirmedAt: row.confirmedAt! }));
}

export async function getSubscriberCounts(): Promise<{ confirmed: number; pending: number; unsubscribed: number }> {
  const db = getDb();
  const [confirmed, pending, unsubscribed] = await Promise.all([
    db.newsletterSubscription.count({ where: { confirmedAt: { not: null } } }),
    db.newsletterSubscription.count({ where: { confirmedAt: null } }),
    db.newsletterConsent.count(),
  ]);
  return { confirmed, pending, unsubscribed };
}

export const STORED_EMAILS_PAGE_SIZE = 50;

export async function findStoredEmails(page = 1) {
  const db = getDb();
  const [emails, total] = await Promise.all([
    db.storedEmail.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * STORED_EMAILS_PAGE_SIZE,
      take: STORED_EMAILS_PAGE_SIZE,
      select: { id: true, to: true, subject: true, createdAt: true },
    }),
    db.storedEmail.count(),
  ]);
  return { emails, total, pageCount: Math.max(1, Math.ceil(total / STORED_EMAILS_PAGE_SIZE)) };
}

export async function findStoredEmail(id: string) {
  return getDb().storedEmail.findUnique({ where: { id }, select: { id: true, to: true, subject: true, text: true, headers: true, createdAt: true } });
}
