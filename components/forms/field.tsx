import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldShell } from './field-shell';

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
}

/** The one accessible form field: label, hint, error list announced politely. */
export function Field({ name, label, hint, errors, className, ...input }: FieldProps) {
  return (
    <FieldShell name={name} label={label} hint={hint} errors={errors} className={className}>
      {(control) => (
        <input
          {...control}
          className="w-full max-w-md rounded border border-gray-500 px-3 py-2 text-gray-900 aria-invalid:border-red-700"
          {...input}
        />
      )}
    </FieldShell>
  );
}

export function FormError({ message }: { message?: string }) {
  return (
    <div role="alert" className={message ? 'mb-4 rounded border border-red-700 bg-red-50 px-4 py-3 text-red-900' : undefined}>
      {message}
    </div>
  );
}
