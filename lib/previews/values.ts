import 'server-only';
import type { ContentValues } from '@/lib/content/fields';
import type { DbClient } from '@/lib/db/client';
import { publishedWhere } from '@/lib/publication';
import { sourceSelect } from '@/lib/sources/select';
import type { metropolisLinkSelect } from '@/lib/working-groups/select';

// Readers of a draft's values: a form's snapshot holds strings, numbers, ids and rows.

export function text(values: ContentValues, name: string): string | null {
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function integer(values: ContentValues, name: string): number | null {
  const value = values[name];
  return typeof value === 'number' ? value : null;
}

export function flag(values: ContentValues, name: string): boolean | null {
  const value = values[name];
  return typeof value === 'boolean' ? value : null;
}

/** A date field ('YYYY-MM-DD') as the Date its column would hold. */
export function date(values: ContentValues, name: string): Date | null {
  const value = values[name];
  return typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : null;
}

export function idList(values: ContentValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The rows of a repeater field. */
export function rowList(values: ContentValues, name: string): ContentValues[] {
  const value: unknown = values[name];
  return Array.isArray(value) ? value.filter((item): item is ContentValues => typeof item === 'object' && item !== null) : [];
}

export function byId<T extends { id: string }>(rows: T[]): Map<string, Omit<T, 'id'>> {
  return new Map(rows.map(({ id, ...rest }) => [id, rest]));
}

/** Published métropoles by id, as links: the public lists leave out the others. */
export async function findPublishedMetropolisLinks(db: DbClient, ids: string[], select: typeof metropolisLinkSelect) {
  return byId(await db.metropolis.findMany({ where: { id: { in: ids }, ...publishedWhere }, select: { id: true, ...select } }));
}

export function findSourceRow(db: DbClient, id: string | null) {
  return id ? db.source.findUnique({ where: { id }, select: sourceSelect }) : null;
}

