'use server';

import type { SubscribeState } from '@/lib/newsletter/form-state';
import { handleSubscribeForm } from '@/lib/newsletter/subscribe-action';

export async function subscribeAction(_previous: SubscribeState, formData: FormData): Promise<SubscribeState> {
  return handleSubscribeForm(formData);
}
