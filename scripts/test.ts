// npm test: the whole suite. Type-check, unit and integration tests (Vitest, on
// PostgreSQL and on the embedded database), then end-to-end tests (Playwright in
// Debian's Chromium) against the built portal. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import {
  createPostgresDatabase,
  dropPostgresDatabase,
  isPostgresReachable,
  newRunPrefix,
  uniqueDatabaseName,
} from '../tests/setup/databases';

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}
const totals: Totals = { passed: 0, failed: 0, skipped: 0 };

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

mkdirSync('test-results', { recursive: true });

// A check that is not a test runner counts as one test.
const typecheck = run('Vérification des types (tsc)', 'npx', ['tsc', '--noEmit']);
totals[typecheck === 0 ? 'passed' : 'failed'] += 1;
const lint = run('Analyse statique (ESLint)', 'npx', ['eslint', '.']);
totals[lint === 0 ? 'passed' : 'failed'] += 1;

const vitestReport = 'test-results/vitest.json';
rmSync(vitestReport, { force: true });
const vitest = run('Tests unitaires et d’intégration (Vitest)', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestReport}`,
]);
const vitestResults = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(vitestReport);
if (vitestResults) {
  totals.passed += vitestResults.numPassedTests;
  totals.failed += vitestResults.numFailedTests;
  totals.skipped += vitestResults.numPendingTests + vitestResults.numTodoTests;
}
if (vitest !== 0 && (!vitestResults || vitestResults.numFailedTests === 0)) totals.failed += 1;

const chromium = run('Navigateur (Chromium)', 'bash', ['scripts/ensure-chromium.sh']);
let e2eDatabase: string | undefined;
const e2eEnv: NodeJS.ProcessEnv = { ...process.env };
if (await isPostgresReachable()) {
  e2eDatabase = uniqueDatabaseName(newRunPrefix(), 'e2e');
  e2eEnv.E2E_DATABASE_URL = await createPostgresDatabase({ name: e2eDatabase });
}
const playwrightReport = 'test-results/playwright.json';
rmSync(playwrightReport, { force: true });
try {
  if (chromium === 0) {
    const playwright = run('Tests de bout en bout (Playwright)', 'npx', ['playwright', 'test'], e2eEnv);
    const stats = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(playwrightReport)?.stats;
    if (stats) {
      totals.passed += stats.expected;
      totals.failed += stats.unexpected + stats.flaky;
      totals.skipped += stats.skipped;
    }
    if (playwright !== 0 && (!stats || stats.unexpected + stats.flaky === 0)) totals.failed += 1;
  } else {
    totals.failed += 1;
  }
} finally {
  if (e2eDatabase) await dropPostgresDatabase(e2eDatabase);
}

// Last, as it rebuilds .next: the README's first command on the embedded database.
const smoke = run('Premier lancement sans DATABASE_URL (base embarquée)', 'npx', ['tsx', 'scripts/smoke-first-run.ts']);
totals[smoke === 0 ? 'passed' : 'failed'] += 1;

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
