import { beforeEach, expect, it } from 'vitest';
import { getContentType } from '../../lib/content/registry';
import { createEntry, saveEntry, transitionEntry, type MutationContext } from '../../lib/content/server/mutations';
import { createPrismaClient } from '../../lib/db/client';
import { isAppError } from '../../lib/errors';
import { createStoredMailer, type Mailer } from '../../lib/mail/mailer';
import type { NewsletterContext } from '../../lib/newsletter/context';
import { queueAlert, runOutbox } from '../../lib/newsletter/outbox';
import { SubscribeSchema } from '../../lib/newsletter/schema';
import { checkNewsletterLink, confirmSubscription, requestSubscription, SUBSCRIBE_LIMITS, unsubscribe } from '../../lib/newsletter/subscription';
import { hashEmail } from '../../lib/newsletter/tokens';
import { truncateAll } from '../setup/databases';
import { describeOnEachDatabase } from '../setup/each-database';
import { insertActor } from './helpers/content';
import { contentFixtures } from './helpers/content-fixtures';

const secret = 'secret-de-test-'.padEnd(40, 'x');
const siteUrl = 'http://portail.test';

function form(email: string, lists = ['groupes-de-travail'], extra: Record<string, unknown> = {}) {
  return SubscribeSchema.parse({ email, lists, consent: 'oui', ...extra });
}

const tokenIn = (text: string, path: string) => new RegExp(`${siteUrl}${path}\\?jeton=([A-Za-z0-9._-]+)`).exec(text)?.[1] ?? null;

describeOnEachDatabase('newsletter', (getDatabase) => {
  let context: NewsletterContext;
  let editor: MutationContext;

  beforeEach(async () => {
    await truncateAll(getDatabase().url);
    const { db } = getDatabase();
    context = { db, mailer: createStoredMailer({ db }), secret, siteUrl };
    editor = { db, actor: await insertActor(db, 'EDITOR') };
  });

  async function subscribeAndConfirm(email: string, lists?: string[]) {
    await requestSubscription(context, form(email, lists), { ipAddress: '203.0.113.1' });
    const mail = await context.db.storedEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: 'desc' } });
    expect(await confirmSubscription(context, tokenIn(mail.text, '/lettre-d-information/confirmer'))).toEqual({ ok: true });
  }

  it('subscribes with double opt-in, confirms once, and unsubscribing keeps only the consent record', async () => {
    const { db } = context;
    expect(await requestSubscription(context, form('  Camille@Exemple.FR ', ['groupes-de-travail', 'actualites']), { ipAddress: '203.0.113.1' })).toBe('accepted');
    const pending = await db.newsletterSubscription.findUniqueOrThrow({ where: { email: 'camille@exemple.fr' } });
    expect(pending).toMatchObject({ confirmedAt: null, lists: ['WORKING_GROUPS', 'OBSERVATORY_NEWS'] });
    const [mail] = await db.storedEmail.findMany();
    expect(mail).toMatchObject({ to: 'camille@exemple.fr' });
    expect(mail!.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    const confirmToken = tokenIn(mail!.text, '/lettre-d-information/confirmer');
    const unsubscribeToken = tokenIn(mail!.text, '/lettre-d-information/desinscription');
    expect((mail!.headers as Record<string, string>)['List-Unsubscribe']).toBe(`<${siteUrl}/lettre-d-information/desinscription?jeton=${unsubscribeToken}>`);
    expect(pending.confirmationTokenHash).not.toContain(confirmToken);

    expect(await checkNewsletterLink(context, 'confirm', confirmToken)).toMatchObject({ ok: true });
    expect(await confirmSubscription(context, confirmToken)).toEqual({ ok: true });
    expect((await db.newsletterSubscription.findUniqueOrThrow({ where: { id: pending.id } })).confirmedAt).not.toBeNull();
    expect(await confirmSubscription(context, confirmToken)).toEqual({ ok: false, reason: 'utilise' });
    expect(await checkNewsletterLink(context, 'confirm', confirmToken)).toEqual({ ok: false, reason: 'utilise' });
    expect(await confirmSubscription(context, `${confirmToken!.slice(0, -2)}xx`)).toEqual({ ok: false, reason: 'altere' });

    expect(await unsubscribe(context, unsubscribeToken)).toEqual({ ok: true });
    expect(await db.newsletterSubscription.count()).toBe(0);
    const [record] = await db.newsletterConsent.findMany();
    expect(record).toMatchObject({ emailHash: hashEmail(secret, 'camille@exemple.fr'), lists: ['WORKING_GROUPS', 'OBSERVATORY_NEWS'], consentAt: pending.consentAt });
    expect(record!.confirmedAt).not.toBeNull();
    expect(JSON.stringify(record)).not.toContain('camille');
    expect(await unsubscribe(context, unsubscribeToken)).toEqual({ ok: false, reason: 'utilise' });
    expect(await db.newsletterConsent.count()).toBe(1);
  });

  it('answers the same for a confirmed address, changes nothing and sends a notice', async () => {
    await subscribeAndConfirm('dominique@exemple.fr');
    expect(await requestSubscription(context, form('dominique@exemple.fr', ['actualites']), { ipAddress: '203.0.113.2' })).toBe('accepted');
    const row = await context.db.newsletterSubscription.findUniqueOrThrow({ where: { email: 'dominique@exemple.fr' } });
    expect(row.lists).toEqual(['WORKING_GROUPS']);
    const last = await context.db.storedEmail.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    expect(last.subject).toBe('Vous êtes déjà inscrit·e');
    expect(last.text).not.toContain('/confirmer');
  });

  it('refuses an expired confirmation link', async () => {
    await requestSubscription(context, form('eden@exemple.fr'), { ipAddress: '203.0.113.1' });
    const mail = await context.db.storedEmail.findFirstOrThrow();
    const later = { ...context, now: () => new Date(Date.now() + 49 * 60 * 60_000) };
    expect(await confirmSubscription(later, tokenIn(mail.text, '/lettre-d-information/confirmer'))).toEqual({ ok: false, reason: 'expire' });
    expect((await context.db.newsletterSubscription.findFirstOrThrow()).confirmedAt).toBeNull();
  });

  it('stores and sends nothing when the honeypot is filled', async () => {
    expect(await requestSubscription(context, form('robot@exemple.fr', ['actualites'], { site_web: 'http://spam.example' }), { ipAddress: '203.0.113.1' })).toBe('ignored');
    expect(await context.db.newsletterSubscription.count()).toBe(0);
    expect(await context.db.storedEmail.count()).toBe(0);
  });

  it('limits requests per address and per client', async () => {
    const attempt = (email: string, ipAddress: string) => requestSubscription(context, form(email), { ipAddress }).then(() => 'ok', (error) => (isAppError(error, 'THROTTLED') ? 'throttled' : Promise.reject(error)));
    for (let i = 0; i < SUBSCRIBE_LIMITS.perEmail; i += 1) expect(await attempt('flood@exemple.fr', `198.51.100.${i}`)).toBe('ok');
    expect(await attempt('flood@exemple.fr', '198.51.100.99')).toBe('throttled');
    for (let i = 0; i < SUBSCRIBE_LIMITS.perAddress; i += 1) expect(await attempt(`personne${i}@exemple.fr`, '192.0.2.7')).toBe('ok');
    expect(await attempt('encore@exemple.fr', '192.0.2.7')).toBe('throttled');
    expect(await attempt('encore@exemple.fr', '192.0.2.8')).toBe('ok');
  });

  it('alerts each confirmed subscriber of the list once per recap, whatever the republishing', async () => {
    const { db } = context;
    await subscribeAndConfirm('wg1@exemple.fr');
    await subscribeAndConfirm('wg2@exemple.fr', ['groupes-de-travail', 'actualites']);
    await subscribeAndConfirm('news@exemple.fr', ['actualites']);
    await requestSubscription(context, form('pending@exemple.fr'), { ipAddress: '203.0.113.1' });
    await db.storedEmail.deleteMany();

    const type = getContentType('WorkingGroupReport');
    const values = await contentFixtures.WorkingGroupReport.create(editor);
    // The fixture's parents include a Publication, published first: it queued its own alert.
    const created = await createEntry(editor, type, values, 'publish');
    const saved = await saveEntry(editor, type, { id: created.id, version: created.version, values: contentFixtures.WorkingGroupReport.edit(values), intent: 'publish' });
    const unpublished = await transitionEntry(editor, type, { id: created.id, version: saved.version, transition: 'unpublish' });
    await transitionEntry(editor, type, { id: created.id, version: unpublished.version, transition: 'publish' });
    await db.$transaction((tx) => queueAlert(tx, { entityType: 'WorkingGroupReport', entityId: created.id, list: 'WORKING_GROUPS', subject: 'doublon', text: 'doublon' }));
    expect(await db.notificationOutbox.count({ where: { entityType: 'WorkingGroupReport' } })).toBe(1);
    expect(await db.notificationOutbox.count({ where: { entityType: 'Publication' } })).toBe(1);

    const report = await runOutbox(context);
    expect(report).toMatchObject({ expanded: 2, failed: 0, sent: 4 });
    const mails = await db.storedEmail.findMany({ orderBy: { to: 'asc' } });
    const recap = mails.filter((mail) => mail.subject.startsWith('Nouveau compte rendu'));
    expect(recap.map((mail) => mail.to)).toEqual(['wg1@exemple.fr', 'wg2@exemple.fr']);
    expect(mails.filter((mail) => mail.subject.startsWith('Nouvelle publication')).map((mail) => mail.to)).toEqual(['news@exemple.fr', 'wg2@exemple.fr']);
    expect(recap[0]!.text).toContain(`/groupes-de-travail/`);
    expect(recap[0]!.text).toMatch(/Se désinscrire en un clic : http:\/\/portail\.test\/lettre-d-information\/desinscription\?jeton=/);
    expect(recap[0]!.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });

    expect(await runOutbox(context)).toEqual({ expanded: 0, sent: 0, failed: 0 });
    expect(await db.storedEmail.count()).toBe(4);
    expect(await db.notificationOutbox.count({ where: { sentAt: null } })).toBe(0);
  });
});

describeOnEachDatabase(
  'newsletter alerts with two workers at once',
  (getDatabase) => {
    it('gives each subscriber exactly one message', async () => {
      await truncateAll(getDatabase().url);
      const { db, url } = getDatabase();
      const subscribers = 60;
      await db.newsletterSubscription.createMany({
        data: Array.from({ length: subscribers }, (_, i) => ({
          email: `abonne${i}@exemple.fr`,
          emailHash: hashEmail(secret, `abonne${i}@exemple.fr`),
          lists: ['WORKING_GROUPS' as const],
          consentAt: new Date(),
          confirmedAt: new Date(),
          unsubscribeNonce: `nonce${i}`,
        })),
      });
      await db.$transaction((tx) => queueAlert(tx, { entityType: 'WorkingGroupReport', entityId: 'wg-1', list: 'WORKING_GROUPS', subject: 'Nouveau compte rendu', text: 'Bonjour' }));
      const clients = [createPrismaClient({ connectionString: url, poolMax: 3 }), createPrismaClient({ connectionString: url, poolMax: 3 })];
      // Each send takes a little while, as a real one does.
      const slowMailer = (client: (typeof clients)[number]): Mailer => {
        const stored = createStoredMailer({ db: client });
        return {
          kind: stored.kind,
          send: async (message, options) => {
            await new Promise((resolve) => setTimeout(resolve, 10));
            await stored.send(message, options);
          },
        };
      };
      const workers = () => Promise.all(clients.map((client) => runOutbox({ db: client, mailer: slowMailer(client), secret, siteUrl })));
      try {
        // Both start on a waiting alert: one expands it, the deliveries go out once in all.
        const first = await workers();
        expect(first.reduce((sum, report) => sum + report.sent, 0)).toBe(subscribers);
        expect(first.reduce((sum, report) => sum + report.expanded, 0)).toBe(1);

        // On an alert already expanded, both take batches (20 at a time over 60), never the same delivery.
        await db.$transaction((tx) => queueAlert(tx, { entityType: 'WorkingGroupReport', entityId: 'wg-2', list: 'WORKING_GROUPS', subject: 'Nouveau compte rendu 2', text: 'Bonjour' }));
        expect(await runOutbox({ db, mailer: createStoredMailer({ db }), secret, siteUrl }, { maxBatches: 0 })).toEqual({ expanded: 1, sent: 0, failed: 0 });
        const second = await workers();
        expect(second.reduce((sum, report) => sum + report.sent, 0)).toBe(subscribers);
        expect(second.every((report) => report.sent > 0)).toBe(true);
      } finally {
        await Promise.all(clients.map((client) => client.$disconnect()));
      }
      expect(await db.notificationDelivery.count()).toBe(2 * subscribers);
      expect(await db.notificationDelivery.count({ where: { sentAt: null } })).toBe(0);
      const perRecipient = await db.storedEmail.groupBy({ by: ['to', 'subject'], _count: { _all: true } });
      expect(perRecipient).toHaveLength(2 * subscribers);
      expect(perRecipient.every((row) => row._count._all === 1)).toBe(true);
    });
  },
  ['postgres'],
);
