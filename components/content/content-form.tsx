'use client';

import { useActionState, useRef, useState, type FormEvent } from 'react';
import type { SelectOption } from '@/components/forms/select-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { parseContentValues, rawFromFormData, type FieldErrors, type RawValues } from '@/lib/content/fields';
import { idleContentFormState, type ContentFormState } from '@/lib/content/form-state';
import { findContentTypeBySegment } from '@/lib/content/registry';
import { ContentField } from './content-field';
import { ConflictPanel } from './conflict-panel';

type SaveAction = (state: ContentFormState, formData: FormData) => Promise<ContentFormState>;

interface ContentFormProps {
  segment: string;
  action: SaveAction;
  /** Absent for a new entry. */
  entry?: { id: string; version: number; isLive: boolean };
  initialValues: RawValues;
  options: Record<string, SelectOption[]>;
  canPublish: boolean;
  canSubmit: boolean;
}

/**
 * The one editing form: fields from the type's definition, checked in the
 * browser with the same zod schema the server runs again, everything typed
 * kept after a refusal, and the version it was loaded at sent along.
 */
export function ContentForm({ segment, action, entry, initialValues, options, canPublish, canSubmit }: ContentFormProps) {
  const definition = findContentTypeBySegment(segment)!;
  const [state, formAction] = useActionState(action, idleContentFormState);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const serverError = state.status === 'error' ? state : null;
  const errors: FieldErrors = clientErrors ?? (serverError?.fieldErrors as FieldErrors | undefined) ?? {};
  const values = serverError?.values ?? initialValues;
  const version = serverError?.version ?? entry?.version;
  const formError = clientErrors ? 'Certains champs sont à corriger.' : serverError?.formError;
  const errorEntries = Object.entries(errors).filter(([, messages]) => messages.length > 0);

  const validateInBrowser = (event: FormEvent<HTMLFormElement>) => {
    const raw = rawFromFormData(definition.fields, new FormData(event.currentTarget));
    const result = parseContentValues(definition.fields, raw, definition.refine);
    if (result.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(result.fieldErrors);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const labelOf = (name: string) => {
    const [head, index, sub] = name.split('.');
    const field = definition.fields.find((candidate) => candidate.name === head);
    if (field?.kind === 'repeater' && sub) {
      return `${field.itemLabel} ${Number(index) + 1} : ${field.fields.find((candidate) => candidate.name === sub)?.label ?? sub}`;
    }
    return field?.label ?? 'Formulaire';
  };

  return (
    <form
      key={serverError?.key ?? 'initial'}
      action={formAction}
      onSubmit={validateInBrowser}
      noValidate
      className="max-w-3xl"
      aria-describedby={formError ? 'resume-erreurs' : undefined}
    >
      <input type="hidden" name="_type" value={segment} />
      {entry && <input type="hidden" name="_id" value={entry.id} />}
      {version !== undefined && <input type="hidden" name="_version" value={version} />}

      <div ref={summaryRef} tabIndex={-1} role="alert" id="resume-erreurs" className="focus:outline-none">
        {formError && (
          <div className="mb-6 rounded border border-red-700 bg-red-50 px-4 py-3 text-red-900">
            <p className="font-semibold">{formError}</p>
            {errorEntries.length > 0 && (
              <ul className="mt-2 list-disc pl-6">
                {errorEntries.map(([name, messages]) => (
                  <li key={name}>
                    <a href={`#champ-${name}`} className="underline">
                      {labelOf(name)} : {messages.join(' ')}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      {serverError?.conflict && <ConflictPanel conflict={serverError.conflict} />}

      {definition.fields.map((field) => (
        <ContentField key={field.name} field={field} name={field.name} defaultValue={values[field.name]} errors={errors} options={options} />
      ))}

      {entry?.isLive && (
        <p className="mb-4 rounded border border-brand-700 bg-brand-50 px-4 py-3 text-gray-900">
          Cette fiche est en ligne : « Enregistrer le brouillon » et « Soumettre pour relecture » gardent vos modifications en attente, sans changer la page publique, jusqu’à leur publication.
        </p>
      )}
      <div className="flex flex-wrap gap-3 border-t border-gray-300 pt-4">
        <SubmitButton name="intent" value="save" variant="secondary" pendingLabel="Enregistrement…">
          Enregistrer le brouillon
        </SubmitButton>
        {canSubmit && (
          <SubmitButton name="intent" value="submit" variant="secondary" pendingLabel="Envoi…">
            Soumettre pour relecture
          </SubmitButton>
        )}
        {canPublish && (
          <SubmitButton name="intent" value="publish" pendingLabel="Publication…">
            {entry?.isLive ? 'Publier les modifications' : 'Publier'}
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
