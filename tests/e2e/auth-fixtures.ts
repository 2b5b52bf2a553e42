import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createPrismaClient, type Database } from '../../lib/db/client';
import { hashPassword } from '../../lib/auth/password';
import type { Role } from '../../lib/auth/roles';
import { expect, test as base } from './fixtures';

/** The database of the portal under test (see playwright.config.ts). */
export function e2eDatabaseUrl(): string {
  return process.env.E2E_DATABASE_URL || readFileSync('.data/e2e-database-url', 'utf8').trim();
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
  role: Role;
}

export interface CreateUserOptions {
  role: Role;
  password?: string;
  name?: string;
}

export interface SignInOptions {
  email: string;
  password: string;
  code?: string;
}

/** Signs in through the real form; with `code`, answers the second step too. */
export async function signIn(page: Page, { email, password, code }: SignInOptions, returnTo = '/admin') {
  await page.goto(`/connexion?retour=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  if (code !== undefined) {
    await page.getByLabel('Code de vérification').fill(code);
    await page.getByRole('button', { name: 'Se connecter' }).click();
  }
}

export const test = base.extend<{ db: Database; createUser: (options: CreateUserOptions) => Promise<TestUser> }>({
  // The portal throttles sign-in per client address (X-Forwarded-For, as set by a
  // reverse proxy): each test gets its own, so failures in one never block another.
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide) => {
    const bytes = randomBytes(3);
    await provide({ ...extraHTTPHeaders, 'X-Forwarded-For': `10.${bytes[0]}.${bytes[1]}.${bytes[2]}` });
  },
  db: async ({}, provide) => {
    const db = createPrismaClient({ connectionString: e2eDatabaseUrl(), poolMax: 2 });
    await provide(db);
    await db.$disconnect();
  },
  createUser: async ({ db }, provide) => {
    const created: string[] = [];
    await provide(async ({ role, password, name }) => {
      const suffix = randomBytes(4).toString('hex');
      const user = {
        email: `${role.toLowerCase()}-${suffix}@exemple.test`,
        password: password ?? `phrase de passe ${suffix} pour les tests`,
        name: name ?? `${role.charAt(0)}${role.slice(1).toLowerCase()} ${suffix}`,
        role,
      };
      const row = await db.user.create({
        data: { email: user.email, name: user.name, role, passwordHash: await hashPassword(user.password) },
        select: { id: true },
      });
      created.push(row.id);
      return { id: row.id, ...user };
    });
    // Accounts stay (audit events reference them) but are disabled after the test.
    if (created.length) await db.user.updateMany({ where: { id: { in: created } }, data: { disabledAt: new Date() } });
  },
});

export { expect };
