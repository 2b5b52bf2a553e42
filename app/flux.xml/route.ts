import { getFeed } from '@/lib/feeds/queries';
import { parseFeedQuery } from '@/lib/feeds/filter';

// The Atom feed (RFC 4287): `/flux.xml`, `?metropole=<slug>`, `?theme=<slug>` (docs/decisions/014).

function plainText(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

export async function GET(request: Request): Promise<Response> {
  const query = parseFeedQuery(new URL(request.url).searchParams);
  if (!query.ok) return plainText(400, query.message);
  const result = await getFeed(query.filter);
  if (result.kind === 'unknown') return plainText(404, result.message);
  return new Response(result.xml, {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
}
