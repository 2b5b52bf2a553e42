import { dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';

// Universal (no argon2 here): forms may validate with the same schema in the browser.
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 256;

let commonPasswords: Set<string> | undefined;

/** Offline list of ~49,000 common passwords shipped with @zxcvbn-ts/language-common. */
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}

/** NIST SP 800-63B-4 for single-factor accounts: length, no composition rules, no common passwords. */
export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`)
  .max(PASSWORD_MAX_LENGTH, `Le mot de passe ne peut pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`)
  .refine((password) => !isCommonPassword(password), 'Ce mot de passe figure parmi les mots de passe les plus courants : choisissez-en un autre.');

