import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's own lint rules, checked on code written to break them.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? '');
}

describe('routes and components do not touch the database', () => {
  it.each([
    ["import { getDb } from '@/lib/db';", 'app/(public)/exemple/page.tsx'],
    ["import type { Database } from '@/lib/db/client';", 'app/admin/(gestion)/exemple/actions.ts'],
    ["import { getDb } from '../../lib/db';", 'components/exemple.tsx'],
  ])('refuses %s in %s', async (code, filePath) => {
    expect(await ruleIdsFor(`${code}\nexport const x = 1;\n`, filePath)).toContain('no-restricted-imports');
  });

  it('lets lib modules use the client', async () => {
    expect(await ruleIdsFor("import { getDb } from '@/lib/db';\nexport const db = getDb;\n", 'lib/exemple/queries.ts')).not.toContain('no-restricted-imports');
  });
});
