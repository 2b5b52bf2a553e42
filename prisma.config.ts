import { defineConfig } from 'prisma/config';

// The CLI is only used for `prisma generate` here: migrations go through
// scripts/db (see docs/decisions/001-migrations-without-native-engine.md).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
