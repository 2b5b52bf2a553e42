import { getCatalogueJsonLdText } from '@/lib/open-data/queries';

// The DCAT-AP 3.0.1 catalogue of the open data, in JSON-LD (docs/decisions/019).
export async function GET(): Promise<Response> {
  return new Response(await getCatalogueJsonLdText(), {
    headers: { 'content-type': 'application/ld+json; charset=utf-8', 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' },
  });
}
