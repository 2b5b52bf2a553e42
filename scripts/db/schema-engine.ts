// Prisma's schema engine compiled to WebAssembly: migrations without the native
// binary that the Prisma CLI would download (docs/decisions/001).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

const require = createRequire(import.meta.url);

async function loadSchemaEngineClass(): Promise<typeof SchemaEngine> {
  const bindingsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const packageDir = path.dirname(bindingsPath);
  // Node 20 cannot import a .wasm module without a flag: instantiate it by hand.
  const bindings = await import(pathToFileURL(bindingsPath).href);
  const bytes = await readFile(path.join(packageDir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return bindings.SchemaEngine as typeof SchemaEngine;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

// The engine reads pg_catalog columns of type "char" (OID 18) when it describes a
// schema, and @prisma/adapter-pg 7.10 has no mapping for that type: report them as
// text, which is what they hold (one-letter codes such as relkind).
class CatalogFriendlyClient extends pg.Client {
  // @ts-expect-error pg's overloads cannot be re-declared one by one.
  override query(...args: unknown[]) {
    const callback = args.findIndex((arg) => typeof arg === 'function');
    if (callback >= 0) {
      const original = args[callback] as (error: Error | undefined, result: pg.QueryResult) => void;
      args[callback] = (error: Error | undefined, result: pg.QueryResult) => {
        for (const field of result?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
        original(error, result);
      };
    }
    // @ts-expect-error forwarding the same arguments.
    return super.query(...args);
  }
}

function createPool(connectionString: string) {
  const pool = new pg.Pool({
    connectionString,
    max: 1,
    Client: CatalogFriendlyClient as unknown as typeof pg.Client,
    connectionTimeoutMillis: 10_000,
  });
  pool.on('error', () => {});
  return pool;
}

// PrismaPg splits scripts on ';', which breaks dollar-quoted function bodies in
// hand-written migration SQL: send each migration whole, as PostgreSQL parses it.
function wholeScripts<C extends { executeScript: (script: string) => Promise<void> }>(connection: C, pool: pg.Pool): C {
  connection.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return connection;
}

let engineClass: Promise<typeof SchemaEngine> | undefined;

export interface SchemaEngineOptions {
  connectionString: string;
  /** Empty database the engine may replay migrations on (needed by diffs from migrations). */
  shadowConnectionString?: string;
}

export async function withSchemaEngine<T>(
  { connectionString, shadowConnectionString }: SchemaEngineOptions,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  engineClass ??= loadSchemaEngineClass();
  const Engine = await engineClass;
  const mainPool = createPool(connectionString);
  const shadowPool = shadowConnectionString ? createPool(shadowConnectionString) : undefined;
  const pools = shadowPool ? [mainPool, shadowPool] : [mainPool];
  const main = new PrismaPg(mainPool);
  // PrismaPg's own shadow database keeps the connection string's database name,
  // so it would replay migrations onto the main database: point it elsewhere.
  const shadow = shadowPool ? new PrismaPg(shadowPool) : undefined;
  const adapter = bindMigrationAwareSqlAdapterFactory({
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => wholeScripts(await main.connect(), mainPool),
    connectToShadowDb: async () => {
      if (!shadow || !shadowPool) throw new Error('Aucune base fantôme configurée.');
      return wholeScripts(await shadow.connect(), shadowPool);
    },
  });
  const logs: string[] = [];
  const engine = await Engine.new({ datamodels: undefined }, (line: string) => logs.push(line), adapter);
  try {
    return await run(engine);
  } catch (error) {
    if (logs.length > 0) console.error(logs.slice(-20).join('\n'));
    throw error;
  } finally {
    engine.free();
    await Promise.all(pools.map((pool) => pool.end().catch(() => {})));
  }
}
