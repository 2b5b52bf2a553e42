'use client';

import { useActionState } from 'react';
import { Field, FormError } from '@/components/forms/field';
import { SelectField } from '@/components/forms/select-field';
import type { ActionState } from '@/lib/action';
import type { CreateUserInput } from '@/lib/users/schema';
import { createUserAction } from '../actions';
import { ActionMessage } from './action-message';
import { roleOptions } from './role-options';
import { SubmitButton } from '@/components/forms/submit-button';

const initialState: ActionState<CreateUserInput> = { status: 'idle' };

export function CreateUserForm() {
  const [state, formAction] = useActionState(createUserAction, initialState);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const values = state.status === 'error' ? state.values : undefined;
  return (
    <form action={formAction} className="max-w-xl">
      <ActionMessage state={state} />
      <FormError message={state.status === 'error' ? state.formError : undefined} />
      <Field name="name" label="Nom" autoComplete="off" required maxLength={120} defaultValue={values?.name} errors={errors.name} />
      <Field name="email" label="Adresse e-mail" type="email" autoComplete="off" required maxLength={254} defaultValue={values?.email} errors={errors.email} />
      <SelectField
        key={values?.role ?? 'aucun'}
        name="role"
        label="Rôle"
        options={roleOptions}
        emptyOption="Choisir un rôle…"
        required
        defaultValue={values?.role ?? ''}
        errors={errors.role}
      />
      <Field
        name="password"
        label="Mot de passe (facultatif)"
        hint="Laissez vide pour en générer un, qui sera affiché une seule fois. Sinon : au moins 15 caractères."
        type="password"
        autoComplete="new-password"
        maxLength={256}
        errors={errors.password}
      />
      <SubmitButton pendingLabel="Création en cours…">Créer le compte</SubmitButton>
    </form>
  );
}
