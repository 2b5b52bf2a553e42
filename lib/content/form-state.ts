import type { ActionState } from '@/lib/action-state';
import type { RawValues } from './fields';

/** What the other person saved while this form was open, formatted for reading. */
export interface ConflictView {
  savedBy: string | null;
  savedAt: string;
  statusLabel: string;
  changes: Array<{ name: string; label: string; theirs: string; yours: string }>;
}

/**
 * State of an editing form after a refused submit (success redirects to the
 * entry's page). `key` remounts the form with `values`: everything the person
 * typed comes back, whatever the control.
 */
export type ContentFormState = ActionState<
  RawValues,
  object,
  {
    /** The version to send next (the newer one after a conflict, so saving again is a deliberate choice). */
    version?: number;
    conflict?: ConflictView;
  },
  RawValues
>;

export const idleContentFormState: ContentFormState = { status: 'idle' };

/** State of the workflow, trash and restore buttons. */
export type ContentActionState = ActionState<Record<string, string>, object, { needsConfirmation?: boolean }>;

export const idleContentActionState: ContentActionState = { status: 'idle' };
