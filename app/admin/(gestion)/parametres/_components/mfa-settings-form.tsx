'use client';

import { useActionState } from 'react';
import { FormError } from '@/components/forms/field';
import type { ActionState } from '@/lib/action';
import type { MfaSettingsInput } from '@/lib/auth/mfa-settings-schema';
import { ROLES, roleLabels, type Role } from '@/lib/auth/roles';
import { SubmitButton } from '@/components/forms/submit-button';
import { updateMfaSettingsAction } from '../actions';

const idle: ActionState<MfaSettingsInput> = { status: 'idle' };

export function MfaSettingsForm({ requiredRoles, updatedAt }: { requiredRoles: Role[]; updatedAt: string }) {
  const [state, formAction] = useActionState(updateMfaSettingsAction, idle);
  // After a refused save, the boxes show what the admin had ticked, not the stored value.
  const ticked = (role: Role) => (state.status === 'error' && state.values ? state.values[role] === 'on' : requiredRoles.includes(role));
  return (
    <form action={formAction} key={state.status === 'success' ? updatedAt : 'form'}>
      <FormError message={state.status === 'error' ? state.formError : undefined} />
      {state.status === 'success' && (
        <p role="status" className="mb-4 rounded border border-brand-600 bg-brand-50 px-4 py-3 text-brand-800">
          {state.message}
        </p>
      )}
      <input type="hidden" name="expectedUpdatedAt" value={updatedAt} />
      <fieldset className="mb-4">
        <legend className="mb-2 font-semibold text-gray-900">Double authentification obligatoire pour :</legend>
        {ROLES.map((role) => (
          <div key={role} className="mb-2 flex items-center gap-2">
            <input
              type="checkbox"
              id={`mfa-${role}`}
              name={role}
              defaultChecked={ticked(role)}
              className="h-5 w-5 accent-brand-700"
            />
            <label htmlFor={`mfa-${role}`} className="text-gray-900">
              {roleLabels[role]}
            </label>
          </div>
        ))}
      </fieldset>
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer</SubmitButton>
    </form>
  );
}
