import { z } from 'zod';

import { RETURN_PATH_MAX_LENGTH } from '@/lib/auth/return-path';

export { safeReturnPath } from '@/lib/auth/return-path';

export const SignInSchema = z.object({
  email: z.string().trim().min(1, 'Saisissez votre adresse e-mail.').max(320).email('Adresse e-mail invalide.'),
  password: z.string().min(1, 'Saisissez votre mot de passe.').max(256, 'Mot de passe trop long.'),
  code: z.string().trim().max(32).optional(),
  retour: z.string().max(RETURN_PATH_MAX_LENGTH).optional(),
});

export type SignInInput = z.infer<typeof SignInSchema>;

export type SignInState =
  | { status: 'idle' }
  | { status: 'error'; formError: string; fieldErrors: Partial<Record<keyof SignInInput, string[]>>; needsCode: boolean; email?: string };
