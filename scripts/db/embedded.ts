// Embedded PostgreSQL (PGlite, Postgres compiled to WebAssembly) served over the
// Postgres wire protocol, so the app, migrations and seed keep a single code path
// (@prisma/adapter-pg) whichever database they talk to (docs/decisions/002).
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const embeddedDataDir = path.resolve(import.meta.dirname, '../../.data/pglite');
const stateFile = path.resolve(import.meta.dirname, '../../.data/pglite-server.json');

export interface RunningDatabase {
  url: string;
  isEmbedded: boolean;
  stop: () => Promise<void>;
}

interface ServerState {
  pid: number;
  port: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function urlFor(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

/** URL of an embedded server already running in another process (e.g. `npm start`), if any. */
export async function findRunningEmbeddedServer(): Promise<string | undefined> {
  if (!existsSync(stateFile)) return undefined;
  const state = JSON.parse(await readFile(stateFile, 'utf8')) as ServerState;
  return isAlive(state.pid) && state.pid !== process.pid ? urlFor(state.port) : undefined;
}

/** dataDir 'memory://' gives a throwaway database. */
export async function startEmbeddedServer(options: { dataDir?: string; port?: number } = {}): Promise<RunningDatabase> {
  const dataDir = options.dataDir ?? embeddedDataDir;
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  // The search's contrib extensions (docs/decisions/017): a migration creates them, so they must be loadable.
  const db = await PGlite.create({ dataDir, extensions: { unaccent, pg_trgm } });
  // PGlite runs one statement at a time; the server queues statements from all
  // connections and, while one is in a transaction, serves only that connection.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: options.port ?? 0, maxConnections: 64 });
  await server.start();
  const address = server.getServerConn();
  const port = Number(address.split(':').pop());
  const isDefaultDir = dataDir === embeddedDataDir;
  if (isDefaultDir) await writeFile(stateFile, JSON.stringify({ pid: process.pid, port } satisfies ServerState));
  let stopped = false;
  return {
    url: urlFor(port),
    isEmbedded: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (isDefaultDir) await rm(stateFile, { force: true });
    },
  };
}
