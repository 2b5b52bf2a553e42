'use client';

import { useActionState } from 'react';
import { FormError } from '@/components/forms/field';
import { SelectField } from '@/components/forms/select-field';
import type { ActionState } from '@/lib/action';
import type { Role } from '@/lib/auth/roles';
import type { ChangeUserRoleInput } from '@/lib/users/schema';
import { changeUserRoleAction } from '../actions';
import { ActionMessage } from './action-message';
import { roleOptions } from './role-options';
import { SubmitButton } from '@/components/forms/submit-button';

const initialState: ActionState<ChangeUserRoleInput> = { status: 'idle' };

export function RoleForm({ id, version, role }: { id: string; version: number; role: Role }) {
  const [state, formAction] = useActionState(changeUserRoleAction, initialState);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={formAction}>
      <ActionMessage state={state} />
      <FormError message={state.status === 'error' ? state.formError : undefined} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {/* Remounted when the account changes, so the select shows the saved role. */}
      <SelectField key={`${role}-${version}`} name="role" label="Rôle" options={roleOptions} defaultValue={role} errors={errors.role} />
      <SubmitButton pendingLabel="Enregistrement…">Changer le rôle</SubmitButton>
    </form>
  );
}
