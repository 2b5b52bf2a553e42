import type { ReactNode } from 'react';
import { FieldErrorList, fieldIds } from './field-shell';

export interface CheckboxFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  defaultChecked?: boolean;
}

/** A yes/no checkbox wired like every other field: label, hint and errors by id, aria-invalid on error. */
export function CheckboxField({ name, label, hint, errors, defaultChecked }: CheckboxFieldProps) {
  const { id, hintId, errorId, describedBy, isInvalid } = fieldIds(name, { hint, errors });
  return (
    <div className="mb-4">
      <div className="flex items-center gap-2">
        <input
          type="checkbox"
          id={id}
          name={name}
          defaultChecked={defaultChecked}
          aria-invalid={isInvalid}
          aria-describedby={describedBy}
          className="size-4 aria-invalid:outline-2 aria-invalid:outline-red-700"
        />
        <label htmlFor={id} className="font-semibold text-gray-900">
          {label}
        </label>
      </div>
      {hint && (
        <p id={hintId} className="text-sm text-gray-700">
          {hint}
        </p>
      )}
      <FieldErrorList id={errorId} errors={errors} />
    </div>
  );
}
