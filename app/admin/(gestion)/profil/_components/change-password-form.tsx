'use client';

import { useActionState } from 'react';
import { Field, FormError } from '@/components/forms/field';
import type { ActionState } from '@/lib/action';
import type { ChangePasswordInput } from '@/lib/auth/account-schema';
import { changePasswordAction } from '../actions';
import { SubmitButton } from '@/components/forms/submit-button';

const idle: ActionState<ChangePasswordInput> = { status: 'idle' };

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const [state, formAction] = useActionState(changePasswordAction, idle);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={formAction} noValidate>
      <FormError message={state.status === 'error' ? state.formError : undefined} />
      <Field name="currentPassword" label="Mot de passe actuel" type="password" autoComplete="current-password" required errors={errors.currentPassword} />
      <Field
        name="newPassword"
        label="Nouveau mot de passe"
        hint={`Au moins ${minLength} caractères. Une phrase de plusieurs mots est plus facile à retenir ; les mots de passe trop courants sont refusés.`}
        type="password"
        autoComplete="new-password"
        required
        errors={errors.newPassword}
      />
      <Field
        name="passwordConfirmation"
        label="Confirmation du nouveau mot de passe"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.passwordConfirmation}
      />
      <p className="mb-4 text-sm text-gray-700">Après le changement, toutes vos sessions sont fermées, celle-ci comprise : vous vous reconnecterez avec le nouveau mot de passe.</p>
      <SubmitButton pendingLabel="Changement en cours…">Changer le mot de passe</SubmitButton>
    </form>
  );
}
