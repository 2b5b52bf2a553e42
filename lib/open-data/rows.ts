import 'server-only';
import type { ContentEntityType } from '@/lib/content/entity-types';
import { delegateOf } from '@/lib/content/server/descriptors';
import type { Args } from '@/lib/content/server/delegate';
import type { DbClient } from '@/lib/db/client';
import { loadPublicDates } from '@/lib/history/load';
import { publishedWhere } from '@/lib/publication';
import type { OpenDataCollectionKey } from './collections';

// Which published rows each open-data collection holds (the same visibility as
// the public pages: a plan, a programme or a project needs its métropole
// online), and the uncached reads over them the /donnees page and the DCAT
// catalogue show: count, years covered, last change. Each takes the client, so
// tests pass theirs; the cached entries are in ./queries.ts and ./last-modified.ts.

interface RowSet {
  entityType: ContentEntityType;
  where: Args;
}

const online = publishedWhere;

const COLLECTION_ROWS: Record<OpenDataCollectionKey, { rows: RowSet; related?: readonly RowSet[] }> = {
  metropoles: { rows: { entityType: 'Metropolis', where: online } },
  politiques: { rows: { entityType: 'PolicyPlan', where: { ...online, metropolis: online } } },
  programmes: { rows: { entityType: 'FundingProgramme', where: { ...online, metropolis: online } } },
  projets: { rows: { entityType: 'FundedProject', where: { ...online, metropolis: online, fundingProgramme: online } } },
  structures: { rows: { entityType: 'SupportStructure', where: online } },
  'groupes-de-travail': { rows: { entityType: 'WorkingGroupReport', where: online } },
  // A figure is shown with its source: a corrected source changes the collection too.
  chiffres: {
    rows: { entityType: 'Figure', where: { ...online, source: online } },
    related: [{ entityType: 'Source', where: { ...online, figures: { some: { ...online } } } }],
  },
  thematiques: { rows: { entityType: 'Theme', where: online } },
  leviers: { rows: { entityType: 'ActionLever', where: online } },
  glossaire: { rows: { entityType: 'GlossaryTerm', where: online } },
};

/**
 * Above this many rows, the last change is max(updatedAt) rather than the
 * public history (which reads every published revision's snapshot): with 100 000
 * funded projects that would load them all on every invalidation.
 */
export const HISTORY_DATES_MAX_ROWS = 2_000;

const newest = (dates: Iterable<Date>): Date | null => {
  let max: Date | null = null;
  for (const date of dates) if (!max || date > max) max = date;
  return max;
};

export interface LastModifiedOptions {
  /** HISTORY_DATES_MAX_ROWS by default (tests lower it). */
  historyMaxRows?: number;
}

async function lastChangeOf(db: DbClient, set: RowSet, { historyMaxRows = HISTORY_DATES_MAX_ROWS }: LastModifiedOptions): Promise<Date | null> {
  const delegate = delegateOf(db, set.entityType);
  const count = await delegate.count({ where: set.where });
  if (count === 0) return null;
  if (count > historyMaxRows) {
    const [latest] = await delegate.findMany({ where: set.where, select: { updatedAt: true }, orderBy: { updatedAt: 'desc' }, take: 1 });
    return (latest?.updatedAt as Date | undefined) ?? null;
  }
  const rows = await delegate.findMany({ where: set.where, select: { id: true, createdAt: true } });
  const dates = await loadPublicDates(db, set.entityType, rows.map((row) => ({ id: String(row.id), createdAt: row.createdAt as Date })));
  return newest([...dates.values()].map((value) => value.lastChangedAt));
}

/** When the published content of the collection last changed; null when it holds no published row. */
export async function loadCollectionLastModified(db: DbClient, key: OpenDataCollectionKey, options: LastModifiedOptions = {}): Promise<Date | null> {
  const { rows, related = [] } = COLLECTION_ROWS[key];
  const own = await lastChangeOf(db, rows, options);
  if (own === null) return null;
  const others = await Promise.all(related.map((set) => lastChangeOf(db, set, options)));
  return newest([own, ...others.filter((date): date is Date => date !== null)]);
}

export async function loadCollectionRowCount(db: DbClient, key: OpenDataCollectionKey): Promise<number> {
  const { rows } = COLLECTION_ROWS[key];
  return delegateOf(db, rows.entityType).count({ where: rows.where });
}

export interface YearRange {
  startYear: number;
  endYear: number;
}

function range(min: number | null | undefined, max: number | null | undefined): YearRange | null {
  if (min == null) return null;
  return { startYear: min, endYear: Math.max(min, max ?? min) };
}

/** The years the rows are about (a plan's period, a project's year, a meeting's date), for dct:temporal; null when they say none. */
export async function loadCollectionYears(db: DbClient, key: OpenDataCollectionKey): Promise<YearRange | null> {
  switch (key) {
    case 'politiques': {
      const { _min, _max } = await db.policyPlan.aggregate({ where: { ...online, metropolis: online }, _min: { startYear: true }, _max: { startYear: true, endYear: true } });
      return range(_min.startYear, Math.max(_max.startYear ?? 0, _max.endYear ?? 0));
    }
    case 'programmes': {
      const { _min, _max } = await db.fundingProgramme.aggregate({ where: { ...online, metropolis: online }, _min: { startYear: true }, _max: { startYear: true, endYear: true } });
      return range(_min.startYear, Math.max(_max.startYear ?? 0, _max.endYear ?? 0));
    }
    case 'projets': {
      const { _min, _max } = await db.fundedProject.aggregate({ where: { ...online, metropolis: online, fundingProgramme: online }, _min: { year: true }, _max: { year: true } });
      return range(_min.year, _max.year);
    }
    case 'chiffres': {
      const { _min, _max } = await db.figure.aggregate({ where: { ...online, source: online }, _min: { periodStartYear: true }, _max: { periodStartYear: true, periodEndYear: true } });
      return range(_min.periodStartYear, Math.max(_max.periodStartYear ?? 0, _max.periodEndYear ?? 0));
    }
    case 'groupes-de-travail': {
      const { _min, _max } = await db.workingGroupReport.aggregate({ where: online, _min: { meetingDate: true }, _max: { meetingDate: true } });
      return range(_min.meetingDate?.getUTCFullYear(), _max.meetingDate?.getUTCFullYear());
    }
    default:
      return null;
  }
}
