'use server';

import { revalidatePath } from 'next/cache';
import { authorizedAction } from '@/lib/action';
import { roleLabels } from '@/lib/auth/roles';
import { EmailTakenError } from '@/lib/users/create-user';
import { changeUserRole, createUser, disableUser, enableUser, resetUserPassword } from '@/lib/users/mutations';
import { ChangeUserRoleSchema, CreateUserSchema, DisableUserSchema, EnableUserSchema, ResetUserPasswordSchema } from '@/lib/users/schema';

function revalidateAccount(id?: string) {
  revalidatePath('/admin/utilisateurs');
  if (id) revalidatePath(`/admin/utilisateurs/${id}`);
}

export const createUserAction = authorizedAction({ permission: 'users:manage', schema: CreateUserSchema }, async (input, { user, db, ipAddress }) => {
  let result;
  try {
    result = await createUser({ db, actor: user, ipAddress, input });
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
    return {
      status: 'error',
      fieldErrors: { email: [error.userMessage] },
      formError: 'Certains champs sont à corriger.',
      values: { name: input.name, email: input.email, role: input.role },
    };
  }
  revalidateAccount();
  const { name, email, role } = result.user;
  return {
    status: 'success',
    message: `Compte créé pour ${name} (${email}), ${roleLabels[role].toLowerCase()}.`,
    secret: result.generatedPassword,
  };
});

export const changeUserRoleAction = authorizedAction({ permission: 'users:manage', schema: ChangeUserRoleSchema }, async ({ id, version, role }, { user, db, ipAddress }) => {
  const { isChanged } = await changeUserRole({ db, actor: user, ipAddress, id, version, role });
  revalidateAccount(id);
  return { status: 'success', message: isChanged ? `Rôle modifié : ${roleLabels[role].toLowerCase()}.` : 'Le rôle est inchangé.' };
});

export const disableUserAction = authorizedAction({ permission: 'users:manage', schema: DisableUserSchema }, async ({ id, version }, { user, db, ipAddress }) => {
  await disableUser({ db, actor: user, ipAddress, id, version });
  revalidateAccount(id);
  return { status: 'success', message: 'Compte désactivé : ses sessions ouvertes sont fermées.' };
});

export const enableUserAction = authorizedAction({ permission: 'users:manage', schema: EnableUserSchema }, async ({ id, version }, { user, db, ipAddress }) => {
  await enableUser({ db, actor: user, ipAddress, id, version });
  revalidateAccount(id);
  return { status: 'success', message: 'Compte réactivé.' };
});

export const resetUserPasswordAction = authorizedAction({ permission: 'users:manage', schema: ResetUserPasswordSchema }, async ({ id, version }, { user, db, ipAddress }) => {
  const { password } = await resetUserPassword({ db, actor: user, ipAddress, id, version });
  revalidateAccount(id);
  return { status: 'success', message: 'Mot de passe réinitialisé : les sessions ouvertes de ce compte sont fermées.', secret: password };
});
