import type { FieldErrors, RawValues } from './fields';

/** What the other person saved while this form was open, formatted for reading. */
export interface ConflictView {
  savedBy: string | null;
  savedAt: string;
  statusLabel: string;
  changes: Array<{ name: string; label: string; theirs: string; yours: string }>;
}

/**
 * State of an editing form after a refused submit. Success redirects to the
 * entry's page, so it has no state. `key` remounts the form with `values`:
 * everything the person typed comes back, whatever the control.
 */
export type ContentFormState =
  | { status: 'idle' }
  | {
      status: 'error';
      key: string;
      formError: string;
      fieldErrors: FieldErrors;
      values: RawValues;
      /** The version to send next (the newer one after a conflict, so saving again is a deliberate choice). */
      version?: number;
      conflict?: ConflictView;
    };

export const idleContentFormState: ContentFormState = { status: 'idle' };

/** Simple state of the workflow, trash and restore buttons. */
export type ContentActionState = { status: 'idle' } | { status: 'error'; message: string; needsConfirmation?: boolean };

export const idleContentActionState: ContentActionState = { status: 'idle' };
