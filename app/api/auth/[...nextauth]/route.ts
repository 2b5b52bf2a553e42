import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/config';
import { findSignInBlock } from '@/lib/auth/throttle';
import { isAppError } from '@/lib/errors';
import { isSameOriginRequest } from '@/lib/request';

export const GET = handlers.GET;

function throttled(retryAfterSeconds: number) {
  return Response.json(
    { erreur: 'Trop de tentatives de connexion. Réessayez plus tard.' },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' } },
  );
}

function unavailable() {
  return Response.json(
    { erreur: 'Le service est momentanément indisponible. Réessayez dans un instant.' },
    { status: 503, headers: { 'Retry-After': '30', 'Cache-Control': 'no-store' } },
  );
}

export async function POST(request: NextRequest) {
  // Auth.js has its own CSRF token; a same-origin check on top refuses cross-site
  // posts before they reach it (route handlers get no check from Next).
  if (!isSameOriginRequest(request)) {
    return Response.json({ erreur: 'Requête d’une autre origine refusée.' }, { status: 403 });
  }
  // HTTP clients of the credentials endpoint get a real 429 while throttled, and
  // a 503 during an outage (the sign-in form says the same in French).
  if (request.nextUrl.pathname.endsWith('/callback/credentials')) {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get('email') ?? '');
    const block = () => findSignInBlock({ email, headers: request.headers });
    try {
      const retryAfter = await block();
      if (retryAfter) return throttled(retryAfter);
      const response = await handlers.POST(request);
      // The atomic decision is made during sign-in: a refusal there is told the same way.
      const refusal = new URL(response.headers.get('location') ?? '/', request.url).searchParams.get('code');
      if (refusal === 'unavailable') return unavailable();
      if (refusal === 'throttled') return throttled((await block()) ?? 60);
      return response;
    } catch (error) {
      if (isAppError(error, 'UNAVAILABLE')) return unavailable();
      throw error;
    }
  }
  return handlers.POST(request);
}
