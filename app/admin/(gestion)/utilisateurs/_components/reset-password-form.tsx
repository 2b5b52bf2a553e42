'use client';

import { useActionState } from 'react';
import { FormError } from '@/components/forms/field';
import type { ActionState } from '@/lib/action';
import { resetUserPasswordAction } from '../actions';
import { ActionMessage } from './action-message';
import { ConfirmCheckbox } from './confirm-checkbox';
import { SubmitButton } from '@/components/forms/submit-button';

const initialState: ActionState<{ id: string; version: number; confirm: 'on' }> = { status: 'idle' };

export function ResetPasswordForm({ id, version }: { id: string; version: number }) {
  const [state, formAction] = useActionState(resetUserPasswordAction, initialState);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={formAction}>
      <ActionMessage state={state} />
      <FormError message={state.status === 'error' ? state.formError : undefined} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <p className="mb-4">
        Un nouveau mot de passe est généré et affiché une seule fois ; l’ancien cesse de fonctionner et les sessions ouvertes de ce compte sont fermées.
      </p>
      <ConfirmCheckbox id="confirmer-reinitialisation" label="Je confirme la réinitialisation du mot de passe." errors={errors.confirm} />
      <SubmitButton pendingLabel="Réinitialisation…" variant="danger">Réinitialiser le mot de passe</SubmitButton>
    </form>
  );
}
