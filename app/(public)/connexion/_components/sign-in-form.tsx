'use client';

import { useActionState, useState } from 'react';
import { Field, FormError } from '@/components/forms/field';
import { signInAction } from '../actions';
import type { SignInState } from '../schema';

const initialState: SignInState = { status: 'idle' };

export function SignInForm({ returnTo }: { returnTo: string }) {
  const [state, formAction, isPending] = useActionState(signInAction, initialState);
  // Controlled fields: React resets forms after an action, and the second step
  // (code) must resend the same e-mail and password without asking again.
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const needsCode = state.status === 'error' && state.needsCode;

  return (
    <form action={formAction} noValidate className="max-w-md">
      <FormError message={state.status === 'error' ? state.formError : undefined} />
      <input type="hidden" name="retour" value={returnTo} />
      <Field
        name="email"
        label="Adresse e-mail"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        errors={errors.email}
      />
      <Field
        name="password"
        label="Mot de passe"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        errors={errors.password}
      />
      {needsCode && (
        <Field
          name="code"
          label="Code de vérification"
          hint="Code à 6 chiffres de votre application d’authentification, ou un code de secours."
          autoComplete="one-time-code"
          inputMode="text"
          autoFocus
          errors={errors.code}
        />
      )}
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {isPending ? 'Connexion…' : 'Se connecter'}
      </button>
    </form>
  );
}
