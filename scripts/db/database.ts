// The one place that decides which database a command talks to:
// DATABASE_URL when set, otherwise the embedded PGlite database in .data/
// (or in EMBEDDED_DATA_DIR, which the tests use for a throwaway one).
import { findRunningEmbeddedServer, startEmbeddedServer, type RunningDatabase } from './embedded';

export async function openDatabase(): Promise<RunningDatabase> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) return { url: configured, isEmbedded: false, stop: async () => {} };
  // The embedded folder can only be opened by one process: reuse a running server.
  const dataDir = process.env.EMBEDDED_DATA_DIR?.trim() || undefined;
  if (!dataDir) {
    const running = await findRunningEmbeddedServer();
    if (running) return { url: running, isEmbedded: true, stop: async () => {} };
  }
  return startEmbeddedServer({ dataDir });
}

export async function withDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const database = await openDatabase();
  try {
    return await run(database.url);
  } finally {
    await database.stop();
  }
}
