// The explorer's state in French words: active filters, sort, priority
// neighbourhoods, and the series its chart draws. Pure and client-safe.
import { legalFormLabels } from '@/lib/format';
import type { ExplorerOptions, UnknownFilterValue, YearTotal } from './explorer';
import { explorerHref, withoutFilter, type FilterKey, type ProjectFilter, type ProjectQuery, type QpvFilter } from './filter';

export const QPV_LABELS: Record<QpvFilter, string> = {
  oui: 'En quartier prioritaire',
  non: 'Hors quartier prioritaire',
  inconnu: 'Situation non renseignée',
};

export function qpvCellLabel(isInPriorityNeighbourhood: boolean | null): string {
  return isInPriorityNeighbourhood === null ? 'Non renseigné' : isInPriorityNeighbourhood ? 'Oui' : 'Non';
}

const SORT_DESCRIPTIONS: Record<ProjectQuery['sort'], Record<ProjectQuery['order'], string>> = {
  annee: { decroissant: 'du plus récent au plus ancien', croissant: 'du plus ancien au plus récent' },
  montant: { decroissant: 'du montant le plus élevé au plus faible', croissant: 'du montant le plus faible au plus élevé' },
  titre: { croissant: 'par titre, de A à Z', decroissant: 'par titre, de Z à A' },
};

export function describeSort(query: Pick<ProjectQuery, 'sort' | 'order'>): string {
  return SORT_DESCRIPTIONS[query.sort][query.order];
}

export interface ActiveFilter {
  /** The filter removed by the widening link (for a period, either end removes the whole "annee"). */
  key: FilterKey;
  label: string;
  value: string;
  /** The same state without this filter. */
  widerHref: string;
}

function nameOf(items: readonly { slug: string; name: string }[], slug: string): string {
  return items.find((item) => item.slug === slug)?.name ?? slug;
}

function describeYears(filter: ProjectFilter): { key: FilterKey; label: string; value: string }[] {
  const { yearFrom, yearTo } = filter;
  if (yearFrom !== undefined && yearFrom === yearTo) return [{ key: 'yearFrom', label: 'Année', value: String(yearFrom) }];
  const parts: { key: FilterKey; label: string; value: string }[] = [];
  if (yearFrom !== undefined) parts.push({ key: 'yearFrom', label: 'Depuis', value: String(yearFrom) });
  if (yearTo !== undefined) parts.push({ key: 'yearTo', label: 'Jusqu’en', value: String(yearTo) });
  return parts;
}

/** Each filter in force, named as a reader would, with the link that widens the result by dropping it. */
export function describeActiveFilters(query: ProjectQuery, options: ExplorerOptions): ActiveFilter[] {
  const { filter } = query;
  const items: { key: FilterKey; label: string; value: string }[] = [];
  if (filter.metropolis) items.push({ key: 'metropolis', label: 'Métropole', value: nameOf(options.metropolises, filter.metropolis) });
  if (filter.programme) items.push({ key: 'programme', label: 'Dispositif', value: nameOf(options.programmes, filter.programme) });
  items.push(...describeYears(filter));
  if (filter.legalForm) items.push({ key: 'legalForm', label: 'Forme juridique', value: legalFormLabels[filter.legalForm] });
  if (filter.qpv) items.push({ key: 'qpv', label: 'Quartier prioritaire', value: QPV_LABELS[filter.qpv] });
  if (filter.theme) items.push({ key: 'theme', label: 'Thématique', value: nameOf(options.themes, filter.theme) });
  if (filter.lever) items.push({ key: 'lever', label: 'Levier d’action', value: nameOf(options.levers, filter.lever) });
  if (filter.text) items.push({ key: 'text', label: 'Recherche', value: `« ${filter.text} »` });
  return items.map((item) => ({ ...item, widerHref: explorerHref(withoutFilter(query, item.key)) }));
}

/** Filter slugs the published choices do not contain (the page behind the proxy checks again). */
export function unknownInOptions(filter: ProjectFilter, options: ExplorerOptions): UnknownFilterValue[] {
  const unknown: UnknownFilterValue[] = [];
  const has = (items: readonly { slug: string }[], slug: string) => items.some((item) => item.slug === slug);
  if (filter.metropolis && !has(options.metropolises, filter.metropolis)) unknown.push({ param: 'metropole', value: filter.metropolis });
  if (filter.programme && !has(options.programmes, filter.programme)) unknown.push({ param: 'dispositif', value: filter.programme });
  if (filter.theme && !has(options.themes, filter.theme)) unknown.push({ param: 'thematique', value: filter.theme });
  if (filter.lever && !has(options.levers, filter.lever)) unknown.push({ param: 'levier', value: filter.lever });
  return unknown;
}

const UNKNOWN_SUBJECTS: Record<UnknownFilterValue['param'], string> = {
  metropole: 'Aucune métropole publiée n’a l’identifiant',
  dispositif: 'Aucun dispositif de financement publié n’a l’identifiant',
  thematique: 'Aucune thématique publiée n’a l’identifiant',
  levier: 'Aucun levier d’action publié n’a l’identifiant',
};

export function unknownValueMessage({ param, value }: UnknownFilterValue): string {
  return `${UNKNOWN_SUBJECTS[param]} « ${value} » (paramètre ${param}).`;
}

/**
 * Amounts per year from the first to the last year with projects, years
 * without any at 0: a chart over time must not hide its gaps.
 */
export function yearSeries(byYear: readonly YearTotal[]): YearTotal[] {
  if (byYear.length === 0) return [];
  const known = new Map(byYear.map((entry) => [entry.year, entry]));
  const first = byYear[0]!.year;
  const last = byYear.at(-1)!.year;
  const series: YearTotal[] = [];
  for (let year = first; year <= last; year += 1) series.push(known.get(year) ?? { year, projectCount: 0, amountCents: 0 });
  return series;
}
