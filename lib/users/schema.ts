import { z } from 'zod';
import { NewPasswordSchema } from '@/lib/auth/password-policy';
import { ROLES } from '@/lib/auth/roles';
import { isCleanText, normalizeText, refuseInvalidCharacters } from '@/lib/text';

// Shared by the admin forms (server actions), the data layer and the CLI.
// NewPasswordSchema lives in lib/auth/password.ts, which also loads argon2:
// client components must not import this module until that schema is split out.

const USER_NAME_MAX_LENGTH = 120;
const EMAIL_MAX_LENGTH = 254;

export const UserNameSchema = z
  .string({ error: 'Indiquez le nom.' })
  .overwrite((value) => normalizeText(value, 'single-line'))
  .trim()
  .superRefine(refuseInvalidCharacters('single-line'))
  .min(1, 'Indiquez le nom.')
  .max(USER_NAME_MAX_LENGTH, `Le nom ne peut pas dépasser ${USER_NAME_MAX_LENGTH} caractères.`);

/** Stored lower-cased, so that one address maps to one account whatever its case. */
export const UserEmailSchema = z
  .string({ error: 'Indiquez une adresse e-mail.' })
  .overwrite((value) => normalizeText(value, 'single-line'))
  .trim()
  .superRefine(refuseInvalidCharacters('single-line'))
  .toLowerCase()
  .min(1, 'Indiquez une adresse e-mail.')
  .max(EMAIL_MAX_LENGTH, `L’adresse e-mail ne peut pas dépasser ${EMAIL_MAX_LENGTH} caractères.`)
  .pipe(z.email('Adresse e-mail invalide (exemple : prenom.nom@exemple.fr).'));

export const UserRoleSchema = z.enum(ROLES, { error: 'Choisissez un rôle : administrateur·rice, éditeur·rice ou contributeur·rice.' });

/** An empty password field means "generate one". */
const OptionalNewPasswordSchema = z.preprocess((value) => (value === '' ? undefined : value), NewPasswordSchema.optional());

export const CreateUserSchema = z.object({
  name: UserNameSchema,
  email: UserEmailSchema,
  role: UserRoleSchema,
  password: OptionalNewPasswordSchema,
});
export type CreateUserInput = z.infer<typeof CreateUserSchema>;

/** Hidden fields of every form that changes an existing account. */
export const UserRefSchema = z.object({
  id: z
    .string({ error: 'Compte manquant.' })
    .trim()
    .min(1, 'Compte manquant.')
    .max(64, 'Identifiant de compte invalide.')
    .refine((id) => isCleanText(id), 'Identifiant de compte invalide.'),
  version: z.coerce
    .number({ error: 'Version manquante : rechargez la page.' })
    .int('Version invalide : rechargez la page.')
    .positive('Version invalide : rechargez la page.')
    .max(2_147_483_647, 'Version invalide : rechargez la page.'),
});

export const ChangeUserRoleSchema = UserRefSchema.extend({ role: UserRoleSchema });
export type ChangeUserRoleInput = z.infer<typeof ChangeUserRoleSchema>;

const ConfirmationSchema = z.literal('on', { error: 'Cochez la case pour confirmer.' });

export const DisableUserSchema = UserRefSchema.extend({ confirm: ConfirmationSchema });
export const EnableUserSchema = UserRefSchema;
export const ResetUserPasswordSchema = UserRefSchema.extend({ confirm: ConfirmationSchema });

/** The CLI takes roles in lower case (`--role admin`). */
export const CliRoleSchema = z
  .string({ error: 'Indiquez un rôle avec --role (admin, editor ou contributor).' })
  .transform((value) => value.trim().toUpperCase())
  .pipe(z.enum(ROLES, { error: 'Rôle inconnu : utilisez admin, editor ou contributor.' }));
