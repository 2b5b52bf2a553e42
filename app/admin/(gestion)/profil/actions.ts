'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authorizedAction, type ActionState } from '@/lib/action';
import { changeOwnPassword, verifyCurrentPassword } from '@/lib/auth/account';
import {
  ChangePasswordSchema,
  ConfirmTotpSchema,
  DisableTotpSchema,
  RegenerateRecoveryCodesSchema,
  type ChangePasswordInput,
  type DisableTotpInput,
  type RegenerateRecoveryCodesInput,
} from '@/lib/auth/account-schema';
import { getRolesRequiringMfa } from '@/lib/auth/mfa-settings';
import { cancelTotpEnrolment, confirmTotpEnrolment, disableTotp, regenerateRecoveryCodes, startTotpEnrolment } from '@/lib/auth/totp';

const NoFields = z.object({});
const WRONG_PASSWORD = 'Mot de passe actuel incorrect.';

export const startTotpEnrolmentAction = authorizedAction(
  { permission: 'admin:access', schema: NoFields, allowMfaSetup: true },
  async (_data, { user, db, ipAddress }) => {
    const enrolment = await startTotpEnrolment(db, { user, ipAddress });
    if (!enrolment) return { status: 'error', fieldErrors: {}, formError: 'La double authentification est déjà activée.' };
    refresh();
  },
);

export const cancelTotpEnrolmentAction = authorizedAction(
  { permission: 'admin:access', schema: NoFields, allowMfaSetup: true },
  async (_data, { user, db, ipAddress }) => {
    await cancelTotpEnrolment(db, { user, ipAddress });
    refresh();
  },
);

/** Success carries the recovery codes, one per line, in `secret`: they are shown once and never stored in clear. */
export const confirmTotpEnrolmentAction = authorizedAction(
  { permission: 'admin:access', schema: ConfirmTotpSchema, allowMfaSetup: true },
  async ({ code }, { user, db, ipAddress }) => {
    const result = await confirmTotpEnrolment(db, { user, code, ipAddress });
    if (!result.ok) {
      return result.reason === 'invalid_code'
        ? { status: 'error', fieldErrors: { code: ['Code incorrect ou expiré : saisissez le code affiché en ce moment par votre application.'] } }
        : { status: 'error', fieldErrors: {}, formError: 'Cette activation n’est plus en cours : rechargez la page.' };
    }
    return { status: 'success', message: 'La double authentification est activée.', secret: result.recoveryCodes.join('\n') };
  },
);

export const regenerateRecoveryCodesAction = authorizedAction(
  { permission: 'admin:access', schema: RegenerateRecoveryCodesSchema, allowMfaSetup: true },
  async ({ regeneratePassword }, { user, db, ipAddress, deviceId }): Promise<ActionState<RegenerateRecoveryCodesInput>> => {
    if (!(await verifyCurrentPassword(db, { user, password: regeneratePassword, ipAddress, deviceId }))) {
      return { status: 'error', fieldErrors: { regeneratePassword: [WRONG_PASSWORD] } };
    }
    const codes = await regenerateRecoveryCodes(db, { user, ipAddress });
    if (!codes) return { status: 'error', fieldErrors: {}, formError: 'La double authentification n’est pas activée.' };
    refresh();
    return { status: 'success', message: 'Nouveaux codes de secours créés : les anciens ne fonctionnent plus.', secret: codes.join('\n') };
  },
);

const disableTotpInner = authorizedAction(
  { permission: 'admin:access', schema: DisableTotpSchema, allowMfaSetup: true },
  async ({ disablePassword }, { user, db, ipAddress, deviceId }): Promise<ActionState<DisableTotpInput>> => {
    if (!(await verifyCurrentPassword(db, { user, password: disablePassword, ipAddress, deviceId }))) {
      return { status: 'error', fieldErrors: { disablePassword: [WRONG_PASSWORD] } };
    }
    // When the role requires a second factor, every session ends: the next sign-in asks for a new enrolment.
    const isRequired = (await getRolesRequiringMfa(db)).includes(user.role);
    const isDisabled = await disableTotp(db, { user, ipAddress, signOutEverywhere: isRequired });
    if (!isDisabled) return { status: 'error', fieldErrors: {}, formError: 'La double authentification n’est pas activée.' };
    return { status: 'success', message: isRequired ? 'signed-out' : 'disabled' };
  },
);

export async function disableTotpAction(previous: ActionState<DisableTotpInput>, formData: FormData): Promise<ActionState<DisableTotpInput>> {
  const state = await disableTotpInner(previous, formData);
  if (state.status === 'success') {
    redirect(state.message === 'signed-out' ? '/connexion?motif=double-authentification' : '/admin/profil?statut=double-authentification-desactivee');
  }
  return state;
}

const changePasswordInner = authorizedAction(
  { permission: 'admin:access', schema: ChangePasswordSchema, allowMfaSetup: true },
  async ({ currentPassword, newPassword }, { user, db, ipAddress, deviceId }): Promise<ActionState<ChangePasswordInput>> => {
    if (!(await verifyCurrentPassword(db, { user, password: currentPassword, ipAddress, deviceId }))) {
      return { status: 'error', fieldErrors: { currentPassword: [WRONG_PASSWORD] } };
    }
    await changeOwnPassword(db, { user, newPassword, ipAddress });
    return { status: 'success' };
  },
);

/** Changing the password ends every session, this one included: the user signs in again. */
export async function changePasswordAction(previous: ActionState<ChangePasswordInput>, formData: FormData): Promise<ActionState<ChangePasswordInput>> {
  const state = await changePasswordInner(previous, formData);
  if (state.status === 'success') redirect('/connexion?motif=mot-de-passe');
  return state;
}
