// The README's first command on a machine without DATABASE_URL: the launcher must
// create the embedded database, migrate, seed, build and serve the seeded portal.
// Run by `npm test` after the browser tests (it rebuilds .next).
import { spawn } from 'node:child_process';

const port = 3211;
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
  env: { ...process.env, DATABASE_URL: '', EMBEDDED_DATA_DIR: 'memory://', PORT: String(port), SITE_URL: base },
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
});

async function waitForHealth(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/api/sante`).then((r) => r.ok, () => false);
    if (ok) return;
    if (server.exitCode !== null) throw new Error(`le lanceur s’est arrêté (code ${server.exitCode})`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error('le portail n’a pas répondu à temps');
}

let failure: string | undefined;
try {
  await waitForHealth(Date.now() + 8 * 60_000);
  const directory = await (await fetch(`${base}/metropoles`)).text();
  const profiles = new Set(directory.match(/href="\/metropoles\/[a-z0-9-]+"/g));
  if (profiles.size !== 22) failure = `/metropoles liste ${profiles.size} métropoles au lieu de 22`;
  const mel = await (await fetch(`${base}/metropoles/metropole-europeenne-de-lille`)).text();
  if (!/768[\u00a0\u202f ]200[\u00a0\u202f ]€/.test(mel)) failure ??= 'le profil de la MEL n’affiche pas 768 200 €';
} catch (error) {
  failure = error instanceof Error ? error.message : String(error);
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}

console.log(failure ? `✘ premier lancement sur la base embarquée : ${failure}` : '✓ premier lancement sur la base embarquée : portail servi avec les 22 métropoles');
process.exit(failure ? 1 : 0);
