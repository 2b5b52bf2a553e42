import 'server-only';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/lib/db';
import type { Database } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { getClientAddress } from '@/lib/request';
import type { Permission } from '@/lib/auth/roles';
import { requirePermission, type CurrentUser } from '@/lib/auth/session';

export type FieldErrors<F> = Partial<Record<keyof F & string, string[]>>;

export type ActionState<F = Record<string, unknown>> =
  | { status: 'idle' }
  | { status: 'error'; fieldErrors: FieldErrors<F>; formError?: string; values?: Partial<Record<keyof F & string, string>> }
  | { status: 'success'; message?: string; secret?: string };

export const idleState = { status: 'idle' } as const;

export interface ActionContext {
  user: CurrentUser;
  db: Database;
  ipAddress: string;
}

/** Form fields as strings, without Next's own `$ACTION_…` fields. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith('$ACTION') && typeof value === 'string') values[key] = value;
  }
  return values;
}

/**
 * The one shape of every staff action: authenticate → parse (strict: unknown
 * fields refused) → authorize → run → return a typed state. Known AppErrors become
 * form errors; anything else is a bug and reaches the error boundary.
 * Passwords are never echoed back (fields named *password* are dropped from values).
 */
export function authorizedAction<S extends z.ZodObject>(
  options: { permission: Permission; schema: S; allowMfaSetup?: boolean },
  run: (data: z.infer<S>, context: ActionContext) => Promise<ActionState<z.infer<S>> | void>,
) {
  type F = z.infer<S>;
  return async (_previous: ActionState<F>, formData: FormData): Promise<ActionState<F>> => {
    const raw = formValues(formData);
    const echo = Object.fromEntries(Object.entries(raw).filter(([key]) => !/password|code|secret/i.test(key))) as Partial<Record<keyof F & string, string>>;
    let user: CurrentUser;
    try {
      user = await requirePermission(options.permission, { allowMfaSetup: options.allowMfaSetup });
    } catch (error) {
      if (isAppError(error)) return { status: 'error', fieldErrors: {}, formError: error.userMessage, values: echo };
      throw error;
    }
    const parsed = options.schema.strict().safeParse(raw);
    if (!parsed.success) {
      return {
        status: 'error',
        fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors<F>,
        formError: 'Certains champs sont à corriger.',
        values: echo,
      };
    }
    try {
      const ipAddress = getClientAddress(await headers());
      return (await run(parsed.data as F, { user, db: getDb(), ipAddress })) ?? { status: 'success' };
    } catch (error) {
      if (isAppError(error)) return { status: 'error', fieldErrors: {}, formError: error.userMessage, values: echo };
      throw error;
    }
  };
}
