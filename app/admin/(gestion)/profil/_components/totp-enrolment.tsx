'use client';

import Link from 'next/link';
import { useActionState, type ReactNode } from 'react';
import { Field, FormError } from '@/components/forms/field';
import type { ActionState } from '@/lib/action';
import type { ConfirmTotpInput } from '@/lib/auth/account-schema';
import { cancelTotpEnrolmentAction, confirmTotpEnrolmentAction } from '../actions';
import { RecoveryCodes } from './recovery-codes';
import { SubmitButton } from '@/components/forms/submit-button';

const idle: ActionState<ConfirmTotpInput> = { status: 'idle' };
const idleCancel: ActionState = { status: 'idle' };

/** Secret grouped by four characters, easier to copy by hand. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Step 2 of enrolment: scan the QR code (or type the key), confirm with a code;
 * once confirmed, the recovery codes replace the form, shown this one time.
 */
export function TotpEnrolment({ secret, qrCode, continueHref }: { secret: string; qrCode: ReactNode; continueHref: string }) {
  const [state, formAction] = useActionState(confirmTotpEnrolmentAction, idle);
  const [cancelState, cancelAction] = useActionState(cancelTotpEnrolmentAction, idleCancel);

  if (state.status === 'success') {
    return (
      <>
        <p role="status" className="mb-2 font-semibold text-brand-800">
          {state.message}
        </p>
        <RecoveryCodes codes={(state.secret ?? '').split('\n').filter(Boolean)}>
          <Link prefetch={false} href={continueHref} className="font-semibold text-brand-700 underline hover:text-brand-800">
            J’ai conservé mes codes de secours, continuer
          </Link>
        </RecoveryCodes>
      </>
    );
  }

  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <div>
      <ol className="mb-4 list-decimal space-y-2 pl-6 text-gray-900">
        <li>Ouvrez votre application d’authentification (par exemple FreeOTP, Aegis, Google Authenticator ou votre gestionnaire de mots de passe).</li>
        <li>Scannez le QR code ci-dessous, ou saisissez la clé à la main.</li>
        <li>Saisissez le code à 6 chiffres que l’application affiche.</li>
      </ol>
      <div className="mb-4 flex flex-wrap items-start gap-6">
        {qrCode}
        <div>
          <p className="mb-1 font-semibold text-gray-900">Clé à saisir à la main</p>
          <p className="mb-2 font-mono text-lg break-all text-gray-900" data-testid="totp-secret">
            {groupSecret(secret)}
          </p>
          <p className="text-sm text-gray-700">Type : basé sur le temps (TOTP), 6 chiffres, 30 secondes.</p>
        </div>
      </div>
      <form action={formAction} noValidate className="mb-4">
        <FormError message={state.status === 'error' ? state.formError : undefined} />
        <Field
          name="code"
          label="Code à 6 chiffres"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={9}
          required
          errors={errors.code}
        />
        <SubmitButton pendingLabel="Vérification…">Confirmer l’activation</SubmitButton>
      </form>
      <form action={cancelAction}>
        <FormError message={cancelState.status === 'error' ? cancelState.formError : undefined} />
        <SubmitButton variant="secondary" pendingLabel="Annulation…">
          Annuler
        </SubmitButton>
      </form>
    </div>
  );
}
