import 'server-only';
import { CORS_HEADERS, isNotModified, jsonResponse } from '@/lib/api/http';
import { getSiteUrl } from '@/lib/env';
import { isDatabaseUnavailable } from '@/lib/errors';
import { createExportSlots } from '@/lib/projects/export-slots';
import { getClientAddress } from '@/lib/request';
import { findOpenDataCollection, OPEN_DATA_LICENCE } from './collections';
import { createDownloadStream, downloadFileName, readWholeCollection, type DownloadFormat } from './downloads';
import { collectionLastModified } from './last-modified';
import { buildTableSchema } from './table-schema';

const slots = createExportSlots();

function plainText(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });
}

/** A weak validator: the file is streamed, so its bytes are not hashed; the date of the last change stands for them. */
function weakEtag(key: string, format: string, lastModified: Date | null): string {
  return `W/"${key}-${format}-${lastModified?.getTime() ?? 0}"`;
}

const FILE = /^([a-z-]+)\.(csv|json|schema\.json)$/;

/** One download: a collection's CSV or JSON (streamed) or its Table Schema. */
export async function handleDownloadRequest(request: Request, fileName: string): Promise<Response> {
  const match = FILE.exec(fileName);
  const collection = match ? findOpenDataCollection(match[1]!) : undefined;
  if (!match || !collection) return plainText(404, 'Aucun fichier à cette adresse : la liste des téléchargements est sur /donnees.');
  const site = getSiteUrl();
  if (match[2] === 'schema.json') {
    return jsonResponse(buildTableSchema(collection.key, site), { request, lastModified: null, headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
  }
  const format = match[2] as DownloadFormat;
  let lastModified: Date | null;
  let items: Record<string, unknown>[] | undefined;
  try {
    lastModified = await collectionLastModified(collection.key);
    if (collection.key !== 'projets' && request.method !== 'HEAD' && !isNotModified(request.headers, weakEtag(collection.key, format, lastModified), lastModified)) {
      items = await readWholeCollection(collection.key, site);
    }
  } catch (error) {
    if (isDatabaseUnavailable(error)) return plainText(503, 'Le service est momentanément indisponible. Réessayez dans un instant.', { 'Retry-After': '30' });
    throw error;
  }
  const etag = weakEtag(collection.key, format, lastModified);
  const validators: Record<string, string> = { ETag: etag, ...(lastModified ? { 'Last-Modified': lastModified.toUTCString() } : {}) };
  if (isNotModified(request.headers, etag, lastModified)) return new Response(null, { status: 304, headers: { ...validators, ...CORS_HEADERS } });
  const headers = {
    'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8',
    'Content-Disposition': `attachment; filename="${downloadFileName(collection.key, format, new Date())}"`,
    // no-transform: see /projets/export.csv (gzip would read the whole body ahead of a slow client).
    'Cache-Control': 'public, max-age=0, must-revalidate, no-transform',
    Link: `<${OPEN_DATA_LICENCE.url}>; rel="license", <${site}${collection.schemaPath}>; rel="describedby"`,
    ...validators,
    ...CORS_HEADERS,
  };
  if (request.method === 'HEAD') return new Response(null, { headers });
  const release = slots.acquire(getClientAddress(request.headers));
  if (!release) return plainText(429, 'Trop de téléchargements en cours depuis votre adresse ou sur le serveur : réessayez dans un instant.', { 'Retry-After': '10' });
  return new Response(createDownloadStream({ key: collection.key, format, site, lastModified, ...(items ? { items } : {}), onFinish: release }), { headers });
}
