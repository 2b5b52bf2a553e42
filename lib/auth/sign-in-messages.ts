import type { SignInOutcome } from './sign-in';

type Refusal = Extract<SignInOutcome, { ok: false }>;

const REFUSAL_MESSAGES: Record<string, string> = {
  // One message whatever was wrong, so the form does not reveal which e-mails have accounts.
  invalid: 'Adresse e-mail ou mot de passe incorrect.',
  throttled: 'Trop de tentatives de connexion. Par sécurité, réessayez dans 15 minutes.',
  mfa_required: 'Saisissez le code de votre application d’authentification (ou un code de secours).',
  mfa_invalid: 'Code de vérification incorrect ou déjà utilisé.',
};

/** The French message the sign-in form shows for a refusal. */
export function signInRefusalMessage(outcome: Refusal | { ok: true }): string {
  const reason = outcome.ok ? 'invalid' : outcome.reason;
  return REFUSAL_MESSAGES[reason] ?? REFUSAL_MESSAGES.invalid!;
}
