import type { Prisma } from '@/lib/generated/prisma/client';
import { sourceSelect, toSourceRef, type SourceRef } from '@/lib/sources/select';

export const glossaryEntrySelect = {
  slug: true,
  term: true,
  expansion: true,
  definition: true,
  source: { select: sourceSelect },
} as const satisfies Prisma.GlossaryTermSelect;

export interface GlossaryEntry {
  slug: string;
  term: string;
  expansion: string;
  definition: string;
  /** Null when none is linked or it is not published. */
  source: SourceRef | null;
}

type GlossaryEntryRow = Prisma.GlossaryTermGetPayload<{ select: typeof glossaryEntrySelect }>;

export function toGlossaryEntry(row: GlossaryEntryRow): GlossaryEntry {
  return { slug: row.slug, term: row.term, expansion: row.expansion, definition: row.definition, source: toSourceRef(row.source) };
}

const byTerm = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Alphabetical as a French reader expects: case and accents aside ("Avise" between "AAP" and "CAE"). */
export function sortGlossary<T extends { term: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => byTerm.compare(a.term, b.term));
}

/** The letter a term is filed under: "É" under "E", a digit under "0-9". */
export function initialOf(term: string): string {
  const first = term.normalize('NFD').charAt(0).toUpperCase();
  return /\p{N}/u.test(first) ? '0-9' : first;
}

/** Entries grouped by initial, in order. */
export function groupByInitial<T extends { term: string }>(entries: readonly T[]): Array<{ initial: string; entries: T[] }> {
  const groups: Array<{ initial: string; entries: T[] }> = [];
  for (const entry of sortGlossary(entries)) {
    const initial = initialOf(entry.term);
    const group = groups.at(-1);
    if (group?.initial === initial) group.entries.push(entry);
    else groups.push({ initial, entries: [entry] });
  }
  return groups;
}
