import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldShell } from './field-shell';

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
  return (
    <FieldShell name={name} label={label} hint={hint} errors={errors} className={className}>
      {(control) => (
        <select
          {...control}
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
      )}
    </FieldShell>
  );
}
