'use client';

import { useActionState, type ReactNode } from 'react';
import { SubmitButton } from '@/components/forms/submit-button';
import { idleContentActionState, type ContentActionState } from '@/lib/content/form-state';

type Action = (state: ContentActionState, formData: FormData) => Promise<ContentActionState>;

interface ContentActionFormProps {
  action: Action;
  hidden: Record<string, string | number>;
  label: ReactNode;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** A checkbox to tick first; `onlyAfterRefusal`: shown once the server asked for it (dependents to trash too). */
  confirmation?: { name: string; label: string; onlyAfterRefusal?: boolean };
  description?: ReactNode;
}

/** One workflow button (publish, trash, restore…) with its own error message. */
export function ContentActionForm({ action, hidden, label, pendingLabel, variant = 'secondary', confirmation, description }: ContentActionFormProps) {
  const [state, formAction] = useActionState(action, idleContentActionState);
  const error = state.status === 'error' ? state : null;
  const showConfirmation = confirmation && (!confirmation.onlyAfterRefusal || error?.needsConfirmation);
  return (
    <form action={formAction} className="mb-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {description}
      <div role="alert" className={error ? 'mb-2 rounded border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900' : undefined}>
        {error?.formError}
      </div>
      {showConfirmation && (
        <label className="mb-2 flex items-start gap-2 text-gray-900">
          <input type="checkbox" name={confirmation.name} className="mt-1" />
          <span>{confirmation.label}</span>
        </label>
      )}
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}
