'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn } from '@/lib/auth/config';
import { formValues } from '@/lib/action';
import type { SignInOutcome } from '@/lib/auth/sign-in';
import { signInRefusalMessage } from '@/lib/auth/sign-in-messages';
import { safeReturnPath, SignInSchema, type SignInState } from './schema';

type SignInRefusal = Extract<SignInOutcome, { ok: false }>;

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
        formError: signInRefusalMessage({ ok: false, reason } as SignInRefusal),
        fieldErrors: reason === 'mfa_invalid' ? { code: [signInRefusalMessage({ ok: false, reason: 'mfa_invalid' })] } : {},
        needsCode: needsCode || reason === 'mfa_required' || reason === 'mfa_invalid',
        email,
      };
    }
    throw error;
  }
  redirect(safeReturnPath(retour));
}
