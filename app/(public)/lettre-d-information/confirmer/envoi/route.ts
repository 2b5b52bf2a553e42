import type { NextRequest } from 'next/server';
import { handleConfirmPost } from '@/lib/newsletter/link-routes';

/** The confirmation button's POST (proxy.ts routes /lettre-d-information/confirmer?jeton=… here). */
export async function POST(request: NextRequest) {
  return handleConfirmPost(request);
}
