import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import type { DbClient } from '@/lib/db/client';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { MailMessage } from './message';

export type { MailMessage } from './message';

/**
 * The one way the portal sends mail (ADR 016): through SMTP when SMTP_URL is
 * set, otherwise stored in StoredEmail for admins to read at /admin/courriels,
 * so the whole flow works offline (development, tests, a fresh install).
 */
export interface Mailer {
  kind: 'smtp' | 'stored';
  /** `db` lets a stored message join the caller's transaction (an alert and its delivery row commit together). */
  send(message: MailMessage, options?: { db?: DbClient }): Promise<void>;
}

export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as const;

export function createSmtpMailer(options: { smtpUrl: string; from: string }): Mailer {
  const transport: Transporter = nodemailer.createTransport(options.smtpUrl, SMTP_TIMEOUTS);
  return {
    kind: 'smtp',
    async send(message) {
      await transport.sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text, html: message.html, headers: message.headers });
    },
  };
}

export function createStoredMailer(options: { db: DbClient }): Mailer {
  return {
    kind: 'stored',
    async send(message, sendOptions) {
      await (sendOptions?.db ?? options.db).storedEmail.create({
        data: { to: message.to, subject: message.subject, text: message.text, html: message.html ?? null, headers: (message.headers ?? {}) as Prisma.InputJsonValue },
      });
    },
  };
}

const globalForMail = globalThis as unknown as { mailer?: Mailer };

/** The app's mailer, from the environment. */
export function getMailer(): Mailer {
  if (!globalForMail.mailer) {
    const env = getEnv();
    globalForMail.mailer = env.SMTP_URL ? createSmtpMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM }) : createStoredMailer({ db: getDb() });
  }
  return globalForMail.mailer;
}
