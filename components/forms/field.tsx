import type { InputHTMLAttributes, ReactNode } from 'react';

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
}

/** The one accessible form field: label, hint, error list announced politely. */
export function Field({ name, label, hint, errors, className, ...input }: FieldProps) {
  const id = `champ-${name}`;
  const hintId = hint ? `${id}-aide` : undefined;
  const errorId = `${name}-error`;
  const hasErrors = Boolean(errors?.length);
  const describedBy = [hintId, hasErrors ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ?? 'mb-4'}>
      <label htmlFor={id} className="mb-1 block font-semibold text-gray-900">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mb-1 text-sm text-gray-700">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={hasErrors || undefined}
        aria-describedby={describedBy}
        className="w-full max-w-md rounded border border-gray-500 px-3 py-2 text-gray-900 aria-invalid:border-red-700"
        {...input}
      />
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

export function FormError({ message }: { message?: string }) {
  return (
    <div role="alert" className={message ? 'mb-4 rounded border border-red-700 bg-red-50 px-4 py-3 text-red-900' : undefined}>
      {message}
    </div>
  );
}
