import { getCatalogueTurtleText } from '@/lib/open-data/queries';

// The same DCAT-AP 3.0.1 catalogue in Turtle (docs/decisions/019).
export async function GET(): Promise<Response> {
  return new Response(await getCatalogueTurtleText(), {
    headers: { 'content-type': 'text/turtle; charset=utf-8', 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' },
  });
}
