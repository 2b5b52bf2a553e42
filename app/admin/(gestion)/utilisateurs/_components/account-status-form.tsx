'use client';

import { useActionState } from 'react';
import { FormError } from '@/components/forms/field';
import type { ActionState } from '@/lib/action';
import { disableUserAction, enableUserAction } from '../actions';
import { ActionMessage } from './action-message';
import { ConfirmCheckbox } from './confirm-checkbox';
import { SubmitButton } from '@/components/forms/submit-button';

const initialState: ActionState<{ id: string; version: number; confirm: 'on' }> = { status: 'idle' };

/**
 * One component for both directions, so the message of the action that just ran
 * survives the switch from the "disable" form to the "enable" one (and back).
 */
export function AccountStatusForm({ id, version, isDisabled }: { id: string; version: number; isDisabled: boolean }) {
  const [disableState, disableAction] = useActionState(disableUserAction, initialState);
  const [enableState, enableAction] = useActionState(enableUserAction, initialState);
  const done = isDisabled ? disableState : enableState;
  const current = isDisabled ? enableState : disableState;
  const confirmErrors = disableState.status === 'error' ? disableState.fieldErrors.confirm : undefined;
  return (
    <form action={isDisabled ? enableAction : disableAction}>
      <ActionMessage state={done} />
      <FormError message={current.status === 'error' ? current.formError : undefined} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {isDisabled ? (
        <>
          <p className="mb-4">Ce compte est désactivé : la personne ne peut plus se connecter. Le réactiver lui rend l’accès avec son mot de passe actuel.</p>
          <SubmitButton pendingLabel="Réactivation…">Réactiver le compte</SubmitButton>
        </>
      ) : (
        <>
          <p className="mb-4">
            Désactiver ce compte ferme immédiatement ses sessions ouvertes et empêche toute nouvelle connexion. Son historique est conservé, et le compte
            peut être réactivé plus tard.
          </p>
          <ConfirmCheckbox id="confirmer-desactivation" label="Je confirme la désactivation de ce compte." errors={confirmErrors} />
          <SubmitButton pendingLabel="Désactivation…" variant="danger">Désactiver le compte</SubmitButton>
        </>
      )}
    </form>
  );
}
