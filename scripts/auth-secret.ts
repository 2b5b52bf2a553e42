import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const secretFile = path.resolve(import.meta.dirname, '../.data/auth-secret');

/**
 * AUTH_SECRET from the environment, or one generated on first start and kept in
 * .data/ (git-ignored, mode 600), so sessions survive restarts without configuration.
 */
export async function ensureAuthSecret(): Promise<string> {
  const configured = process.env.AUTH_SECRET?.trim();
  if (configured) return configured;
  if (existsSync(secretFile)) return (await readFile(secretFile, 'utf8')).trim();
  await mkdir(path.dirname(secretFile), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  await writeFile(secretFile, secret, { mode: 0o600 });
  return secret;
}
