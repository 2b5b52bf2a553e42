import { FieldErrorList, fieldIds } from '@/components/forms/field-shell';
import type { SelectOption } from '@/components/forms/select-field';

interface CheckboxGroupFieldProps {
  name: string;
  label: string;
  hint?: string;
  options: SelectOption[];
  defaultValue: string[];
  errors?: string[];
}

/** A picker for several linked entries: one labelled checkbox per entry, in a fieldset. */
export function CheckboxGroupField({ name, label, hint, options, defaultValue, errors }: CheckboxGroupFieldProps) {
  const { id, hintId, errorId, describedBy } = fieldIds(name, { hint, errors });
  const selected = new Set(defaultValue);
  return (
    <fieldset id={id} className="mb-4" aria-describedby={describedBy}>
      <legend className="mb-1 font-semibold text-gray-900">{label}</legend>
      {hint && (
        <p id={hintId} className="mb-1 text-sm text-gray-700">
          {hint}
        </p>
      )}
      {options.length === 0 ? (
        <p className="text-sm text-gray-700">Aucun élément disponible pour le moment.</p>
      ) : (
        <ul className="grid max-h-64 gap-1 overflow-y-auto rounded border border-gray-300 p-2 sm:grid-cols-2">
          {options.map((option) => (
            <li key={option.value}>
              <label className="flex items-start gap-2 text-gray-900">
                <input type="checkbox" name={name} value={option.value} defaultChecked={selected.has(option.value)} className="mt-1" />
                <span>{option.label}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <FieldErrorList id={errorId} errors={errors} />
    </fieldset>
  );
}
