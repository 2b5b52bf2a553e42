import 'server-only';
import type { ContentEntityType } from '@/lib/content/entity-types';
import { delegateOf } from '@/lib/content/server/descriptors';
import type { DbClient } from '@/lib/db/client';
import type { FigureView } from '@/lib/figures/select';
import { publishedWhere } from '@/lib/publication';
import type { PublicChange } from './changes';
import { loadPublicDates, loadPublicHistories, type HistorySubject } from './load';

export interface PageHistoryEntry {
  /** Anchor of the entry on the page (`modification-<revision id>`). */
  anchor: string;
  date: Date;
  /** Null for the page's own entry; "Chiffre « … »" for a figure shown on it. */
  subject: string | null;
  changes: PublicChange[];
}

export interface PageHistory {
  /** When the page was first published on the portal (null when the subject is not published). */
  firstPublishedOn: Date | null;
  /** The newest correction of the page or of a figure on it; null while nothing changed since publication. */
  updatedOn: Date | null;
  entries: PageHistoryEntry[];
  /** The latest correction of each corrected figure, by figure id. */
  figureCorrections: Record<string, { date: Date; anchor: string }>;
}

export const historyAnchor = (revisionId: string) => `modification-${revisionId}`;

export interface LoadPageHistoryOptions {
  /** A type with a public page (its rows have a slug). */
  entityType: ContentEntityType;
  slug: string;
  /** The figures the page shows: their corrections are listed with the page's. */
  figures: ReadonlyArray<{ id: string; label: string }>;
}

/** The page's own corrections and those of the figures it shows, newest first, and its first publication: three queries plus one per linked type. */
export async function loadPageHistory(db: DbClient, { entityType, slug, figures }: LoadPageHistoryOptions): Promise<PageHistory> {
  const row = await delegateOf(db, entityType).findFirst({ where: { slug, ...publishedWhere }, select: { id: true, createdAt: true } });
  const subjects: HistorySubject[] = figures.map((figure) => ({ entityType: 'Figure', id: figure.id }));
  if (row) subjects.unshift({ entityType, id: String(row.id) });
  const histories = await loadPublicHistories(db, subjects);
  const entries: PageHistoryEntry[] = [];
  const figureCorrections: PageHistory['figureCorrections'] = {};
  if (row) {
    for (const entry of histories.get(`${entityType}:${String(row.id)}`) ?? []) entries.push({ anchor: historyAnchor(entry.id), date: entry.date, subject: null, changes: entry.changes });
  }
  for (const figure of figures) {
    const figureEntries = histories.get(`Figure:${figure.id}`) ?? [];
    for (const entry of figureEntries) entries.push({ anchor: historyAnchor(entry.id), date: entry.date, subject: `Chiffre « ${figure.label} »`, changes: entry.changes });
    const latest = figureEntries[0];
    if (latest) figureCorrections[figure.id] = { date: latest.date, anchor: historyAnchor(latest.id) };
  }
  entries.sort((a, b) => b.date.getTime() - a.date.getTime());
  const firstPublishedOn = row ? ((await loadPublicDates(db, entityType, [{ id: String(row.id), createdAt: row.createdAt as Date }])).get(String(row.id))?.firstPublishedAt ?? null) : null;
  return { firstPublishedOn, updatedOn: entries[0]?.date ?? null, entries, figureCorrections };
}

/** The figures with their latest correction, for "corrigé le …" next to "Citer ce chiffre". Pure. */
export function withCorrections(figures: readonly FigureView[], history: PageHistory): FigureView[] {
  return figures.map((figure) => {
    const correction = history.figureCorrections[figure.id];
    return correction ? { ...figure, correction } : figure;
  });
}
