// Databases for tests: each run creates its own PostgreSQL databases (cloned from
// a template migrated once per run) and drops them; the embedded variant uses a
// throwaway in-memory PGlite. Tests never touch the database DATABASE_URL names.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPrismaClient, type Database } from '../../lib/db/client';
import { startEmbeddedServer } from '../../scripts/db/embedded';
import { applyMigrations } from '../../scripts/db/migrations';

export const TEST_DATABASE_PREFIX = 'ess_test_';

/** A PostgreSQL server the tests may create databases on. */
export function postgresServerUrl(): string {
  const configured = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  return configured?.trim() || 'postgresql://postgres@127.0.0.1:5432/postgres';
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(postgresServerUrl(), 'postgres'), connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function isPostgresReachable(): Promise<boolean> {
  try {
    await withAdmin((client) => client.query('SELECT 1'));
    return true;
  } catch {
    return false;
  }
}

export function newRunPrefix(): string {
  return `${TEST_DATABASE_PREFIX}${randomBytes(3).toString('hex')}_`;
}

export function uniqueDatabaseName(runPrefix: string, label: string): string {
  return `${runPrefix}${label}_${randomBytes(3).toString('hex')}`;
}

export async function createPostgresDatabase(options: { name: string; template?: string }): Promise<string> {
  await withAdmin((client) =>
    client.query(`CREATE DATABASE "${options.name}"${options.template ? ` TEMPLATE "${options.template}"` : ''}`),
  );
  return databaseUrl(postgresServerUrl(), options.name);
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

export async function dropPostgresDatabasesLike(prefix: string): Promise<void> {
  await withAdmin(async (client) => {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`]);
    for (const row of rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  });
}

export interface TestDatabase {
  kind: 'postgres' | 'embedded';
  url: string;
  db: Database;
  drop: () => Promise<void>;
}

/** A migrated, empty PostgreSQL database of its own, cloned from the run's template. */
export async function createTestPostgresDatabase(options: { label: string; template: string }): Promise<TestDatabase> {
  const { label, template } = options;
  const name = uniqueDatabaseName(template.replace(/template_[0-9a-f]+$/, ''), label);
  const url = await createPostgresDatabase({ name, template });
  const db = createPrismaClient({ connectionString: url, poolMax: 4 });
  return {
    kind: 'postgres',
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await dropPostgresDatabase(name);
    },
  };
}

/** A migrated, empty embedded (PGlite) database, in memory. */
export async function createTestEmbeddedDatabase(): Promise<TestDatabase> {
  const server = await startEmbeddedServer({ dataDir: 'memory://' });
  await applyMigrations(server.url);
  const db = createPrismaClient({ connectionString: server.url, isEmbedded: true });
  return {
    kind: 'embedded',
    url: server.url,
    db,
    drop: async () => {
      await db.$disconnect();
      await server.stop();
    },
  };
}

/** Empties every application table (keeps the migrations table). */
export async function truncateAll(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
    );
    if (rows.length === 0) return;
    const list = rows.map((row) => `"public"."${row.tablename.replace(/"/g, '""')}"`).join(', ');
    await client.query(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
}
