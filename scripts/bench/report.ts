// What npm run bench prints: figures, ratios and the issue's targets. Pure.
import type { LoadResult } from './load';

export const TARGETS = {
  /** Explorer p50 at 100 000 projects, as a multiple of its p50 at 1 000 at most. */
  latencyGrowth: 1.5,
  /** Explorer throughput as a share of the prerendered page's, at least. */
  throughputShare: 0.25,
  /** Growth of the server's resident memory while exporting 100 000 rows, in bytes, less than. */
  exportMemoryGrowth: 50 * 1024 * 1024,
} as const;

export type ScenarioName = 'prerendered' | 'explorer' | 'firstVisit' | 'search' | 'siteSearch' | 'siteSearchFresh' | 'apiList' | 'apiFiltered';

/** Scenarios measured only when their endpoint answers (the API may be absent from a branch): null when skipped. */
export type ScenarioLoads = Record<ScenarioName, LoadResult | null> & Record<'prerendered' | 'explorer' | 'firstVisit' | 'search', LoadResult>;

export const SCENARIO_LABELS: Record<ScenarioName, string> = {
  prerendered: 'Page prérendue (/metropoles), référence',
  explorer: 'Explorateur, filtre type (même adresse)',
  firstVisit: 'Explorateur, 1re visite d’un état filtre + tri',
  search: 'Explorateur, recherche plein texte (à la demande)',
  siteSearch: 'Recherche /recherche, quelques requêtes',
  siteSearchFresh: 'Recherche /recherche, requêtes jamais vues',
  apiList: 'API /api/v1/projets?limit=50',
  apiFiltered: 'API /api/v1/projets, filtrée',
};

export interface ExportMeasure {
  rows: number;
  bytes: number;
  seconds: number;
  baselineBytes: number;
  peakBytes: number;
}

export interface BenchReport {
  connections: number;
  durationSeconds: number;
  rounds: number;
  typicalPath: string;
  small: { projects: number; loads: ScenarioLoads };
  large: { projects: number; loads: ScenarioLoads };
  /** The first large export of the server process (the one the target is checked on). */
  csv: ExportMeasure;
  /** The same export again, on the same process. */
  csvAgain: ExportMeasure;
}

const number = (value: number, digits = 0) => value.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (value: number) => `${number(value, 1)} ms`;
const megabytes = (bytes: number) => `${number(bytes / 1024 / 1024, 1)} Mo`;
const percent = (share: number) => `${number(share * 100, 0)} %`;

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function cells(result: LoadResult | null): string {
  if (!result) return pad('ignoré : l’adresse répond 404', 46);
  const failures = result.failures > 0 ? ` (${number(result.failures)} échecs)` : '';
  return pad(`${number(result.requestsPerSecond)} req/s  p50 ${ms(result.p50)}  p95 ${ms(result.p95)}${failures}`, 46);
}

export interface TargetCheck {
  label: string;
  isMet: boolean;
  detail: string;
}

export function checkTargets(report: BenchReport): TargetCheck[] {
  const { small, large, csv } = report;
  const growth = large.loads.explorer.p50 / small.loads.explorer.p50;
  const share = Math.min(small.loads.explorer.requestsPerSecond / small.loads.prerendered.requestsPerSecond, large.loads.explorer.requestsPerSecond / large.loads.prerendered.requestsPerSecond);
  const memory = csv.peakBytes - csv.baselineBytes;
  return [
    {
      label: `p50 de l’explorateur à ${number(large.projects)} projets ≤ ${number(TARGETS.latencyGrowth, 1)} × celui à ${number(small.projects)}`,
      isMet: growth <= TARGETS.latencyGrowth,
      detail: `${ms(large.loads.explorer.p50)} contre ${ms(small.loads.explorer.p50)}, × ${number(growth, 2)}`,
    },
    {
      label: `débit de l’explorateur ≥ ${percent(TARGETS.throughputShare)} de celui de la page prérendue`,
      isMet: share >= TARGETS.throughputShare,
      detail: `${percent(share)} (le plus faible des deux jeux)`,
    },
    {
      label: `mémoire résidente du serveur pendant l’export de ${number(csv.rows)} lignes : hausse < ${megabytes(TARGETS.exportMemoryGrowth)}`,
      isMet: memory < TARGETS.exportMemoryGrowth,
      detail: `+${megabytes(memory)} (de ${megabytes(csv.baselineBytes)} à ${megabytes(csv.peakBytes)} au plus haut)`,
    },
  ];
}

export function formatReport(report: BenchReport): string {
  const { small, large, csv } = report;
  const names = Object.keys(SCENARIO_LABELS) as ScenarioName[];
  const lines = [
    '',
    `Banc d’essai : autocannon, ${report.connections} connexions, ${report.rounds} tours de ${report.durationSeconds} s par mesure (les deux serveurs à tour de rôle), boucle locale, même machine que le serveur.`,
    `Filtre type : ${report.typicalPath}`,
    '',
    `${pad('', 50)}${pad(`${number(small.projects)} projets`, 46)}${pad(`${number(large.projects)} projets`, 46)}p50 ${number(large.projects)} / ${number(small.projects)}`,
    ...names.map((name) => {
      const [a, b] = [small.loads[name], large.loads[name]];
      return `${pad(SCENARIO_LABELS[name], 50)}${cells(a)}${cells(b)}${a && b ? `× ${number(b.p50 / a.p50, 2)}` : ''}`;
    }),
    `${pad('Débit explorateur / page prérendue', 50)}${pad(percent(small.loads.explorer.requestsPerSecond / small.loads.prerendered.requestsPerSecond), 46)}${pad(percent(large.loads.explorer.requestsPerSecond / large.loads.prerendered.requestsPerSecond), 46)}`,
    ...(['siteSearch', 'apiList'] as const).map((name) => {
      const share = (loads: ScenarioLoads) => (loads[name] ? percent(loads[name].requestsPerSecond / loads.prerendered.requestsPerSecond) : '—');
      return `${pad(`${SCENARIO_LABELS[name]} / page prérendue (débit)`, 50)}${pad(share(small.loads), 46)}${pad(share(large.loads), 46)}`;
    }),
    `${pad('1re visite / page prérendue (débit)', 50)}${pad(percent(small.loads.firstVisit.requestsPerSecond / small.loads.prerendered.requestsPerSecond), 46)}${pad(percent(large.loads.firstVisit.requestsPerSecond / large.loads.prerendered.requestsPerSecond), 46)}`,
    '',
    `Export CSV de ${number(csv.rows)} lignes (${megabytes(csv.bytes)}) : ${number(csv.seconds, 2)} s ; mémoire résidente du serveur ${megabytes(csv.baselineBytes)} avant, ${megabytes(csv.peakBytes)} au plus haut (+${megabytes(csv.peakBytes - csv.baselineBytes)}).`,
    `Le même export une seconde fois : ${number(report.csvAgain.seconds, 2)} s ; +${megabytes(report.csvAgain.peakBytes - report.csvAgain.baselineBytes)} (de ${megabytes(report.csvAgain.baselineBytes)} à ${megabytes(report.csvAgain.peakBytes)}).`,
    '',
    'Objectifs (mesurés, non imposés) :',
    ...checkTargets(report).map((check) => `  ${check.isMet ? '✓' : '✗'} ${check.label} : ${check.detail}`),
    '',
  ];
  return lines.join('\n');
}
