// npm run db:migrate: applies pending migrations to DATABASE_URL, or to the embedded database.
import { withDatabase } from './database';
import { applyMigrations } from './migrations';

await withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Migrations appliquées : ${applied.join(', ')}` : 'Base à jour : aucune migration en attente.');
});
