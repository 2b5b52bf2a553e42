// The portal in production mode for the bench: built if needed, started on a
// given database, its memory read from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const buildIdFile = path.join(root, '.next/BUILD_ID');
// Pages rendered on their first visit are kept on disk here: a server started
// on another database must not find the previous one's.
const onDemandPagesDir = path.join(root, '.next/server/route-cache');
const SOURCES = ['app', 'components', 'lib', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'prisma/schema.prisma'];

function newestChange(entry: string): number {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stats = statSync(full);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(full).map((name) => newestChange(path.join(entry, name))));
}

/** A build is needed when there is none, or when a source changed since. */
export function isBuildStale(): boolean {
  if (!existsSync(buildIdFile)) return true;
  const builtAt = statSync(buildIdFile).mtimeMs;
  return SOURCES.some((source) => newestChange(source) > builtAt);
}

function serverEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    DATABASE_EMBEDDED: '0',
    AUTH_SECRET: randomBytes(32).toString('hex'),
    // All the bench's requests come from one address: the API's per-address limit
    // (600 a minute) would answer 429. Its counter still runs on every request,
    // so its cost stays in the figures.
    API_RATE_LIMIT_PER_MINUTE: '1000000',
  };
}

/** next build, reading from databaseUrl for the pages it prerenders. */
export async function build(databaseUrl: string): Promise<void> {
  const status = await new Promise<number>((resolve) => {
    spawn(process.execPath, [nextBin, 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: serverEnv(databaseUrl) }).on('exit', (code) => resolve(code ?? 1));
  });
  if (status !== 0) throw new Error(`next build a échoué (code ${status}).`);
}

export interface RunningServer {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startServer({ databaseUrl, port }: { databaseUrl: string; port: number }): Promise<RunningServer> {
  rmSync(onDemandPagesDir, { recursive: true, force: true });
  const child: ChildProcess = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: serverEnv(databaseUrl) });
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Le serveur s’est arrêté au démarrage (code ${child.exitCode}).`);
    try {
      if ((await fetch(`${origin}/api/sante`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error('Le serveur ne répond pas après 60 s.');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { origin, pid: child.pid!, stop };
}

function childrenOf(pid: number): number[] {
  const tasks = `/proc/${pid}/task`;
  if (!existsSync(tasks)) return [];
  return readdirSync(tasks).flatMap((task) => {
    try {
      return readFileSync(`${tasks}/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
}

/** Resident memory of a process and its descendants, in bytes (VmRSS from /proc). */
export function residentBytes(pid: number): number {
  let total = 0;
  for (const id of [pid, ...childrenOf(pid).flatMap((child) => [child, ...childrenOf(child)])]) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}
