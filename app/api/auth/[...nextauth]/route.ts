import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/config';
import { getSignInBlock } from '@/lib/auth/throttle';
import { getDb } from '@/lib/db';
import { isSameOriginRequest } from '@/lib/request';

export const GET = handlers.GET;

export async function POST(request: NextRequest) {
  // Auth.js has its own CSRF token; a same-origin check on top refuses cross-site
  // posts before they reach it (route handlers get no check from Next).
  if (!isSameOriginRequest(request)) {
    return Response.json({ erreur: 'Requête d’une autre origine refusée.' }, { status: 403 });
  }
  // HTTP clients of the credentials endpoint get a real 429 while throttled
  // (the sign-in form shows the same refusal in French).
  if (request.nextUrl.pathname.endsWith('/callback/credentials')) {
    const form = await request.clone().formData().catch(() => null);
    const blockedUntil = await getSignInBlock(getDb(), { email: String(form?.get('email') ?? ''), headers: request.headers });
    if (blockedUntil) {
      const retryAfter = Math.max(1, Math.ceil((blockedUntil.getTime() - Date.now()) / 1000));
      return Response.json(
        { erreur: 'Trop de tentatives de connexion. Réessayez plus tard.' },
        { status: 429, headers: { 'Retry-After': String(retryAfter) } },
      );
    }
  }
  return handlers.POST(request);
}
