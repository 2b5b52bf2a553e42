import 'server-only';
import { randomUUID } from 'node:crypto';
import { updateTag } from 'next/cache';
import { headers } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { findDeviceId } from '@/lib/auth/device-cookie';
import type { Permission } from '@/lib/auth/roles';
import { authorizeUser, getCurrentUser, type CurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import type { Database } from '@/lib/db/client';
import { AppError, isAppError, isDatabaseUnavailable } from '@/lib/errors';
import { getClientAddress } from '@/lib/request';
import type { ActionState, FieldErrors } from './action-state';

export { idleState, type ActionState, type EchoedValues, type FieldErrors } from './action-state';

export interface ActionContext {
  user: CurrentUser;
  /** The same person, as mutations receive it. */
  actor: Actor;
  db: Database;
  ipAddress: string;
  /** This browser's device cookie for the account, if any: password re-checks count against it (ADR 005). */
  deviceId: string | null;
  /** Cache tags to refresh once the action succeeded (updateTag, read-your-own-writes). */
  invalidate: (tags: Iterable<string>) => void;
  /** Where to send the browser once the action succeeded (outside any try, as Next needs). */
  redirectTo: (path: string) => void;
}

export type ParseResult<D> = { success: true; data: D } | { success: false; fieldErrors: Record<string, string[]>; formError?: string };

type AnyState = ActionState<never, object, object, unknown>;
type ErrorState<S> = Extract<S, { status: 'error' }>;
/** What an action adds to a refusal beyond the reason and the field errors (a conflict view, a report). */
type FailureDetails<S> = Partial<Omit<ErrorState<S>, 'status' | 'key' | 'values'>>;

export interface StaffActionOptions<D, S> {
  /** The permission this very request needs; a function when it depends on what was asked (publish vs save). */
  permission: Permission | ((data: D) => Permission);
  /** A zod object (strict: unknown fields refused) or a parser of its own (dynamic forms, files). */
  parse: z.ZodObject | ((formData: FormData) => ParseResult<D>);
  /** What to give back on a refusal so nothing typed is lost (default: the text fields, secrets left out). */
  echo?: (formData: FormData) => unknown;
  /** Signed-in accounts that must still enrol a second factor may use it (their profile). */
  allowMfaSetup?: boolean;
  /** Turns a domain error into a richer refusal; undefined leaves it to the generic mapping. */
  refusal?: (error: unknown, data: D) => Promise<FailureDetails<S> | undefined> | FailureDetails<S> | undefined;
}

const INVALID_FORM_MESSAGE = 'Certains champs sont à corriger.';
const UNEXPECTED_ERROR_MESSAGE =
  'Une erreur inattendue a empêché l’enregistrement : rien n’a été modifié. Vos saisies sont conservées ci-dessous ; réessayez, et signalez le problème s’il se reproduit.';

/** Form fields as strings, without Next's own `$ACTION_…` fields. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith('$ACTION') && typeof value === 'string') values[key] = value;
  }
  return values;
}

function echoTextFields(formData: FormData): Record<string, string> {
  return Object.fromEntries(Object.entries(formValues(formData)).filter(([key]) => !/password|code|secret/i.test(key)));
}

function zodParser<D>(schema: z.ZodObject): (formData: FormData) => ParseResult<D> {
  return (formData) => {
    const parsed = schema.strict().safeParse(formValues(formData));
    return parsed.success
      ? { success: true, data: parsed.data as D }
      : { success: false, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  };
}

/**
 * The one shape of every staff action: authenticate → parse → authorize (the
 * permission of the very step asked for; a refusal is journaled) → run →
 * invalidate the cache tags it names → typed state (or the redirect it asked
 * for). Refusals keep what the person typed. Known AppErrors give their French
 * message (and field errors); an unreachable database says so; any other error
 * is logged with a reference and answered with a message that loses nothing.
 */
export function staffAction<D, S extends AnyState = ActionState<D>>(
  options: StaffActionOptions<D, S>,
  run: (data: D, context: ActionContext) => Promise<S | void>,
) {
  const parse = typeof options.parse === 'function' ? options.parse : zodParser<D>(options.parse);
  return async (_previous: S, formData: FormData): Promise<S> => {
    const values = (options.echo ?? echoTextFields)(formData);
    const refuse = (formError: string, details: Record<string, unknown> = {}): S =>
      ({ status: 'error', key: randomUUID(), formError, fieldErrors: {}, values, ...details }) as unknown as S;
    const fromError = async (error: unknown, data?: D): Promise<S> => {
      unstable_rethrow(error);
      const details = data !== undefined ? await options.refusal?.(error, data) : undefined;
      if (details) return refuse(isAppError(error) ? error.userMessage : UNEXPECTED_ERROR_MESSAGE, details as Record<string, unknown>);
      if (isDatabaseUnavailable(error)) return refuse(new AppError('UNAVAILABLE').userMessage);
      if (isAppError(error)) return refuse(error.userMessage, { fieldErrors: error.fieldErrors });
      const reference = randomUUID().slice(0, 8);
      console.error(`[action ${reference}] échec inattendu`, error);
      return refuse(`${UNEXPECTED_ERROR_MESSAGE} (référence ${reference})`);
    };

    let user: CurrentUser | null;
    try {
      user = await getCurrentUser();
    } catch (error) {
      return fromError(error);
    }
    if (!user) return refuse(new AppError('UNAUTHENTICATED').userMessage);

    const parsed = parse(formData);
    if (!parsed.success) return refuse(parsed.formError ?? INVALID_FORM_MESSAGE, { fieldErrors: parsed.fieldErrors satisfies FieldErrors });

    const tags = new Set<string>();
    let destination: string | undefined;
    let state: S | void;
    try {
      const permission = typeof options.permission === 'function' ? options.permission(parsed.data) : options.permission;
      await authorizeUser(user, permission, { allowMfaSetup: options.allowMfaSetup });
      const requestHeaders = await headers();
      const context: ActionContext = {
        user,
        actor: user,
        db: getDb(),
        ipAddress: getClientAddress(requestHeaders),
        deviceId: findDeviceId(requestHeaders, user.email),
        invalidate: (list) => {
          for (const tag of list) tags.add(tag);
        },
        redirectTo: (path) => {
          destination = path;
        },
      };
      state = await run(parsed.data, context);
    } catch (error) {
      return fromError(error, parsed.data);
    }
    for (const tag of tags) updateTag(tag);
    if (destination) redirect(destination);
    return state ?? ({ status: 'success' } as S);
  };
}

/** The wrapper with a zod schema: fields typed from it. */
export function authorizedAction<Schema extends z.ZodObject>(
  options: Omit<StaffActionOptions<z.infer<Schema>, ActionState<z.infer<Schema>>>, 'parse'> & { schema: Schema },
  run: (data: z.infer<Schema>, context: ActionContext) => Promise<ActionState<z.infer<Schema>> | void>,
) {
  const { schema, ...rest } = options;
  return staffAction<z.infer<Schema>, ActionState<z.infer<Schema>>>({ ...rest, parse: schema }, run);
}
