import type { ActionState } from '@/lib/action-state';
import type { SubscribeInput } from './schema';

/** What the form typed, given back on a refusal (React 19 resets the form after an action). */
export interface SubscribeEcho {
  email: string;
  lists: string[];
  consent: boolean;
}

export type SubscribeState = ActionState<Pick<SubscribeInput, 'email' | 'lists' | 'consent'>, object, object, SubscribeEcho>;
