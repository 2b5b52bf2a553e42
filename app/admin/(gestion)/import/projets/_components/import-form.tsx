'use client';

import { useActionState } from 'react';
import { Field, FormError } from '@/components/forms/field';
import { FieldErrorList } from '@/components/forms/field-shell';
import { SubmitButton } from '@/components/forms/submit-button';
import { checkFundedProjectImportAction } from '../actions';
import { ConfirmImportForm } from './confirm-import-form';
import { ImportReportView } from './import-report';
import { initialCheckState } from './import-state';

const PUBLISH_ID = 'champ-publier';

/** Step 1: choose a file and check it. A valid file opens step 2 below. */
export function ImportForm({ canPublish }: { canPublish: boolean }) {
  const [state, formAction] = useActionState(checkFundedProjectImportAction, initialCheckState);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const isPublishChecked = state.status === 'success' ? state.isPublishRequested : state.status === 'error' && state.values?.publier === 'on';
  const publishErrorId = `${PUBLISH_ID}-error`;
  return (
    <>
      <form action={formAction} className="max-w-xl">
        {/* A report says what is wrong itself. */}
        <FormError message={state.status === 'error' && !state.report ? state.formError : undefined} />
        <Field
          name="fichier"
          type="file"
          accept=".csv,text/csv"
          label="Fichier CSV"
          hint="Encodé en UTF-8, cellules séparées par « ; » ou « , », 2 000 lignes et 1 Mo au plus."
          required
          errors={errors.fichier}
        />
        {canPublish && (
          <div className="mb-4">
            <div className="flex items-start gap-2">
              {/* Remounted when the answer changes: React resets the form after each check. */}
              <input
                key={String(isPublishChecked)}
                id={PUBLISH_ID}
                name="publier"
                type="checkbox"
                defaultChecked={isPublishChecked}
                aria-invalid={errors.publier ? true : undefined}
                aria-describedby={errors.publier ? publishErrorId : undefined}
                className="mt-1 h-5 w-5"
              />
              <label htmlFor={PUBLISH_ID} className="text-gray-900">
                Publier directement les projets importés
              </label>
            </div>
            <FieldErrorList id={publishErrorId} errors={errors.publier} />
          </div>
        )}
        <SubmitButton pendingLabel="Vérification…">Vérifier le fichier</SubmitButton>
      </form>
      {state.status === 'error' && state.report && <ImportReportView report={state.report} fileName={state.fileName ?? ''} />}
      {state.status === 'success' && <ConfirmImportForm key={state.token} checked={state} />}
    </>
  );
}
