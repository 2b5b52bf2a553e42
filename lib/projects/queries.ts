import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags, PUBLIC_CACHE_LIFE } from '@/lib/cache-tags';
import { findExplorerOptions, findProjectPage, getProjectTotals, type ExplorerOptions, type ProjectPage, type ProjectTotals } from './explorer';
import type { ProjectQuery } from './filter';

// Everything a result depends on: a project, its programme, métropole, themes,
// and the plan levers of its programme.
const EXPLORER_TAGS = [
  cacheTags.fundedProjects,
  cacheTags.fundingProgrammes,
  cacheTags.metropolises,
  cacheTags.themes,
  cacheTags.actionLevers,
  cacheTags.policyPlans,
];

/** The filter form's choices. */
export async function getExplorerOptions(): Promise<ExplorerOptions> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(...EXPLORER_TAGS);
  return findExplorerOptions();
}

export interface ExplorerResults {
  page: ProjectPage;
  totals: ProjectTotals;
  /** When PostgreSQL computed these figures (ISO 8601): a cached answer says how old it is. */
  computedAt: string;
}

/** One state of the explorer: its page of rows and the totals of its filter. */
export async function getExplorerResults(query: ProjectQuery): Promise<ExplorerResults> {
  'use cache';
  cacheLife(PUBLIC_CACHE_LIFE);
  cacheTag(...EXPLORER_TAGS);
  const [page, totals] = await Promise.all([findProjectPage({ query }), getProjectTotals({ filter: query.filter })]);
  return { page, totals, computedAt: new Date().toISOString() };
}
