import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';

// A second server from the same build, whose database does not answer: the
// health check must say so with a 503 quickly, and pages must not hang.
const port = 3299;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  server = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    env: { ...process.env, DATABASE_URL: 'postgresql://postgres@127.0.0.1:9/indisponible', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  await expect
    .poll(async () => fetch(`http://127.0.0.1:${port}/robots.txt`).then(() => true, () => false), { timeout: 30_000 })
    .toBe(true);
});

test.afterAll(() => {
  server?.kill('SIGTERM');
});

test('/api/sante répond 503 quand la base est injoignable', async ({ request }) => {
  const started = Date.now();
  const response = await request.get(`http://127.0.0.1:${port}/api/sante`);
  expect(response.status()).toBe(503);
  expect(await response.json()).toMatchObject({ statut: 'indisponible' });
  expect(Date.now() - started).toBeLessThan(8_000);
});
