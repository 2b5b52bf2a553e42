'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn } from '@/lib/auth/config';
import { formValues } from '@/lib/action';
import { safeReturnPath, SignInSchema, type SignInState } from './schema';

const REFUSAL_MESSAGES: Record<string, string> = {
  // One message whatever was wrong, so the form does not reveal which e-mails have accounts.
  invalid: 'Adresse e-mail ou mot de passe incorrect.',
  throttled: 'Trop de tentatives de connexion. Par sécurité, réessayez dans 15 minutes.',
  mfa_required: 'Saisissez le code de votre application d’authentification (ou un code de secours).',
  mfa_invalid: 'Code de vérification incorrect ou déjà utilisé.',
};

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
    if (error instanceof AuthError) {
      const reason = 'code' in error && typeof error.code === 'string' ? error.code : 'invalid';
      return {
        status: 'error',
        formError: REFUSAL_MESSAGES[reason] ?? REFUSAL_MESSAGES.invalid!,
        fieldErrors: reason === 'mfa_invalid' ? { code: [REFUSAL_MESSAGES.mfa_invalid!] } : {},
        needsCode: needsCode || reason === 'mfa_required' || reason === 'mfa_invalid',
        email,
      };
    }
    throw error;
  }
  redirect(safeReturnPath(retour));
}
