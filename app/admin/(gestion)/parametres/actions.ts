'use server';

import { refresh } from 'next/cache';
import { authorizedAction, type ActionState } from '@/lib/action';
import { updateRolesRequiringMfa } from '@/lib/auth/mfa-settings';
import { MfaSettingsSchema, type MfaSettingsInput } from '@/lib/auth/mfa-settings-schema';
import { ROLES } from '@/lib/auth/roles';

export const updateMfaSettingsAction = authorizedAction(
  { permission: 'settings:manage', schema: MfaSettingsSchema },
  async (data, { user, db, ipAddress }): Promise<ActionState<MfaSettingsInput>> => {
    const roles = ROLES.filter((role) => data[role] === 'on');
    const result = await updateRolesRequiringMfa(db, {
      roles,
      expectedUpdatedAt: data.expectedUpdatedAt ? new Date(data.expectedUpdatedAt) : null,
      actor: user,
      ipAddress,
    });
    if (!result.ok) {
      return {
        status: 'error',
        fieldErrors: {},
        formError: 'Ces paramètres ont été modifiés par une autre personne entre-temps. Rechargez la page pour voir leur valeur actuelle, puis refaites votre choix.',
      };
    }
    refresh();
    return { status: 'success', message: 'Paramètres enregistrés. Ils s’appliquent à la prochaine connexion de chaque compte.' };
  },
);
