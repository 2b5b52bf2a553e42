'use client';

import { useRef, useState } from 'react';
import type { SelectOption } from '@/components/forms/select-field';
import { FieldErrorList, fieldIds } from '@/components/forms/field-shell';
import { rowFieldName, type FieldDefinition, type FieldErrors } from '@/lib/content/fields';
import { ContentField } from './content-field';

type RepeaterDefinition = Extract<FieldDefinition, { kind: 'repeater' }>;

interface RepeaterFieldProps {
  field: RepeaterDefinition;
  defaultRows: Array<Record<string, string>>;
  errors: FieldErrors;
  options: Record<string, SelectOption[]>;
}

/** Child rows edited in place: add, remove; each row's controls are named "field.index.sub". */
export function RepeaterField({ field, defaultRows, errors, options }: RepeaterFieldProps) {
  const nextKey = useRef(defaultRows.length);
  const [rows, setRows] = useState(() => defaultRows.map((values, index) => ({ key: index, values })));
  const { id, hintId, errorId, describedBy } = fieldIds(field.name, { hint: field.hint, errors: errors[field.name] });
  const addRow = () => {
    setRows((current) => [...current, { key: nextKey.current++, values: {} }]);
  };
  return (
    <fieldset id={id} className="mb-6 rounded border border-gray-400 p-4" aria-describedby={describedBy}>
      <legend className="px-1 text-lg font-semibold text-gray-900">{field.label}</legend>
      {field.hint && (
        <p id={hintId} className="mb-2 text-sm text-gray-700">
          {field.hint}
        </p>
      )}
      {rows.length === 0 && <p className="mb-2 text-gray-800">Aucun élément.</p>}
      {rows.map((row, index) => (
        <fieldset key={row.key} className="mb-4 rounded border border-gray-300 bg-gray-50 p-3">
          <legend className="px-1 font-semibold text-gray-900">
            {field.itemLabel} {index + 1}
          </legend>
          {field.fields.map((sub) => (
            <ContentField
              key={sub.name}
              field={sub}
              name={rowFieldName(field.name, index, sub.name)}
              defaultValue={row.values[sub.name] ?? ''}
              errors={errors}
              options={options}
            />
          ))}
          <button
            type="button"
            onClick={() => setRows((current) => current.filter((candidate) => candidate.key !== row.key))}
            className="rounded border border-gray-600 px-3 py-1 text-sm font-semibold text-gray-900 hover:bg-gray-200"
          >
            Retirer : {field.itemLabel.toLowerCase()} {index + 1}
          </button>
        </fieldset>
      ))}
      {rows.length < field.maxItems && (
        <button type="button" onClick={addRow} className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-700 hover:bg-brand-50">
          Ajouter : {field.itemLabel.toLowerCase()}
        </button>
      )}
      <FieldErrorList id={errorId} errors={errors[field.name]} />
    </fieldset>
  );
}
