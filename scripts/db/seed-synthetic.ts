// npm run db:seed:synthetic -- --projects 100000 [--database-url postgresql://…]
//
// Fills a separate PostgreSQL database with synthetic funded projects, for load
// tests (scripts/db/synthetic.ts). Without --database-url: the database
// "observatoire_synthetique" on the local server, created if needed.
// Exit codes: 0 done; 2 refused (bad arguments, real projects, the portal's database); 1 anything else.
import { parseArgs } from 'node:util';
import { MAX_SYNTHETIC_PROJECTS, seedSyntheticDatabase, SyntheticSeedRefused } from './synthetic';

const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/observatoire_synthetique';
const USAGE = `Utilisation : npm run db:seed:synthetic -- --projects <nombre> [--database-url postgresql://…]
Remplit une base PostgreSQL séparée (par défaut ${DEFAULT_DATABASE_URL}) de projets « [synthétique] … »,
de 1 à ${MAX_SYNTHETIC_PROJECTS.toLocaleString('fr-FR')}. Refuse la base du portail (DATABASE_URL) et toute base qui contient des projets réels.`;

function readArguments(): { projects: number; databaseUrl: string } {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: { projects: { type: 'string' }, 'database-url': { type: 'string' }, help: { type: 'boolean' } },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const projects = Number((values.projects ?? '').replace(/[\s_]/g, ''));
    if (!values.projects || !Number.isInteger(projects)) throw new SyntheticSeedRefused('--projects attend un nombre entier.');
    return { projects, databaseUrl: values['database-url']?.trim() || DEFAULT_DATABASE_URL };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
}

const { projects, databaseUrl } = readArguments();
const started = Date.now();
try {
  const result = await seedSyntheticDatabase({
    databaseUrl,
    projects,
    portalDatabaseUrl: process.env.DATABASE_URL?.trim() || undefined,
    log: (message) => console.log(message),
  });
  const where = new URL(databaseUrl);
  where.password = '';
  console.log(
    `${result.projects.toLocaleString('fr-FR')} projets synthétiques dans ${where.toString()}` +
      `${result.syntheticProgrammes ? ` (${result.syntheticProgrammes} dispositifs synthétiques ajoutés)` : ''}, en ${((Date.now() - started) / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s.`,
  );
} catch (error) {
  if (error instanceof SyntheticSeedRefused) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(`Échec : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
