import { htmlFromText, unsubscribeHeaders, type MailMessage } from '@/lib/mail/message';
import { signToken } from './tokens';

export const NEWSLETTER_PATH = '/lettre-d-information';
export const CONFIRM_PATH = `${NEWSLETTER_PATH}/confirmer`;
export const UNSUBSCRIBE_PATH = `${NEWSLETTER_PATH}/desinscription`;

export interface Recipient {
  id: string;
  email: string;
  unsubscribeNonce: string;
}

export function unsubscribeUrl(options: { siteUrl: string; secret: string; recipient: Recipient }): string {
  const token = signToken({ secret: options.secret, purpose: 'unsubscribe', subscriptionId: options.recipient.id, nonce: options.recipient.unsubscribeNonce, expiresAt: null });
  return `${options.siteUrl}${UNSUBSCRIBE_PATH}?jeton=${token}`;
}

export const confirmUrl = (siteUrl: string, token: string) => `${siteUrl}${CONFIRM_PATH}?jeton=${token}`;

/**
 * A newsletter e-mail: the body, then the unsubscribe link, and the RFC 8058
 * headers (the one-click POST goes to the same address as the link).
 */
export function newsletterMessage(options: { siteUrl: string; secret: string; recipient: Recipient; subject: string; body: string }): MailMessage {
  const link = unsubscribeUrl(options);
  const text = `${options.body.trim()}\n\n--\nObservatoire des politiques ESS des métropoles (RTES et Avise)\nVous recevez ce courriel parce que cette adresse a été inscrite sur ${options.siteUrl}${NEWSLETTER_PATH}.\nSe désinscrire en un clic : ${link}\n`;
  return { to: options.recipient.email, subject: options.subject, text, html: htmlFromText(text), headers: unsubscribeHeaders(link) };
}

export function confirmationBody(options: { confirmLink: string; listLabels: string[] }): string {
  return [
    'Bonjour,',
    `Vous avez demandé à recevoir les courriels de l’Observatoire des politiques ESS des métropoles (${options.listLabels.join(', ')}).`,
    `Pour confirmer votre inscription, ouvrez ce lien dans les 48 heures, puis cliquez sur « Confirmer mon inscription » :\n${options.confirmLink}`,
    'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : sans confirmation, votre adresse sera effacée.',
  ].join('\n\n');
}

export function alreadySubscribedBody(listLabels: string[]): string {
  return [
    'Bonjour,',
    `Une nouvelle demande d’inscription a été faite avec cette adresse, qui reçoit déjà nos courriels (${listLabels.join(', ')}). Rien n’a changé.`,
    'Pour changer de listes, désinscrivez-vous avec le lien ci-dessous, puis inscrivez-vous de nouveau. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
  ].join('\n\n');
}
