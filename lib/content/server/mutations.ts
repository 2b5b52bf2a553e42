// The editing engine's writes, one module per verb (ADR 006).
export { createEntry } from './create-entry';
export { restoreRevision, saveEntry, type SaveEntryOptions } from './save-entry';
export { transitionEntry } from './transition-entry';
export { emptyTrash, restoreFromTrash, trashEntry } from './trash';
export { verifyEntry, type VerifyEntryOptions } from './verify-entry';
export { INTENT_PERMISSION, TRANSITION_PERMISSION, VERIFY_PERMISSION, type SaveIntent, type Transition } from './permissions';
export type { MutationContext, MutationResult } from './write';
