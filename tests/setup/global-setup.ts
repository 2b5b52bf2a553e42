import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../../scripts/db/migrations';
import {
  createPostgresDatabase,
  dropPostgresDatabasesLike,
  isPostgresReachable,
  newRunPrefix,
  uniqueDatabaseName,
} from './databases';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Migrated template database (named <run prefix>template_<hex>), or '' when no PostgreSQL server is reachable. */
    postgresTemplate: string;
  }
}

// Migrate once per run into a template; each test file clones it (CREATE DATABASE … TEMPLATE).
export default async function setup(project: TestProject) {
  if (!(await isPostgresReachable())) {
    console.warn('PostgreSQL injoignable : seuls les tests sur la base embarquée tournent.');
    project.provide('postgresTemplate', '');
    return;
  }
  const runPrefix = newRunPrefix();
  const template = uniqueDatabaseName(runPrefix, 'template');
  const url = await createPostgresDatabase({ name: template });
  await applyMigrations(url);
  project.provide('postgresTemplate', template);
  return async () => {
    await dropPostgresDatabasesLike(runPrefix);
  };
}
