'use client';

import { useActionState } from 'react';
import { FormError } from '@/components/forms/field';
import type { ActionState } from '@/lib/action';
import { startTotpEnrolmentAction } from '../actions';
import { SubmitButton } from '@/components/forms/submit-button';

const idle: ActionState = { status: 'idle' };

export function TotpStartForm() {
  const [state, formAction] = useActionState(startTotpEnrolmentAction, idle);
  return (
    <form action={formAction}>
      <FormError message={state.status === 'error' ? state.formError : undefined} />
      <SubmitButton pendingLabel="Préparation…">Activer</SubmitButton>
    </form>
  );
}
