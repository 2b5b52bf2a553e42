import type { NextRequest } from 'next/server';
import { isDatabaseUnavailable } from '@/lib/errors';
import { exportFileName, LICENCE_NAME, LICENCE_URL } from '@/lib/projects/csv';
import { createExportSlots } from '@/lib/projects/export-slots';
import { createProjectCsvStream } from '@/lib/projects/export';
import { findUnknownFilterValues } from '@/lib/projects/explorer';
import { EXPORT_FORMAT_PARAM, parseExportFormat, parseProjectQuery } from '@/lib/projects/filter';
import { unknownValueMessage } from '@/lib/projects/labels';
import { getClientAddress } from '@/lib/request';

const slots = createExportSlots();

function plainText(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });
}

/**
 * The CSV of the explorer's current filter (same parameters as /projets, plus
 * format=excel), streamed from keyset batches. A GET that only reads published
 * rows: it needs no CSRF token and changes nothing.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const format = parseExportFormat(params.get(EXPORT_FORMAT_PARAM));
  const parsed = parseProjectQuery(params, { extraParams: [EXPORT_FORMAT_PARAM], allowCursor: false });
  const problems = [
    ...(format ? [] : [`Le format « ${params.get(EXPORT_FORMAT_PARAM)} » n’existe pas : valeurs possibles csv (par défaut) et excel.`]),
    ...(parsed.success ? [] : parsed.issues.map((issue) => issue.message)),
  ];
  if (!format || !parsed.success) return plainText(400, `Téléchargement impossible :\n- ${problems.join('\n- ')}`);

  try {
    const unknown = await findUnknownFilterValues({ filter: parsed.query.filter });
    if (unknown.length > 0) return plainText(404, `Téléchargement impossible :\n- ${unknown.map(unknownValueMessage).join('\n- ')}`);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return plainText(503, 'Le service est momentanément indisponible. Réessayez dans un instant.', { 'Retry-After': '30' });
    throw error;
  }

  const release = slots.acquire(getClientAddress(request.headers));
  if (!release) return plainText(429, 'Trop de téléchargements en cours depuis votre adresse ou sur le serveur : réessayez dans un instant.', { 'Retry-After': '10' });

  const extractedAt = new Date();
  return new Response(createProjectCsvStream({ query: parsed.query, format, onFinish: release }), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="${exportFileName(format, extractedAt)}"`,
      // no-transform keeps Next's gzip off this response: its compression stream
      // reads the whole body ahead of a slow client (measured: the server's memory
      // grew by the size of the file), where an identity body follows the client's pace.
      'Cache-Control': 'no-store, no-transform',
      Link: `<${LICENCE_URL}>; rel="license"`,
      'X-Licence': LICENCE_NAME,
      'X-Date-Extraction': extractedAt.toISOString(),
    },
  });
}
