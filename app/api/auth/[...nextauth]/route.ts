import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/config';
import { isSameOriginRequest } from '@/lib/request';

export const GET = handlers.GET;

// Auth.js has its own CSRF token; a same-origin check on top refuses cross-site
// posts before they reach it (route handlers get no check from Next).
export async function POST(request: NextRequest) {
  if (!isSameOriginRequest(request)) {
    return Response.json({ erreur: 'Requête d’une autre origine refusée.' }, { status: 403 });
  }
  return handlers.POST(request);
}
