// npm run bench [-- --rounds 3 --duration 5 --connections 10 --port 3400 --build]
//
// Starts the portal in production mode on a database of 1 000 synthetic funded
// projects, then on one of 100 000 (scripts/db/synthetic.ts: separate
// databases, created and filled when needed), loads it from this process with
// autocannon, and prints throughput and p50/p95 of the explorer and of a
// prerendered page, their ratios, and the time and server memory of a 100 000-row
// CSV export. Builds first when there is no build or a source changed since
// (against the 1 000-project database). Figures only compare within one run:
// the load generator shares the server's cores, and other work on the machine
// comes and goes, so the two servers take turns over several rounds and each
// figure merges its rounds.
import { parseArgs } from 'node:util';
import { seedSyntheticDatabase } from '../db/synthetic';
import { load, mergeLoads, type LoadResult } from './load';
import { formatReport, type ExportMeasure, type ScenarioLoads, type ScenarioName } from './report';
import { build, isBuildStale, residentBytes, startServer, type RunningServer } from './server';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    port: { type: 'string', default: '3400' },
    'database-server': { type: 'string', default: process.env.BENCH_DATABASE_SERVER ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
    build: { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);
const durationSeconds = Number(values.duration);
const connections = Number(values.connections);
const port = Number(values.port);

function databaseUrl(name: string): string {
  const url = new URL(values['database-server']);
  url.pathname = `/${name}`;
  return url.toString();
}

const DATASETS = [
  { projects: 1_000, url: databaseUrl('observatoire_bench_1k') },
  { projects: 100_000, url: databaseUrl('observatoire_bench_100k') },
] as const;

const TYPICAL_PATH = '/projets?metropole=metropole-de-lyon&annee_min=2018&tri=montant';
const METROPOLISES = ['metropole-de-lyon', 'nantes-metropole', 'bordeaux-metropole', 'toulouse-metropole', 'rennes-metropole', 'metropole-europeenne-de-lille', 'grenoble-alpes-metropole', 'brest-metropole', 'eurometropole-de-strasbourg', 'montpellier-mediterranee-metropole', 'metropole-du-grand-paris'];
const SORTS = ['', '&tri=montant', '&tri=titre', '&ordre=croissant', '&tri=montant&ordre=croissant', '&tri=titre&ordre=decroissant'];

/** Filter-and-sort states in a fixed order, none visited twice in a run of the bench (for a few thousand requests). */
function firstVisitPaths(): () => string {
  let index = 0;
  return () => {
    const current = index++;
    const metropolis = METROPOLISES[current % METROPOLISES.length];
    const sort = SORTS[Math.floor(current / METROPOLISES.length) % SORTS.length];
    const from = 2008 + (Math.floor(current / (METROPOLISES.length * SORTS.length)) % 18);
    const to = from + (Math.floor(current / (METROPOLISES.length * SORTS.length * 18)) % (2027 - from));
    // Canonical addresses only: any other is answered with a redirect to it.
    const years = from === to ? `annee=${from}` : `annee_min=${from}&annee_max=${to}`;
    return `/projets?metropole=${metropolis}&${years}${sort}`;
  };
}

function searchPaths(): () => string {
  let index = 0;
  return () => `/projets?q=${encodeURIComponent(`n° ${1000 + index++}`)}`;
}

// A few queries a reader would type (accents, plural, phrase), then queries no cache has seen.
const SITE_SEARCHES = ['economie sociale', 'cooperatives', 'métropole de lyon', '"tiers-lieu"', 'recyclerie'];
function siteSearchPaths(): () => string {
  let index = 0;
  return () => `/recherche?q=${encodeURIComponent(SITE_SEARCHES[index++ % SITE_SEARCHES.length]!)}`;
}
function freshSiteSearchPaths(): () => string {
  let index = 0;
  return () => `/recherche?q=${encodeURIComponent(`synthetique ${100_000 + index++}`)}`;
}
const API_LIST_PATH = '/api/v1/projets?limit=50';
const API_FILTERED_PATH = '/api/v1/projets?limit=50&metropole=metropole-de-lyon&annee_min=2018';

/** The API is built on another branch: a 404 there skips its scenarios (printed as such) rather than measuring errors. */
async function isServed(server: RunningServer, path: string): Promise<boolean> {
  const response = await fetch(`${server.origin}${path}`);
  await response.arrayBuffer();
  if (response.status === 404) {
    console.log(`  ${path} répond 404 : mesure ignorée.`);
    return false;
  }
  if (!response.ok) throw new Error(`${path} : statut ${response.status}`);
  return true;
}

async function warm(server: RunningServer, path: string, times = 3): Promise<void> {
  for (let attempt = 0; attempt < times; attempt += 1) {
    const response = await fetch(`${server.origin}${path}`);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path} : statut ${response.status}`);
  }
}

async function measureLoads(server: RunningServer): Promise<ScenarioLoads> {
  await warm(server, '/metropoles');
  await warm(server, TYPICAL_PATH);
  const run = async (path: string | (() => string)) => {
    const result = await load({ origin: server.origin, path, connections, durationSeconds });
    // Printed as measured too, so that a later failure does not lose the figures.
    console.log(`  ${typeof path === 'string' ? path : path()} : ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, ${result.failures} échecs`);
    return result;
  };
  const prerendered = await run('/metropoles');
  const explorer = await run(TYPICAL_PATH);
  const firstVisit = await run(firstVisitPaths());
  const search = await run(searchPaths());
  for (const query of SITE_SEARCHES) await warm(server, `/recherche?q=${encodeURIComponent(query)}`, 1);
  const siteSearch = await run(siteSearchPaths());
  const siteSearchFresh = await run(freshSiteSearchPaths());
  const apiList = (await isServed(server, API_LIST_PATH)) ? await run(API_LIST_PATH) : null;
  const apiFiltered = (await isServed(server, API_FILTERED_PATH)) ? await run(API_FILTERED_PATH) : null;
  return { prerendered, explorer, firstVisit, search, siteSearch, siteSearchFresh, apiList, apiFiltered };
}

async function measureExport(server: RunningServer): Promise<ExportMeasure> {
  // The route's code is loaded by its first request: a small export first, so that the measure is the export's own memory.
  // Queries of the last load may still be running (a search no cache answers): let them finish.
  await new Promise((resolve) => setTimeout(resolve, 20_000));
  await warm(server, '/projets/export.csv?metropole=metropole-de-lyon&annee=2026', 2);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const samples: number[] = [];
  for (let index = 0; index < 20; index += 1) {
    samples.push(residentBytes(server.pid));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const baselineBytes = samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
  let peakBytes = baselineBytes;
  const sampler = setInterval(() => {
    peakBytes = Math.max(peakBytes, residentBytes(server.pid));
  }, 10);
  const started = performance.now();
  let bytes = 0;
  let lineEnds = 0;
  try {
    const response = await fetch(`${server.origin}/projets/export.csv`);
    if (!response.ok || !response.body) throw new Error(`export : statut ${response.status}`);
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 0x0a) lineEnds += 1;
    }
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  peakBytes = Math.max(peakBytes, residentBytes(server.pid));
  // Synthetic descriptions hold no line break: one line per row, after the header.
  return { rows: lineEnds - 1, bytes, seconds, baselineBytes, peakBytes };
}

const stopping: RunningServer[] = [];
process.on('SIGINT', () => {
  void Promise.all(stopping.map((server) => server.stop())).then(() => process.exit(130));
});

for (const dataset of DATASETS) {
  console.log(`Base de ${dataset.projects.toLocaleString('fr-FR')} projets synthétiques…`);
  await seedSyntheticDatabase({ databaseUrl: dataset.url, projects: dataset.projects, reuse: true, portalDatabaseUrl: process.env.DATABASE_URL?.trim() || undefined, log: (message) => console.log(`  ${message}`) });
}
if (values.build || isBuildStale()) {
  console.log('Construction de l’application (next build)…');
  await build(DATASETS[0].url);
}

const loads = DATASETS.map(() => [] as ScenarioLoads[]);
const csv: ExportMeasure[] = [];
for (let round = 1; round <= rounds; round += 1) {
  for (const [index, dataset] of DATASETS.entries()) {
    console.log(`Tour ${round}/${rounds} : serveur sur la base de ${dataset.projects.toLocaleString('fr-FR')} projets…`);
    const server = await startServer({ databaseUrl: dataset.url, port });
    stopping.push(server);
    try {
      loads[index]!.push(await measureLoads(server));
      // Twice: the first large export of a process also pays for V8 enlarging its heaps.
      if (round === rounds && index === DATASETS.length - 1) csv.push(await measureExport(server), await measureExport(server));
    } finally {
      await server.stop();
      stopping.pop();
    }
  }
}

const merged = (index: number): ScenarioLoads => {
  const names = Object.keys(loads[index]![0]!) as ScenarioName[];
  return Object.fromEntries(
    names.map((name) => {
      const measured = loads[index]!.map((round) => round[name]).filter((result): result is LoadResult => result !== null);
      return [name, measured.length > 0 ? mergeLoads(measured) : null];
    }),
  ) as ScenarioLoads;
};
const small = { projects: DATASETS[0].projects, loads: merged(0) };
const large = { projects: DATASETS[1].projects, loads: merged(1) };
console.log(formatReport({ connections, durationSeconds, rounds, typicalPath: TYPICAL_PATH, small, large, csv: csv[0]!, csvAgain: csv[1]! }));
