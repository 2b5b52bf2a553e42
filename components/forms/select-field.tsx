import type { ReactNode, SelectHTMLAttributes } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name' | 'children'> {
  name: string;
  label: ReactNode;
  options: SelectOption[];
  /** First option with an empty value ("Tous", "Choisir…"). */
  emptyOption?: string;
  hint?: ReactNode;
  errors?: string[];
}

/** <Field>'s twin for <select>: same ids, same error wiring and live region. */
export function SelectField({ name, label, options, emptyOption, hint, errors, className, ...select }: SelectFieldProps) {
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
      <select
        id={id}
        name={name}
        aria-invalid={hasErrors || undefined}
        aria-describedby={describedBy}
        className="w-full max-w-md rounded border border-gray-500 bg-white px-3 py-2 text-gray-900 aria-invalid:border-red-700"
        {...select}
      >
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
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
