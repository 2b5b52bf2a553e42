import type { ContentTypeDefinition } from '@/lib/content/definition';
import { formatFieldValue, type RelationLabeler } from '@/lib/content/display';
import { isMultilineText, type ContentValues, type FieldDefinition, type SnapshotValue } from '@/lib/content/fields';

/**
 * What the public history says of one field between two published versions.
 * Pure and client-safe: the values come from revision snapshots, the names of
 * linked entries from a labeler that only names published ones.
 */
export type PublicChange =
  | { kind: 'value'; label: string; before: string; after: string }
  /** Long texts: readers are told the text changed, not shown a diff dump. */
  | { kind: 'text'; label: string };

/** Editorial bookkeeping that readers never see as such. */
const INTERNAL_FIELDS = new Set(['position', 'indicator', 'lastVerifiedOn']);

export const SLUG_CHANGE_LABEL = 'Adresse de la page';
export const TEXT_CHANGED = 'texte modifié';

function isLongText(field: FieldDefinition): boolean {
  return field.kind === 'markdown' || field.kind === 'repeater' || field.kind === 'lines' || (field.kind === 'text' && isMultilineText(field));
}

function comparable(value: SnapshotValue | undefined): string {
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return JSON.stringify([...(value as string[])].sort());
  return JSON.stringify(value ?? null);
}

const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 4 });

function readable(field: FieldDefinition, value: SnapshotValue | undefined, labelOf: RelationLabeler): string {
  if (field.kind === 'decimal' && value !== null && value !== undefined && value !== '' && Number.isFinite(Number(value))) {
    return numberFormat.format(Number(value));
  }
  return formatFieldValue(field, value, labelOf);
}

/** Fields whose published values differ, in form order, as readers should see them. */
export function publicChanges(definition: ContentTypeDefinition, before: Partial<ContentValues>, after: Partial<ContentValues>, labelOf: RelationLabeler): PublicChange[] {
  const changes: PublicChange[] = [];
  for (const field of definition.fields) {
    if (INTERNAL_FIELDS.has(field.name)) continue;
    if (comparable(before[field.name]) === comparable(after[field.name])) continue;
    if (isLongText(field)) {
      changes.push({ kind: 'text', label: field.label });
      continue;
    }
    const label = field.kind === 'slug' ? SLUG_CHANGE_LABEL : field.label;
    const change = { kind: 'value' as const, label, before: readable(field, before[field.name], labelOf), after: readable(field, after[field.name], labelOf) };
    // Two stored forms of the same public value ("120" and "120.0") are no correction.
    if (change.before !== change.after) changes.push(change);
  }
  return changes;
}

/** One published version of an entry, as kept in the Revision table. */
export interface PublishedRevision {
  id: string;
  version: number;
  createdAt: Date;
  /** Null for the baseline the engine keeps of a seeded entry before its first change (ADR 006). */
  authorId: string | null;
  snapshot: ContentValues;
}

export interface HistoryEntry {
  /** The revision's id: stable, used as the entry's anchor. */
  id: string;
  date: Date;
  changes: PublicChange[];
}

/**
 * The public history of one entry from its PUBLISHED revisions only: each
 * version compared with the published one before it; versions that change
 * nothing a reader sees give no entry. Newest first. The first published
 * version is the baseline, never an entry.
 */
export function buildHistory(definition: ContentTypeDefinition, revisions: readonly PublishedRevision[], labelOf: RelationLabeler): HistoryEntry[] {
  const ordered = [...revisions].sort((a, b) => a.version - b.version);
  const entries: HistoryEntry[] = [];
  for (let index = 1; index < ordered.length; index += 1) {
    const changes = publicChanges(definition, ordered[index - 1]!.snapshot, ordered[index]!.snapshot, labelOf);
    if (changes.length) entries.push({ id: ordered[index]!.id, date: ordered[index]!.createdAt, changes });
  }
  return entries.reverse();
}

/**
 * When the entry first went public, as a date that later republishing cannot
 * move: its first published revision by someone, or, when it was seeded (no
 * revision, or a baseline without author), the row's creation.
 */
export function firstPublishedAt(revisions: readonly PublishedRevision[], rowCreatedAt: Date): Date {
  const first = [...revisions].sort((a, b) => a.version - b.version)[0];
  return first && first.authorId !== null ? first.createdAt : rowCreatedAt;
}
