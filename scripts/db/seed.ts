// npm run db:seed: loads the portal's initial data (idempotent) into DATABASE_URL,
// or into the embedded database. A re-run creates nothing and changes nothing.
import { createPrismaClient } from '../../lib/db/client';
import { formatSeedReport, seedDatabase } from '../../lib/seed';
import { openDatabase } from './database';

const database = await openDatabase();
try {
  const db = createPrismaClient({ connectionString: database.url, isEmbedded: database.isEmbedded });
  try {
    const report = await seedDatabase(db);
    console.log(formatSeedReport(report));
  } finally {
    await db.$disconnect();
  }
} catch (error) {
  console.error(`Échec du chargement des données initiales : ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
