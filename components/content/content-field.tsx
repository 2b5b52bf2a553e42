'use client';

import { CheckboxField } from '@/components/forms/checkbox-field';
import { Field } from '@/components/forms/field';
import { FieldShell } from '@/components/forms/field-shell';
import { SelectField, type SelectOption } from '@/components/forms/select-field';
import { isMultilineText, type FieldDefinition, type FieldErrors, type RawValue } from '@/lib/content/fields';
import { CheckboxGroupField } from './checkbox-group-field';
import { MarkdownField } from './markdown-field';
import { RepeaterField } from './repeater-field';

export interface ContentFieldProps {
  field: FieldDefinition;
  /** Control name: the field's, or "repeater.index.field" inside a repeater row. */
  name: string;
  defaultValue: RawValue | undefined;
  /** Errors by control name, for the whole form. */
  errors: FieldErrors;
  /** Picker options by target type. */
  options: Record<string, SelectOption[]>;
}

const TRISTATE_OPTIONS: SelectOption[] = [
  { value: 'true', label: 'Oui' },
  { value: 'false', label: 'Non' },
];

function asText(value: RawValue | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** The control of one field, chosen by its kind; every one has a label, a hint and its errors. */
export function ContentField({ field, name, defaultValue, errors, options }: ContentFieldProps) {
  const common = { name, label: field.required ? `${field.label} (obligatoire)` : field.label, hint: field.hint, errors: errors[name], required: field.required };
  const text = asText(defaultValue);
  switch (field.kind) {
    case 'text':
      return isMultilineText(field) ? (
        <FieldShell {...common}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              required={field.required}
              maxLength={field.max}
              defaultValue={text}
              className="w-full rounded border border-gray-500 px-3 py-2 text-gray-900 aria-invalid:border-red-700"
            />
          )}
        </FieldShell>
      ) : (
        <Field {...common} defaultValue={text} maxLength={field.max} autoComplete="off" />
      );
    case 'markdown':
      return <MarkdownField {...common} maxLength={field.max} defaultValue={text} rows={field.max > 20_000 ? 16 : 8} />;
    case 'slug':
      return <Field {...common} defaultValue={text} maxLength={120} autoComplete="off" spellCheck={false} />;
    case 'url':
      return <Field {...common} defaultValue={text} maxLength={500} inputMode="url" autoComplete="url" placeholder="https://" />;
    case 'integer':
    case 'year':
    case 'month':
      return <Field {...common} defaultValue={text} inputMode="numeric" className="mb-4 max-w-xs" />;
    case 'money':
    case 'decimal':
    case 'coordinate':
      return <Field {...common} defaultValue={text} inputMode="decimal" className="mb-4 max-w-xs" />;
    case 'date':
      return <Field {...common} type="date" defaultValue={text} className="mb-4 max-w-xs" />;
    case 'boolean':
      return <CheckboxField name={name} label={field.label} hint={field.hint} errors={errors[name]} defaultChecked={text === 'on'} />;
    case 'tristate':
      return <SelectField {...common} required={false} options={TRISTATE_OPTIONS} emptyOption="Non renseigné" defaultValue={text} />;
    case 'enum':
      return (
        <SelectField
          {...common}
          options={Object.entries(field.options).map(([value, label]) => ({ value, label }))}
          emptyOption={field.required ? 'Choisir…' : 'Non renseigné'}
          defaultValue={text}
        />
      );
    case 'relation':
      return <SelectField {...common} options={options[field.target] ?? []} emptyOption={field.required ? 'Choisir…' : 'Aucun'} defaultValue={text} />;
    case 'relations':
      return <CheckboxGroupField {...common} options={options[field.target] ?? []} defaultValue={Array.isArray(defaultValue) ? (defaultValue as string[]) : []} />;
    case 'lines':
      return (
        <FieldShell {...common}>
          {(control) => (
            <textarea
              {...control}
              rows={5}
              defaultValue={text}
              className="w-full rounded border border-gray-500 px-3 py-2 text-gray-900 aria-invalid:border-red-700"
            />
          )}
        </FieldShell>
      );
    case 'repeater':
      return (
        <RepeaterField
          field={field}
          defaultRows={Array.isArray(defaultValue) ? (defaultValue as Array<Record<string, string>>) : []}
          errors={errors}
          options={options}
        />
      );
  }
}
