import 'server-only';
import { randomBytes } from 'node:crypto';
import { AppError } from '@/lib/errors';
import type { NewsletterList } from '@/lib/generated/prisma/enums';
import type { MailMessage } from '@/lib/mail/message';
import { hitRateLimit, type RateLimitRule } from '@/lib/rate-limit';
import { UNKNOWN_CLIENT_ADDRESS } from '@/lib/request';
import { nowOf, type NewsletterContext } from './context';
import { alreadySubscribedBody, confirmationBody, confirmUrl, newsletterMessage } from './emails';
import { listFromValue, listLabel } from './lists';
import { HONEYPOT_FIELD, type SubscribeInput } from './schema';
import { CONFIRMATION_LIFETIME_MS, hashEmail, newNonce, normaliseEmail, sha256, signToken, verifyToken, type TokenPurpose } from './tokens';

/** Per address and per client, each over an hour (ADR 016). */
export const SUBSCRIBE_LIMITS = { perEmail: 5, perAddress: 20, windowMs: 60 * 60_000 } as const;

export type SubscribeOutcome = 'accepted' | 'ignored';

const newId = () => randomBytes(12).toString('hex');

/**
 * A subscription request. The answer is the same whatever the address's state
 * (new, pending, confirmed): a new or pending address gets a confirmation link
 * (valid 48 h, single-use), a confirmed one a notice that nothing changed. A
 * filled honeypot is answered the same, with nothing stored or sent. Throws
 * THROTTLED beyond the limits (the address and the client each count).
 */
export async function requestSubscription(context: NewsletterContext, input: SubscribeInput, options: { ipAddress: string }): Promise<SubscribeOutcome> {
  if (input[HONEYPOT_FIELD].trim() !== '') return 'ignored';
  const now = nowOf(context);
  const email = normaliseEmail(input.email);
  const emailHash = hashEmail(context.secret, email);
  const rules: RateLimitRule[] = [{ key: `newsletter-email:${emailHash}`, limit: SUBSCRIBE_LIMITS.perEmail }];
  if (options.ipAddress !== UNKNOWN_CLIENT_ADDRESS) rules.push({ key: `newsletter-ip:${options.ipAddress}`, limit: SUBSCRIBE_LIMITS.perAddress });
  const limit = await hitRateLimit(context.db, rules, { windowMs: SUBSCRIBE_LIMITS.windowMs, now });
  if (!limit.ok) throw new AppError('THROTTLED', { userMessage: 'Trop de demandes d’inscription en peu de temps. Réessayez dans une heure.' });

  const lists = [...new Set(input.lists.map((value) => listFromValue(value)).filter((list): list is NewsletterList => list !== undefined))];
  const message = await context.db.$transaction(async (tx): Promise<MailMessage> => {
    const existing = await tx.newsletterSubscription.findUnique({ where: { emailHash } });
    if (existing?.confirmedAt) {
      return newsletterMessage({ ...context, recipient: existing, subject: 'Vous êtes déjà inscrit·e', body: alreadySubscribedBody(existing.lists.map(listLabel)) });
    }
    const id = existing?.id ?? newId();
    const expiresAt = new Date(now.getTime() + CONFIRMATION_LIFETIME_MS);
    const token = signToken({ secret: context.secret, purpose: 'confirm', subscriptionId: id, nonce: newNonce(), expiresAt });
    const data = { lists, consentAt: now, confirmationTokenHash: sha256(token), confirmationExpiresAt: expiresAt };
    const recipient = existing
      ? await tx.newsletterSubscription.update({ where: { id }, data })
      : await tx.newsletterSubscription.create({ data: { id, email, emailHash, unsubscribeNonce: newNonce(), ...data } });
    return newsletterMessage({
      ...context,
      recipient,
      subject: 'Confirmez votre inscription aux courriels de l’Observatoire ESS',
      body: confirmationBody({ confirmLink: confirmUrl(context.siteUrl, token), listLabels: lists.map(listLabel) }),
    });
  });
  try {
    await context.mailer.send(message);
  } catch (error) {
    console.error('[newsletter] envoi du courriel de confirmation impossible', error instanceof Error ? error.message : error);
    throw new AppError('UNAVAILABLE', { userMessage: 'Le courriel n’a pas pu être envoyé. Réessayez dans quelques minutes.' });
  }
  return 'accepted';
}

export type LinkRefusal = 'altere' | 'expire' | 'utilise';
export type LinkCheck = { ok: true; subscriptionId: string } | { ok: false; reason: LinkRefusal };

const REFUSAL_OF = { tampered: 'altere', expired: 'expire' } as const;

/** Whether a link from an e-mail can still be used (the proxy asks before showing its page). */
export async function checkNewsletterLink(context: Pick<NewsletterContext, 'db' | 'secret' | 'now'>, purpose: TokenPurpose, token: string | null): Promise<LinkCheck> {
  const verified = verifyToken({ secret: context.secret, purpose, token, now: nowOf(context as NewsletterContext) });
  if (!verified.ok) return { ok: false, reason: REFUSAL_OF[verified.reason] };
  const where = purpose === 'confirm' ? { id: verified.subscriptionId, confirmationTokenHash: sha256(token!) } : { id: verified.subscriptionId, unsubscribeNonce: verified.nonce };
  const found = await context.db.newsletterSubscription.count({ where });
  return found ? { ok: true, subscriptionId: verified.subscriptionId } : { ok: false, reason: 'utilise' };
}

export type LinkOutcome = { ok: true } | { ok: false; reason: LinkRefusal };

/** Confirms a subscription: the token's hash is cleared in the same statement, so it works once. */
export async function confirmSubscription(context: NewsletterContext, token: string | null): Promise<LinkOutcome> {
  const now = nowOf(context);
  const verified = verifyToken({ secret: context.secret, purpose: 'confirm', token, now });
  if (!verified.ok) return { ok: false, reason: REFUSAL_OF[verified.reason] };
  const { count } = await context.db.newsletterSubscription.updateMany({
    where: { id: verified.subscriptionId, confirmationTokenHash: sha256(token!), confirmationExpiresAt: { gt: now } },
    data: { confirmedAt: now, confirmationTokenHash: null, confirmationExpiresAt: null },
  });
  return count === 1 ? { ok: true } : { ok: false, reason: 'utilise' };
}

/**
 * Unsubscribes: the address and the lists are deleted (with pending alert
 * deliveries); a consent record keeps the keyed hash of the address and the dates.
 */
export async function unsubscribe(context: NewsletterContext, token: string | null): Promise<LinkOutcome> {
  const now = nowOf(context);
  const verified = verifyToken({ secret: context.secret, purpose: 'unsubscribe', token, now });
  if (!verified.ok) return { ok: false, reason: REFUSAL_OF[verified.reason] };
  return context.db.$transaction(async (tx): Promise<LinkOutcome> => {
    const where = { id: verified.subscriptionId, unsubscribeNonce: verified.nonce };
    const subscription = await tx.newsletterSubscription.findFirst({ where, select: { emailHash: true, lists: true, consentAt: true, confirmedAt: true } });
    // Two clicks at once: only the one that deletes the row writes the record.
    if (!subscription || (await tx.newsletterSubscription.deleteMany({ where })).count === 0) return { ok: false, reason: 'utilise' };
    await tx.newsletterConsent.create({ data: { ...subscription, unsubscribedAt: now } });
    return { ok: true };
  });
}

/** Requests never confirmed are forgotten a week after their link expired. */
export async function purgeUnconfirmed(context: Pick<NewsletterContext, 'db' | 'now'>): Promise<number> {
  const cutoff = new Date(nowOf(context as NewsletterContext).getTime() - 7 * 24 * 60 * 60_000);
  const { count } = await context.db.newsletterSubscription.deleteMany({ where: { confirmedAt: null, confirmationExpiresAt: { lt: cutoff } } });
  return count;
}
