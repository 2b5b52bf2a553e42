import { execFile } from 'node:child_process';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../lib/auth/password';
import { createPrismaClient } from '../../lib/db/client';
import { startEmbeddedServer } from '../../scripts/db/embedded';

const root = path.resolve(import.meta.dirname, '../..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run user:create -- …` on a throwaway embedded database (stdin is not a terminal). */
function runCli(dataDir: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'user:create', '--', ...args],
      { cwd: root, env: { ...process.env, DATABASE_URL: '', EMBEDDED_DATA_DIR: dataDir }, timeout: 170_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Reads the data directory once the CLI has exited (PGlite opens a folder from one process only). */
async function readAccounts(dataDir: string) {
  const server = await startEmbeddedServer({ dataDir });
  const db = createPrismaClient({ connectionString: server.url, isEmbedded: true });
  try {
    const users = await db.user.findMany({ orderBy: { createdAt: 'asc' }, select: { id: true, email: true, name: true, role: true, passwordHash: true } });
    const events = await db.auditEvent.findMany({ where: { action: 'user.created' }, orderBy: { id: 'asc' }, select: { actorId: true, entityId: true, details: true } });
    return { users, events };
  } finally {
    await db.$disconnect();
    await server.stop();
  }
}

describe('npm run user:create', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'ess-user-create-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  // One scenario on one data directory: migrating a fresh embedded database takes ~15 s.
  it('on a fresh embedded database: creates the first admin, then an editor with a generated password, then refuses a duplicate', async () => {
    const password = 'une phrase de passe pour la CLI';
    const first = await runCli(dataDir, ['--email', 'Premiere.Admin@Exemple.fr', '--name', 'Première Admin', '--role', 'admin', '--password', password]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Compte créé : Première Admin <premiere.admin@exemple.fr>');
    expect(first.stdout).not.toContain(password);

    let accounts = await readAccounts(dataDir);
    expect(accounts.users).toHaveLength(1);
    const admin = accounts.users[0]!;
    expect(admin).toMatchObject({ email: 'premiere.admin@exemple.fr', name: 'Première Admin', role: 'ADMIN' });
    expect(await verifyPassword(admin.passwordHash, password)).toBe(true);
    expect(accounts.events).toEqual([{ actorId: null, entityId: admin.id, details: expect.objectContaining({ via: 'cli', isPasswordGenerated: false }) }]);

    // Without --password and without a terminal: generated, printed once.
    const second = await runCli(dataDir, ['--email', 'redaction@exemple.fr', '--name', 'Rédaction', '--role', 'editor']);
    expect(second.code).toBe(0);
    const printed = /Mot de passe généré[^:]*: (\S+)/.exec(second.stdout)?.[1];
    expect(printed).toBeDefined();
    expect(second.stdout.split(printed!)).toHaveLength(2);
    accounts = await readAccounts(dataDir);
    const editor = accounts.users.find((user) => user.email === 'redaction@exemple.fr');
    expect(editor?.role).toBe('EDITOR');
    expect(await verifyPassword(editor!.passwordHash, printed!)).toBe(true);
    expect(accounts.events.at(-1)?.details).toMatchObject({ via: 'cli', isPasswordGenerated: true });

    // An e-mail already used, in another case: refused with exit code 2.
    const duplicate = await runCli(dataDir, ['--email', 'PREMIERE.ADMIN@exemple.fr', '--name', 'Doublon', '--role', 'contributor', '--password', 'une autre phrase de passe longue']);
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toContain('Un compte existe déjà avec cette adresse.');
    expect((await readAccounts(dataDir)).users).toHaveLength(2);
  }, 300_000);

  it('refuses bad input with French messages and exit code 2, before touching any database', async () => {
    const untouched = path.join(dataDir, 'jamais-cree');
    const badRole = await runCli(untouched, ['--email', 'x@exemple.fr', '--name', 'X', '--role', 'superadmin', '--password', 'une phrase de passe assez longue']);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('--role : Rôle inconnu : utilisez admin, editor ou contributor.');

    const badFields = await runCli(untouched, ['--email', 'pas-une-adresse', '--role', 'admin', '--password', 'court']);
    expect(badFields.code).toBe(2);
    expect(badFields.stderr).toContain('--email : Adresse e-mail invalide');
    expect(badFields.stderr).toContain('--name : Indiquez le nom.');
    expect(badFields.stderr).toContain('--password : Le mot de passe doit contenir au moins 15 caractères.');

    const unknown = await runCli(untouched, ['--email', 'x@exemple.fr', '--nom', 'X']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Argument non reconnu');
    await expect(access(untouched)).rejects.toThrow();
  }, 180_000);
});
