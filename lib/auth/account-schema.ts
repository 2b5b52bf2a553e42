import { z } from 'zod';
import { NewPasswordSchema, PASSWORD_MAX_LENGTH } from './password-policy';

const currentPassword = z
  .string()
  .min(1, 'Saisissez votre mot de passe actuel.')
  .max(PASSWORD_MAX_LENGTH, 'Mot de passe actuel incorrect.');

// Disabling the second factor or renewing recovery codes asks for the password
// again; each form names its field differently because field ids derive from names.
export const DisableTotpSchema = z.object({ disablePassword: currentPassword });
export type DisableTotpInput = z.infer<typeof DisableTotpSchema>;

export const RegenerateRecoveryCodesSchema = z.object({ regeneratePassword: currentPassword });
export type RegenerateRecoveryCodesInput = z.infer<typeof RegenerateRecoveryCodesSchema>;

export const ConfirmTotpSchema = z.object({
  code: z
    .string()
    .transform((value) => value.replace(/[\s\u00a0\u2010-\u2015\u2212-]+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, 'Saisissez les 6 chiffres affichés par votre application.')),
});
export type ConfirmTotpInput = z.infer<typeof ConfirmTotpSchema>;

export const ChangePasswordSchema = z
  .object({
    currentPassword,
    newPassword: NewPasswordSchema,
    passwordConfirmation: z.string().max(PASSWORD_MAX_LENGTH),
  })
  .refine((data) => data.newPassword === data.passwordConfirmation, {
    path: ['passwordConfirmation'],
    message: 'Les deux saisies du nouveau mot de passe ne correspondent pas.',
  })
  .refine((data) => data.newPassword !== data.currentPassword, {
    path: ['newPassword'],
    message: 'Le nouveau mot de passe doit être différent de l’actuel.',
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;
