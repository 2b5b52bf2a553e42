import 'server-only';
import type { DbClient } from '@/lib/db/client';
import { CSV_DIALECTS, csvHeader, csvRow } from './csv';
import { iterateProjectRows } from './explorer';
import type { ExportFormat, ProjectQuery } from './filter';

export interface ProjectCsvStreamOptions {
  query: Pick<ProjectQuery, 'filter' | 'sort' | 'order'>;
  format: ExportFormat;
  db?: DbClient;
  batchSize?: number;
  /** Called once the stream ends, fails or is cancelled by the client. */
  onFinish?: () => void;
}

/**
 * The CSV of a filter as a byte stream: a batch is read from PostgreSQL only
 * when the client has taken the previous one (pull, one chunk queued), so the
 * server holds one batch of rows whatever the size of the file.
 */
export function createProjectCsvStream({ query, format, db, batchSize, onFinish = () => {} }: ProjectCsvStreamOptions): ReadableStream<Uint8Array> {
  const dialect = CSV_DIALECTS[format];
  const encoder = new TextEncoder();
  const batches = iterateProjectRows({ query, db, batchSize });
  let isHeaderSent = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!isHeaderSent) {
          isHeaderSent = true;
          controller.enqueue(encoder.encode(csvHeader(dialect)));
          return;
        }
        try {
          const { value, done } = await batches.next();
          if (done) {
            controller.close();
            onFinish();
            return;
          }
          controller.enqueue(encoder.encode(value.map((row) => csvRow(row, dialect)).join('')));
        } catch (error) {
          onFinish();
          // The status is already sent: the client sees a truncated download.
          controller.error(error);
        }
      },
      async cancel() {
        onFinish();
        await batches.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
