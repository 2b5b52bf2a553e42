import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { applyMigrations, diffMigrationsToSchema, readMigrationList } from '../../scripts/db/migrations';
import { createPostgresDatabase, dropPostgresDatabase, uniqueDatabaseName } from '../setup/databases';
import { describeOnEachDatabase } from '../setup/each-database';

describeOnEachDatabase('migrations', (getDatabase) => {
  it('records every checked-in migration in _prisma_migrations', async () => {
    const { migrationDirectories } = await readMigrationList();
    const rows = await getDatabase().db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(migrationDirectories.map((dir) => dir.path));
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it('applies nothing the second time', async () => {
    expect(await applyMigrations(getDatabase().url)).toEqual([]);
  });

  it('creates the tables of the data model', async () => {
    const rows = await getDatabase().db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`;
    const tables = rows.map((row) => row.table_name);
    for (const table of ['Metropolis', 'PolicyPlan', 'FundedProject', 'Figure', 'WorkingGroupReport', 'Revision', 'AuditEvent']) {
      expect(tables).toContain(table);
    }
  });
});

describe.skipIf(!inject('postgresTemplate'))('checked-in migrations', () => {
  const scratch: string[] = [];
  let serverUrls: { main: string; shadow: string };

  beforeAll(async () => {
    const prefix = inject('postgresTemplate').replace(/template_[0-9a-f]+$/, '');
    const names = [uniqueDatabaseName(prefix, 'diff_main'), uniqueDatabaseName(prefix, 'diff_shadow')];
    scratch.push(...names);
    serverUrls = {
      main: await createPostgresDatabase({ name: names[0]! }),
      shadow: await createPostgresDatabase({ name: names[1]! }),
    };
  });
  afterAll(async () => {
    for (const name of scratch) await dropPostgresDatabase(name);
  });

  it('match prisma/schema.prisma (no pending schema change without a migration)', async () => {
    const sql = await diffMigrationsToSchema({ connectionString: serverUrls.main, shadowConnectionString: serverUrls.shadow });
    expect(sql).toBe('');
  });

  it('leave the shadow and main databases untouched by the diff', async () => {
    const client = new pg.Client({ connectionString: serverUrls.main });
    await client.connect();
    const { rows } = await client.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'");
    await client.end();
    expect(rows[0].n).toBe(0);
  });
});
