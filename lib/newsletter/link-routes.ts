import 'server-only';
import type { NextRequest } from 'next/server';
import { isDatabaseUnavailable } from '@/lib/errors';
import { newsletterContext } from './context';
import { LINK_REFUSAL_PATH } from './refusals';
import { confirmSubscription, unsubscribe, type LinkOutcome } from './subscription';

// The POST handlers behind the links' pages (proxy.ts sends the pages' POSTs
// here, query string kept). The token in the address is the only credential: no
// cookie is read, so a mail client's cross-site one-click POST (RFC 8058) works
// as well as the page's button.

const NO_STORE = { 'Cache-Control': 'no-store' };

const seeOther = (location: string) => new Response(null, { status: 303, headers: { ...NO_STORE, Location: location } });
const plainText = (status: number, text: string) => new Response(`${text}\n`, { status, headers: { ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' } });
const unavailable = () => new Response('Service momentanément indisponible. Réessayez dans un instant.\n', { status: 503, headers: { ...NO_STORE, 'Retry-After': '30', 'Content-Type': 'text/plain; charset=utf-8' } });

async function run(step: () => Promise<LinkOutcome>): Promise<LinkOutcome | Response> {
  try {
    return await step();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return unavailable();
    throw error;
  }
}

export async function handleConfirmPost(request: NextRequest): Promise<Response> {
  const token = request.nextUrl.searchParams.get('jeton');
  const outcome = await run(() => confirmSubscription(newsletterContext(), token));
  if (outcome instanceof Response) return outcome;
  return seeOther(outcome.ok ? '/lettre-d-information/confirmee' : `${LINK_REFUSAL_PATH}/${outcome.reason}`);
}

/** RFC 8058: the mail client posts `List-Unsubscribe=One-Click` (form-encoded) to the header's address. */
export async function isOneClickPost(request: Request): Promise<boolean> {
  const body = await request.text().catch(() => '');
  return new URLSearchParams(body.slice(0, 1000)).get('List-Unsubscribe') === 'One-Click';
}

export async function handleUnsubscribePost(request: NextRequest): Promise<Response> {
  const token = request.nextUrl.searchParams.get('jeton');
  const isOneClick = await isOneClickPost(request);
  const outcome = await run(() => unsubscribe(newsletterContext(), token));
  if (outcome instanceof Response) return outcome;
  if (isOneClick) {
    // Already unsubscribed is done as well, for a mail client.
    return outcome.ok || outcome.reason === 'utilise' ? plainText(200, 'Désinscription effectuée.') : plainText(400, 'Lien de désinscription invalide.');
  }
  return seeOther(outcome.ok ? '/lettre-d-information/desinscrite' : `${LINK_REFUSAL_PATH}/${outcome.reason}`);
}
