import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { can, type Permission } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';

/** What the form's buttons ask for: keep as draft, send to review, put online. */
export type SaveIntent = 'save' | 'submit' | 'publish';

/** Workflow moves that change the status without new values. */
export type Transition = 'submit' | 'publish' | 'return_to_draft' | 'unpublish' | 'archive' | 'discard_draft';

export const SAVE_INTENTS = ['save', 'submit', 'publish'] as const satisfies readonly SaveIntent[];
export const TRANSITIONS = ['submit', 'publish', 'return_to_draft', 'unpublish', 'archive', 'discard_draft'] as const satisfies readonly Transition[];

export const INTENT_PERMISSION: Record<SaveIntent, Permission> = {
  save: 'content:edit',
  submit: 'content:submit',
  publish: 'content:publish',
};

export const TRANSITION_PERMISSION: Record<Transition, Permission> = {
  submit: 'content:submit',
  publish: 'content:publish',
  return_to_draft: 'content:publish',
  unpublish: 'content:publish',
  archive: 'content:publish',
  discard_draft: 'content:edit',
};

/** Vouching that an entry matches its sources is an editor's call, as publishing it is. */
export const VERIFY_PERMISSION: Permission = 'content:publish';

/** The engine checks the actor itself, whatever the caller did. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError('FORBIDDEN');
}
