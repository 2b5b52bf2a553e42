import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

// The portal under test runs through the same launcher as `npm start`: migrate,
// seed, build, serve. scripts/test.ts gives it a PostgreSQL database of its own
// (E2E_DATABASE_URL); without one it uses a throwaway in-memory embedded database.
export const E2E_DATABASE_URL_FILE = '.data/e2e-database-url';

const serverEnv: Record<string, string> = {
  PORT: String(port),
  DATABASE_URL_FILE: E2E_DATABASE_URL_FILE,
  SITE_URL: baseURL,
  ...(process.env.E2E_DATABASE_URL
    ? { DATABASE_URL: process.env.E2E_DATABASE_URL }
    : { DATABASE_URL: '', EMBEDDED_DATA_DIR: 'memory://' }),
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL,
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: /\.serial\.spec\.ts$/ },
    // Specs that change site-wide settings run alone, after all the others.
    {
      name: 'reglages-globaux',
      use: { ...devices['Desktop Chrome'] },
      testMatch: /\.serial\.spec\.ts$/,
      dependencies: ['chromium'],
      fullyParallel: false,
    },
  ],
  webServer: {
    command: 'npx tsx scripts/start.ts',
    url: `${baseURL}/api/sante`,
    env: serverEnv,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
