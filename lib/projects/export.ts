import 'server-only';
import pg from 'pg';
import { getRowStreamPool } from '@/lib/db/row-stream-pool';
import { Prisma } from '@/lib/generated/prisma/client';
import { CSV_DIALECTS, csvHeader, type CsvDialect } from './csv';
import { csvLineSql } from './csv-sql';
import type { ExportFormat, ProjectCursor, ProjectQuery } from './filter';
import { beyond, direction, filterConditions, isAscending, orderBy, PUBLIC_PROJECTS_FROM, sortColumn } from './sql';

const EXPORT_BATCH_SIZE = 1_000;

// Every column is bytea or text: the binary format hands bytea over as a Buffer
// (a slice of what the socket received), and text needs no binary decoding of numbers.
interface LineRow {
  /** One CSV line as UTF-8 bytes. */
  bytes: Uint8Array;
  sortValue: string;
  id: string;
}

interface Chunk {
  /** The batch's lines, joined. */
  bytes: Uint8Array;
  rowCount: number;
  lastValue: string | null;
  lastId: string | null;
}

type Query = Pick<ProjectQuery, 'filter' | 'sort' | 'order'>;

/** Runs a batch's query; results in PostgreSQL's binary format, so the bytes arrive as a Buffer, never as a string. */
export type ChunkReader = (sql: Prisma.Sql) => Promise<LineRow[]>;

interface TypeParsers {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => (value: Buffer) => unknown;
}

interface BinaryQueryable {
  query: (config: { text: string; values: unknown[]; binary: boolean; types: TypeParsers }) => Promise<{ rows: unknown[] }>;
}

const BYTEA = 17;

/** The batches through a pg pool, the bytes handed over as received. */
export function binaryPoolReader(pool: BinaryQueryable, defaultTypes: TypeParsers = pg.types as unknown as TypeParsers): ChunkReader {
  const types: TypeParsers = { getTypeParser: (oid, format) => (oid === BYTEA ? (value) => value : defaultTypes.getTypeParser(oid, format)) };
  return async (sql) => (await pool.query({ text: sql.text, values: sql.values, binary: true, types })).rows as LineRow[];
}

/**
 * One keyset batch, each line written by PostgreSQL (lib/projects/csv-sql.ts).
 * One result row per line rather than one string per batch: small rows are
 * slices of the socket's buffer, a large one is reassembled from it, copy after copy.
 */
async function readChunk(read: ChunkReader, query: Query, dialect: CsvDialect, position: Pick<ProjectCursor, 'value' | 'id'> | null, limit: number): Promise<Chunk> {
  const ascending = isAscending(query);
  const { values, line } = csvLineSql(dialect);
  // The batch is chosen first (an index range scan), then only its rows are formatted.
  const rows = await read(Prisma.sql`
    WITH batch AS (
      SELECT p."id" AS "id", ${sortColumn(query.sort)} AS "k"
      FROM ${PUBLIC_PROJECTS_FROM}
      WHERE ${filterConditions(query.filter)} ${position ? Prisma.sql`AND ${beyond(query.sort, position, ascending)}` : Prisma.empty}
      ORDER BY ${orderBy(query.sort, ascending)}
      LIMIT ${limit}
    )
    SELECT convert_to(${line}, 'UTF8') AS "bytes", batch."k"::text AS "sortValue", batch."id" AS "id"
    FROM batch
    JOIN "FundedProject" p ON p."id" = batch."id"
    JOIN "FundingProgramme" fp ON fp."id" = p."fundingProgrammeId"
    JOIN "Metropolis" m ON m."id" = p."metropolisId"
    -- OFFSET 0 keeps each value computed once per row (the planner would otherwise copy
    -- the expression into every place the line reads it).
    CROSS JOIN LATERAL (SELECT ${values} OFFSET 0) AS cells
    ORDER BY batch."k" ${direction(ascending)}, batch."id" ${direction(ascending)}`);
  const last = rows.at(-1);
  return { bytes: Buffer.concat(rows.map((row) => row.bytes)), rowCount: rows.length, lastValue: last?.sortValue ?? null, lastId: last?.id ?? null };
}

export interface ProjectCsvStreamOptions {
  query: Query;
  format: ExportFormat;
  /** Through the plain pg pool by default (lib/db/row-stream-pool.ts). */
  read?: ChunkReader;
  batchSize?: number;
  /** Called once the stream ends, fails or is cancelled by the client. */
  onFinish?: () => void;
}

/**
 * The CSV of a filter as a byte stream, in keyset batches: a batch is read
 * only when the client has taken the previous one (pull, one chunk queued),
 * and arrives as one string, so the server holds about one batch of text
 * whatever the size of the file. Rows published or withdrawn during a long
 * download may or may not be in it.
 */
export function createProjectCsvStream({ query, format, read, batchSize = EXPORT_BATCH_SIZE, onFinish = () => {} }: ProjectCsvStreamOptions): ReadableStream<Uint8Array> {
  const dialect = CSV_DIALECTS[format];
  const reader = read ?? binaryPoolReader(getRowStreamPool());
  const encoder = new TextEncoder();
  let position: Pick<ProjectCursor, 'value' | 'id'> | null = null;
  let isHeaderSent = false;
  let isLastBatch = false;
  let isFinished = false;
  const finish = () => {
    if (isFinished) return;
    isFinished = true;
    onFinish();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!isHeaderSent) {
          isHeaderSent = true;
          controller.enqueue(encoder.encode(csvHeader(dialect)));
          return;
        }
        try {
          const chunk = isLastBatch ? null : await readChunk(reader, query, dialect, position, batchSize);
          const rowCount = chunk?.rowCount ?? 0;
          if (!chunk || rowCount === 0) {
            controller.close();
            finish();
            return;
          }
          controller.enqueue(chunk.bytes);
          isLastBatch = rowCount < batchSize;
          position = { value: query.sort === 'titre' ? chunk.lastValue! : Number(chunk.lastValue), id: chunk.lastId! };
        } catch (error) {
          finish();
          // The status is already sent: the client sees a truncated download.
          controller.error(error);
        }
      },
      cancel() {
        finish();
      },
    },
    { highWaterMark: 1 },
  );
}
