'use client';

import { useActionState } from 'react';
import { Field, FormError } from '@/components/forms/field';
import type { ActionState } from '@/lib/action';
import type { DisableTotpInput, RegenerateRecoveryCodesInput } from '@/lib/auth/account-schema';
import { disableTotpAction, regenerateRecoveryCodesAction } from '../actions';
import { RecoveryCodes } from './recovery-codes';
import { SubmitButton } from '@/components/forms/submit-button';

const idleRegenerate: ActionState<RegenerateRecoveryCodesInput> = { status: 'idle' };
const idleDisable: ActionState<DisableTotpInput> = { status: 'idle' };

export function RegenerateRecoveryCodesForm() {
  const [state, formAction] = useActionState(regenerateRecoveryCodesAction, idleRegenerate);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <div className="mb-6">
      <h3 className="mb-2 text-lg font-semibold text-gray-900">Regénérer les codes de secours</h3>
      {state.status === 'success' ? (
        <>
          <p role="status" className="mb-2 font-semibold text-brand-800">
            {state.message}
          </p>
          <RecoveryCodes codes={(state.secret ?? '').split('\n').filter(Boolean)} />
        </>
      ) : (
        <p className="mb-3 text-gray-800">Les codes actuels cesseront de fonctionner et 10 nouveaux codes seront affichés une seule fois.</p>
      )}
      <form action={formAction} noValidate>
        <FormError message={state.status === 'error' ? state.formError : undefined} />
        <Field
          name="regeneratePassword"
          label="Mot de passe actuel (pour regénérer les codes)"
          type="password"
          autoComplete="current-password"
          required
          errors={errors.regeneratePassword}
        />
        <SubmitButton variant="secondary" pendingLabel="Création des codes…">
          Regénérer les codes de secours
        </SubmitButton>
      </form>
    </div>
  );
}

export function DisableTotpForm({ isRequiredForRole }: { isRequiredForRole: boolean }) {
  const [state, formAction] = useActionState(disableTotpAction, idleDisable);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <div>
      <h3 className="mb-2 text-lg font-semibold text-gray-900">Désactiver la double authentification</h3>
      <p className="mb-3 text-gray-800">
        {isRequiredForRole
          ? 'Elle est obligatoire pour votre rôle : après la désactivation, vous serez déconnecté·e et devrez la configurer à nouveau à la prochaine connexion (par exemple sur un nouveau téléphone).'
          : 'Votre compte ne sera plus protégé que par son mot de passe, et vos codes de secours seront supprimés.'}
      </p>
      <form action={formAction} noValidate>
        <FormError message={state.status === 'error' ? state.formError : undefined} />
        <Field
          name="disablePassword"
          label="Mot de passe actuel (pour désactiver)"
          type="password"
          autoComplete="current-password"
          required
          errors={errors.disablePassword}
        />
        <SubmitButton variant="danger" pendingLabel="Désactivation…">
          Désactiver
        </SubmitButton>
      </form>
    </div>
  );
}
