import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSmtpMailer } from '../../lib/mail/mailer';
import type { NewsletterContext } from '../../lib/newsletter/context';
import { queueAlert, runOutbox } from '../../lib/newsletter/outbox';
import { SubscribeSchema } from '../../lib/newsletter/schema';
import { confirmSubscription, requestSubscription, unsubscribe } from '../../lib/newsletter/subscription';
import { truncateAll } from '../setup/databases';
import { describeOnEachDatabase } from '../setup/each-database';

// A real SMTP server on loopback (smtp-server, from the nodemailer project): the
// portal's mail path is the one production uses when SMTP_URL is set.
interface Received {
  from: string;
  to: string[];
  raw: string;
}

const received: Received[] = [];
let server: SMTPServer;
let smtpUrl: string;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const secret = 'secret-de-test-'.padEnd(40, 'x');
const siteUrl = 'http://portail.test';

describeOnEachDatabase(
  'newsletter over SMTP',
  (getDatabase) => {
    it('sends the confirmation, then the alert, with RFC 8058 headers and a working unsubscribe link', async () => {
      await truncateAll(getDatabase().url);
      received.length = 0;
      const { db } = getDatabase();
      const context: NewsletterContext = { db, mailer: createSmtpMailer({ smtpUrl, from: 'Observatoire ESS <lettre@observatoire.test>' }), secret, siteUrl };

      await requestSubscription(context, SubscribeSchema.parse({ email: 'claude@exemple.fr', lists: ['groupes-de-travail'], consent: 'oui' }), { ipAddress: '203.0.113.5' });
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ from: 'lettre@observatoire.test', to: ['claude@exemple.fr'] });
      const confirmation = await simpleParser(received[0]!.raw);
      expect(confirmation.subject).toBe('Confirmez votre inscription aux courriels de l’Observatoire ESS');
      const link = /http:\/\/portail\.test\/lettre-d-information\/confirmer\?jeton=([A-Za-z0-9._-]+)/.exec(confirmation.text ?? '');
      expect(link).not.toBeNull();
      expect(confirmation.html).toContain(`href="${link![0]}"`);
      expect(await confirmSubscription(context, link![1]!)).toEqual({ ok: true });
      expect(await db.storedEmail.count()).toBe(0);

      await db.$transaction((tx) => queueAlert(tx, { entityType: 'WorkingGroupReport', entityId: 'wg-smtp', list: 'WORKING_GROUPS', subject: 'Nouveau compte rendu : essai', text: 'Bonjour,\n\nUn compte rendu.' }));
      expect(await runOutbox(context)).toMatchObject({ sent: 1, failed: 0 });
      expect(received).toHaveLength(2);
      const alert = await simpleParser(received[1]!.raw);
      expect(alert.subject).toBe('Nouveau compte rendu : essai');
      // The header lines as the server received them (unfolded).
      const headerLines = new Map(alert.headerLines.map(({ key, line }) => [key, line.replace(/\r?\n[ \t]+/g, ' ')]));
      expect(headerLines.get('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
      const headerLine = /^List-Unsubscribe: <([^>]+)>$/.exec(headerLines.get('list-unsubscribe') ?? '');
      expect(headerLine).not.toBeNull();
      const unsubscribeUrl = headerLine![1]!;
      expect(unsubscribeUrl).toMatch(/^http:\/\/portail\.test\/lettre-d-information\/desinscription\?jeton=/);
      expect(alert.text).toContain(`Se désinscrire en un clic : ${unsubscribeUrl}`);
      expect(await unsubscribe(context, new URL(unsubscribeUrl).searchParams.get('jeton'))).toEqual({ ok: true });
      expect(await db.newsletterSubscription.count()).toBe(0);
    });
  },
);
