import type { ReactNode } from 'react';
import { FieldErrorList } from '@/components/forms/field-shell';

/** A required "I confirm" box; `id` keeps two of them on one page apart. */
export function ConfirmCheckbox({ id, name = 'confirm', label, errors }: { id: string; name?: string; label: ReactNode; errors?: string[] }) {
  const errorId = `${id}-error`;
  const hasErrors = Boolean(errors?.length);
  return (
    <div className="mb-4">
      <div className="flex items-start gap-2">
        <input
          id={id}
          name={name}
          type="checkbox"
          required
          aria-invalid={hasErrors || undefined}
          aria-describedby={hasErrors ? errorId : undefined}
          className="mt-1 h-5 w-5"
        />
        <label htmlFor={id} className="text-gray-900">
          {label}
        </label>
      </div>
      <FieldErrorList id={errorId} errors={errors} />
    </div>
  );
}
