import 'server-only';
import { getCollectionItems } from '@/lib/api/queries';
import { readProjetPage, type ProjectListQuery } from '@/lib/api/items';
import type { RowReader } from '@/lib/projects/explorer';
import { getRowStreamPool } from '@/lib/db/row-stream-pool';
import type { Prisma } from '@/lib/generated/prisma/client';
import { OPEN_DATA_LICENCE, type OpenDataCollectionKey } from './collections';
import { csvHeaderLine, csvLine } from './table-schema';

export type DownloadFormat = 'csv' | 'json';

const BATCH_SIZE = 1_000;
const ALL_PROJECTS: ProjectListQuery = { filter: {}, sort: 'annee', order: 'decroissant' };

/** Batches through the plain pg pool (lib/db/row-stream-pool.ts), not Prisma's: a 100 000-row download holds one batch at a time. */
export function rowStreamReader(): RowReader {
  const pool = getRowStreamPool();
  return async <T,>(sql: Prisma.Sql) => (await pool.query({ text: sql.text, values: sql.values as unknown[] })).rows as T[];
}

type Item = Record<string, unknown>;

/**
 * The items of a small collection, read before the response starts: a cached
 * read needs the request's context, which a stream pulled later no longer has.
 */
export async function readWholeCollection(key: Exclude<OpenDataCollectionKey, 'projets'>, site: string): Promise<Item[]> {
  return (await getCollectionItems(key, site)) as Item[];
}

/** Items of a collection, in batches: projects by keyset pages (pulled as the client reads), the others as given. */
async function* itemBatches(key: OpenDataCollectionKey, site: string, read: RowReader, batchSize: number, items: Item[] | undefined): AsyncGenerator<Item[]> {
  if (key !== 'projets') {
    if (!items) throw new Error(`les éléments de ${key} se lisent avant le flux (readWholeCollection)`);
    yield items;
    return;
  }
  let after: ProjectListQuery['after'];
  for (;;) {
    const page = await readProjetPage(read, { site }, { ...ALL_PROJECTS, ...(after ? { after } : {}) }, batchSize);
    if (page.items.length > 0) yield page.items as Item[];
    if (!page.next) return;
    after = page.next;
  }
}

export interface DownloadStreamOptions {
  key: OpenDataCollectionKey;
  format: DownloadFormat;
  site: string;
  lastModified: Date | null;
  read?: RowReader;
  batchSize?: number;
  /** Every item of a collection other than projects (readWholeCollection). */
  items?: Item[];
  onFinish?: () => void;
}

/**
 * A collection as CSV (UTF-8 without BOM, comma, CRLF: the open-data dialect of
 * /projets/export.csv) or JSON (the API's list shape, data streamed), pulled one
 * batch at a time.
 */
export function createDownloadStream({ key, format, site, lastModified, read, batchSize = BATCH_SIZE, items, onFinish = () => {} }: DownloadStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let batches: AsyncGenerator<Item[]> | undefined;
  let isFirstItem = true;
  let isFinished = false;
  const finish = () => {
    if (isFinished) return;
    isFinished = true;
    onFinish();
  };
  const head =
    format === 'csv'
      ? csvHeaderLine(key)
      : `{"licence":${JSON.stringify({ id: OPEN_DATA_LICENCE.id, name: OPEN_DATA_LICENCE.name, url: OPEN_DATA_LICENCE.url })},"lastModified":${JSON.stringify(lastModified?.toISOString() ?? null)},"data":[`;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!batches) {
          batches = itemBatches(key, site, read ?? rowStreamReader(), batchSize, items);
          controller.enqueue(encoder.encode(head));
          return;
        }
        try {
          const next = await batches.next();
          if (next.done) {
            if (format === 'json') controller.enqueue(encoder.encode(']}\n'));
            controller.close();
            finish();
            return;
          }
          let text = '';
          for (const item of next.value) {
            if (format === 'csv') text += csvLine(key, item);
            else {
              text += `${isFirstItem ? '' : ','}\n${JSON.stringify(item)}`;
              isFirstItem = false;
            }
          }
          controller.enqueue(encoder.encode(text));
        } catch (error) {
          finish();
          controller.error(error);
        }
      },
      async cancel() {
        finish();
        await batches?.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

export function downloadFileName(key: OpenDataCollectionKey, format: DownloadFormat, at: Date): string {
  const parts = Object.fromEntries(PARIS_DAY.formatToParts(at).map((part) => [part.type, part.value]));
  return `observatoire-ess_${key}_${parts.year}-${parts.month}-${parts.day}.${format}`;
}
