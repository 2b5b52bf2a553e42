import type { ReactNode } from 'react';

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
      <div id={errorId} aria-live="polite" className="mt-1 text-sm text-red-800">
        {hasErrors && (
          <ul>
            {errors!.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
