import type { SignInOutcome } from './sign-in';

type Refusal = Extract<SignInOutcome, { ok: false }>;

const REFUSAL_MESSAGES = {
  // One message whatever was wrong, so the form does not reveal which e-mails have accounts.
  invalid: 'Adresse e-mail ou mot de passe incorrect.',
  mfa_required: 'Saisissez le code de votre application d’authentification (ou un code de secours).',
  mfa_invalid: 'Code de vérification incorrect ou déjà utilisé.',
  // Says nothing about the credentials: nothing could be checked.
  unavailable: 'Le service est momentanément indisponible : la connexion n’a pas pu être vérifiée. Réessayez dans un instant.',
} as const;

/** Rounded up to whole minutes: "réessayez dans 1 minute", "dans 16 minutes". */
export function signInThrottledMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Trop de tentatives de connexion. Par sécurité, réessayez dans ${minutes} ${minutes > 1 ? 'minutes' : 'minute'}.`;
}

/** The French message the sign-in form shows for a refusal (the same for unknown and known accounts). */
export function signInRefusalMessage(outcome: Refusal | { ok: true }): string {
  if (outcome.ok) return REFUSAL_MESSAGES.invalid;
  if (outcome.reason === 'throttled') return signInThrottledMessage(outcome.retryAfterSeconds);
  return REFUSAL_MESSAGES[outcome.reason] ?? REFUSAL_MESSAGES.invalid;
}
