'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formValues } from '@/lib/action';
import { SignInRefused, signIn } from '@/lib/auth/config';
import type { SignInOutcome } from '@/lib/auth/sign-in';
import { signInRefusalMessage } from '@/lib/auth/sign-in-messages';
import { isDatabaseUnavailable } from '@/lib/errors';
import { safeReturnPath, SignInSchema, type SignInState } from './schema';

type SignInRefusal = Extract<SignInOutcome, { ok: false }>;

/**
 * What went wrong, as the form should tell it. Auth.js rethrows our own refusal;
 * anything else thrown during sign-in reaches here wrapped (CallbackRouteError,
 * the original in `cause.err`): a database outage is said to be one, never a
 * wrong password.
 */
function refusalOf(error: unknown): SignInRefusal | null {
  if (error instanceof SignInRefused) return error.refusal;
  const wrapped = error instanceof AuthError ? (error.cause as { err?: unknown } | undefined)?.err : undefined;
  if (isDatabaseUnavailable(error) || isDatabaseUnavailable(wrapped)) return { ok: false, reason: 'unavailable' };
  return error instanceof AuthError ? { ok: false, reason: 'invalid' } : null;
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = SignInSchema.safeParse(formValues(formData));
  const needsCode = formData.get('code') !== null;
  if (!parsed.success) {
    return { status: 'error', formError: 'Certains champs sont à corriger.', fieldErrors: z.flattenError(parsed.error).fieldErrors, needsCode, email: String(formData.get('email') ?? '') };
  }
  const { email, password, code, retour } = parsed.data;
  try {
    await signIn('credentials', { email, password, code: code ?? '', redirect: false });
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    const message = signInRefusalMessage(refusal);
    return {
      status: 'error',
      formError: message,
      fieldErrors: refusal.reason === 'mfa_invalid' ? { code: [message] } : {},
      // The second step stays on screen when the outage or the throttle interrupts it.
      needsCode: needsCode || refusal.reason === 'mfa_required' || refusal.reason === 'mfa_invalid',
      email,
    };
  }
  redirect(safeReturnPath(retour));
}
