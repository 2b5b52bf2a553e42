import type { ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldShellProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  /** Renders the control with the ids that tie it to its label, hint and errors. */
  children: (control: FieldControlProps) => ReactNode;
}

export interface FieldIds {
  /** Of the control (or of the group): also the target of the error summary's links. */
  id: string;
  hintId: string | undefined;
  errorId: string;
  /** The hint and, when there are errors, their list: only ids that are rendered. */
  describedBy: string | undefined;
  isInvalid: true | undefined;
}

/** The ids every field wires the same way, whatever its control (input, select, checkbox, group). */
export function fieldIds(name: string, { hint, errors }: { hint?: ReactNode; errors?: string[] }): FieldIds {
  const id = `champ-${name}`;
  const hintId = hint ? `${id}-aide` : undefined;
  const errorId = `${name}-error`;
  const hasErrors = Boolean(errors?.length);
  const describedBy = [hintId, hasErrors ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy, isInvalid: hasErrors || undefined };
}

/** Label, hint and a polite live region of errors around one form control. */
export function FieldShell({ name, label, hint, errors, className, children }: FieldShellProps) {
  const { id, hintId, errorId, describedBy, isInvalid } = fieldIds(name, { hint, errors });
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
      {children({ id, name, 'aria-invalid': isInvalid, 'aria-describedby': describedBy })}
      <FieldErrorList id={errorId} errors={errors} />
    </div>
  );
}

/** The live region a control's aria-describedby points at: present even when empty, so additions are announced. */
export function FieldErrorList({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={id} aria-live="polite" className="mt-1 text-sm text-red-800">
      {errors && errors.length > 0 && (
        <ul>
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
