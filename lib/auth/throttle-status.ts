import 'server-only';
import { getDb } from '@/lib/db';
import { getClientAddress } from '@/lib/request';
import { getBlockedUntil, throttleKeys } from './throttle';

/** Until when sign-ins for this e-mail from this request's address are held back, or null. */
export async function findSignInBlock({ email, headers }: { email: string; headers: Headers }): Promise<Date | null> {
  return getBlockedUntil(getDb(), throttleKeys(email, getClientAddress(headers)));
}
