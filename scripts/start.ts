// npm start: the portal in production mode on one command. Opens the database
// (DATABASE_URL, or the embedded one), applies migrations, seeds an empty
// database, builds, then serves on PORT (3000). `--dev` serves `next dev` instead.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { createPrismaClient } from '../lib/db/client';
import { isDatabaseSeeded, seedDatabase } from '../lib/seed';
import { ensureAuthSecret } from './auth-secret';
import { openDatabase } from './db/database';
import { applyMigrations } from './db/migrations';

const isDev = process.argv.includes('--dev');
// Run Next's CLI directly (not through npx) so signals reach the server itself.
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const port = process.env.PORT ?? '3000';

const database = await openDatabase();
console.log(database.isEmbedded ? `Base embarquée (PGlite) : ${database.url}` : 'Base PostgreSQL : DATABASE_URL');

// Lets tests reach a database whose address is only known here (the in-memory one).
if (process.env.DATABASE_URL_FILE) {
  await mkdir(path.dirname(process.env.DATABASE_URL_FILE), { recursive: true });
  await writeFile(process.env.DATABASE_URL_FILE, database.url);
}

const applied = await applyMigrations(database.url);
if (applied.length > 0) console.log(`Migrations appliquées : ${applied.join(', ')}`);

const db = createPrismaClient({ connectionString: database.url, isEmbedded: database.isEmbedded });
if (!(await isDatabaseSeeded(db))) {
  console.log('Base vide : chargement des données initiales…');
  await seedDatabase(db);
}
await db.$disconnect();

const env = {
  ...process.env,
  AUTH_SECRET: await ensureAuthSecret(),
  DATABASE_URL: database.url,
  DATABASE_EMBEDDED: database.isEmbedded ? '1' : '0',
  NEXT_TELEMETRY_DISABLED: '1',
};

if (!isDev && process.env.SKIP_BUILD !== '1') {
  // Not spawnSync: the embedded database is served from this process's event loop.
  const buildStatus = await new Promise<number>((resolve) => {
    spawn(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env }).on('exit', (code) => resolve(code ?? 1));
  });
  if (buildStatus !== 0) {
    await database.stop();
    process.exit(buildStatus);
  }
}

const server = spawn(process.execPath, [nextBin, isDev ? 'dev' : 'start', '-p', port], { stdio: 'inherit', env });
console.log(`Portail : http://localhost:${port}`);

let isStopping = false;
async function stop(code: number) {
  if (isStopping) return;
  isStopping = true;
  server.kill('SIGTERM');
  await database.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
server.on('exit', (code) => void stop(code ?? 0));
