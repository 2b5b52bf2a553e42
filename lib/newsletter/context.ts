import 'server-only';
import { getDb } from '@/lib/db';
import type { Database } from '@/lib/db/client';
import { getAuthSecret, getSiteUrl } from '@/lib/env';
import { getMailer, type Mailer } from '@/lib/mail/mailer';

/** What the newsletter's functions need; tests pass their own database, mailer and clock. */
export interface NewsletterContext {
  db: Database;
  mailer: Mailer;
  /** AUTH_SECRET: the newsletter derives its own keys from it (lib/newsletter/tokens.ts). */
  secret: string;
  /** Public origin for the links in e-mails. */
  siteUrl: string;
  now?: () => Date;
}

export function newsletterContext(): NewsletterContext {
  return { db: getDb(), mailer: getMailer(), secret: getAuthSecret(), siteUrl: getSiteUrl() };
}

export const nowOf = (context: NewsletterContext) => (context.now ? context.now() : new Date());
