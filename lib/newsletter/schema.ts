import { z } from 'zod';
import { NEWSLETTER_LISTS } from './lists';

/** The name of the honeypot field: plausible to a bot, hidden from people (aria-hidden, off-screen, not focusable). */
export const HONEYPOT_FIELD = 'site_web';

const listValues = NEWSLETTER_LISTS.map((entry) => entry.value) as [string, ...string[]];

/** The subscription form (universal: the browser form and the server action read it). */
export const SubscribeSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Indiquez votre adresse e-mail.')
    .max(254, 'Cette adresse est trop longue.')
    .pipe(z.email('Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).')),
  lists: z.array(z.enum(listValues)).min(1, 'Choisissez au moins une liste.'),
  consent: z.literal('oui', { error: 'Cochez la case pour donner votre accord.' }),
  [HONEYPOT_FIELD]: z.string().max(500).optional().default(''),
});

export type SubscribeInput = z.infer<typeof SubscribeSchema>;

/** The form's fields as the action receives them (lists may repeat). */
export function subscribeFormInput(formData: FormData): Record<string, unknown> {
  return {
    email: String(formData.get('email') ?? ''),
    lists: formData.getAll('lists').map(String),
    consent: formData.get('consent') === null ? undefined : String(formData.get('consent')),
    [HONEYPOT_FIELD]: String(formData.get(HONEYPOT_FIELD) ?? ''),
  };
}

export const CONSENT_TEXT =
  'J’accepte que l’Observatoire (RTES et Avise) conserve mon adresse e-mail et les listes choisies pour m’envoyer ces courriels. Je confirme mon inscription par le lien reçu ; chaque courriel contient un lien de désinscription en un clic, qui efface mon adresse (seule une empreinte chiffrée et les dates de consentement sont gardées comme preuve).';

export const SUBSCRIBE_SUCCESS_MESSAGE =
  'Merci. Si cette adresse peut recevoir nos courriels, un message vient d’y être envoyé : suivez son lien dans les 48 heures pour confirmer votre inscription.';
