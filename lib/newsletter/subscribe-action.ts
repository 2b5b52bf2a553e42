import 'server-only';
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { z } from 'zod';
import { isAppError, isDatabaseUnavailable, AppError } from '@/lib/errors';
import { getClientAddress } from '@/lib/request';
import { newsletterContext } from './context';
import type { SubscribeState } from './form-state';
import { SUBSCRIBE_SUCCESS_MESSAGE, SubscribeSchema, subscribeFormInput } from './schema';
import { requestSubscription } from './subscription';

/**
 * The public subscription form's action, in the shape of the staff actions
 * (lib/action.ts) without a session: parse (zod) → throttle (in
 * requestSubscription, before anything is written) → transaction → typed state.
 * The same success message whatever the address's state or the honeypot.
 */
export async function handleSubscribeForm(formData: FormData): Promise<SubscribeState> {
  const input = subscribeFormInput(formData);
  const values = { email: String(input.email), lists: input.lists as string[], consent: input.consent === 'oui' };
  const refuse = (formError: string, fieldErrors: Record<string, string[]> = {}): SubscribeState => ({ status: 'error', key: randomUUID(), formError, fieldErrors, values });
  const parsed = SubscribeSchema.safeParse(input);
  if (!parsed.success) return refuse('Certains champs sont à corriger.', z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  try {
    await requestSubscription(newsletterContext(), parsed.data, { ipAddress: getClientAddress(await headers()) });
  } catch (error) {
    if (isAppError(error)) return refuse(error.userMessage);
    if (isDatabaseUnavailable(error)) return refuse(new AppError('UNAVAILABLE').userMessage);
    const reference = randomUUID().slice(0, 8);
    console.error(`[newsletter ${reference}] inscription en échec`, error);
    return refuse(`Une erreur inattendue a empêché l’inscription (référence ${reference}). Réessayez dans un instant.`);
  }
  return { status: 'success', message: SUBSCRIBE_SUCCESS_MESSAGE };
}
