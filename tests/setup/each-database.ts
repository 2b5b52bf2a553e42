import { afterAll, beforeAll, describe, inject } from 'vitest';
import { createTestEmbeddedDatabase, createTestPostgresDatabase, type TestDatabase } from './databases';

type Kind = TestDatabase['kind'];

/**
 * Runs a suite once on a PostgreSQL database of its own and once on an embedded
 * (PGlite) one. Without a reachable PostgreSQL server (see global-setup) only the
 * embedded run happens, and the skip is reported by the runner.
 */
export function describeOnEachDatabase(name: string, suite: (get: () => TestDatabase) => void, kinds: Kind[] = ['postgres', 'embedded']) {
  for (const kind of kinds) {
    const template = inject('postgresTemplate');
    const describeKind = kind === 'postgres' && !template ? describe.skip : describe;
    describeKind(`${name} [${kind === 'postgres' ? 'PostgreSQL' : 'embarquée'}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = kind === 'postgres'
          ? await createTestPostgresDatabase({ label: name.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 20), template })
          : await createTestEmbeddedDatabase();
      });
      afterAll(async () => {
        await database?.drop();
      });
      suite(() => {
        if (!database) throw new Error('test database not ready');
        return database;
      });
    });
  }
}
