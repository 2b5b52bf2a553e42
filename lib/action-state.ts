// The one state family of staff actions (client-safe: forms read it with useActionState).

export type FieldErrors<F = Record<string, unknown>> = Partial<Record<keyof F & string, string[]>>;

/** What a form sends back by default: its text fields, secrets left out. */
export type EchoedValues<F> = Partial<Record<keyof F & string, string>>;

/**
 * idle → error (refused: a French reason in `formError`, messages per field, and
 * what the person typed, so nothing is lost; a fresh `key` remounts the form with
 * those values) or success. `Success` and `Failure` add what a given action shows.
 */
export type ActionState<F = Record<string, unknown>, Success extends object = { secret?: string }, Failure extends object = object, Values = EchoedValues<F>> =
  | { status: 'idle' }
  | ({ status: 'error'; key?: string; formError?: string; fieldErrors: FieldErrors<F>; values?: Values } & Failure)
  | ({ status: 'success'; message?: string } & Success);

export const idleState = { status: 'idle' } as const;
