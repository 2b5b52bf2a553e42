'use client';

import { useActionState } from 'react';
import { Field, FormError } from '@/components/forms/field';
import { FieldErrorList, fieldIds } from '@/components/forms/field-shell';
import { SubmitButton } from '@/components/forms/submit-button';
import type { SubscribeState } from '@/lib/newsletter/form-state';
import { NEWSLETTER_LISTS } from '@/lib/newsletter/lists';
import { CONSENT_TEXT, HONEYPOT_FIELD } from '@/lib/newsletter/schema';
import { subscribeAction } from '../actions';

const initialState: SubscribeState = { status: 'idle' };

export function SubscribeForm() {
  const [state, action] = useActionState(subscribeAction, initialState);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const values = state.status === 'error' ? state.values : undefined;
  const lists = fieldIds('lists', { errors: errors.lists });
  const consent = fieldIds('consent', { errors: errors.consent });
  return (
    <form action={action} key={state.status === 'error' ? state.key : state.status} noValidate className="max-w-2xl">
      <div role="status" className={state.status === 'success' ? 'mb-6 rounded border border-green-800 bg-green-50 px-4 py-3 text-gray-900' : undefined}>
        {state.status === 'success' ? state.message : null}
      </div>
      <FormError message={state.status === 'error' ? state.formError : undefined} />
      <Field name="email" type="email" label="Adresse e-mail" autoComplete="email" required defaultValue={values?.email} errors={errors.email} />
      <fieldset id={lists.id} className="mb-4" aria-describedby={lists.describedBy}>
        <legend className="mb-1 font-semibold text-gray-900">
          Listes
        </legend>
        {NEWSLETTER_LISTS.map((entry) => (
          <div key={entry.value} className="mb-2">
            <div className="flex items-center gap-2">
              <input
                type="checkbox"
                id={`liste-${entry.value}`}
                name="lists"
                value={entry.value}
                defaultChecked={values ? values.lists.includes(entry.value) : false}
                aria-describedby={`liste-${entry.value}-aide`}
                className="size-4"
              />
              <label htmlFor={`liste-${entry.value}`} className="text-gray-900">
                {entry.label}
              </label>
            </div>
            <p id={`liste-${entry.value}-aide`} className="ml-6 text-sm text-gray-700">
              {entry.hint}
            </p>
          </div>
        ))}
        <FieldErrorList id={lists.errorId} errors={errors.lists} />
      </fieldset>
      <div className="mb-4">
        <div className="flex items-start gap-2">
          <input
            type="checkbox"
            id={consent.id}
            name="consent"
            value="oui"
            defaultChecked={values?.consent}
            aria-invalid={consent.isInvalid}
            aria-describedby={consent.describedBy}
            className="mt-1 size-4 shrink-0"
          />
          <label htmlFor={consent.id} className="text-gray-900">
            {CONSENT_TEXT}
          </label>
        </div>
        <FieldErrorList id={consent.errorId} errors={errors.consent} />
      </div>
      {/* For robots only: off-screen, hidden from assistive technologies, out of the tab order. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="champ-site-web">Site web</label>
        <input type="text" id="champ-site-web" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <SubmitButton pendingLabel="Envoi…">M’inscrire</SubmitButton>
    </form>
  );
}
