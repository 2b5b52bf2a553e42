import type { NextRequest } from 'next/server';
import { handleUnsubscribePost } from '@/lib/newsletter/link-routes';

/** The unsubscribe button's POST and the RFC 8058 one-click POST (proxy.ts routes them here). */
export async function POST(request: NextRequest) {
  return handleUnsubscribePost(request);
}
