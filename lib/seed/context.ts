// What every seed step shares: the one transaction, the tally, and the helpers
// that resolve the rows earlier steps seeded.
import type { Transaction } from '../db/client';
import { SEED_PUBLISHED_AT } from './content';
import type { Tally } from './tally';

export interface SeedContext {
  tx: Transaction;
  tally: Tally;
}

/** Row ids of an earlier step, by the seed's own key (slug). */
export type IdMap = ReadonlyMap<string, string>;

/** Status, version and publication date of every seeded editable row. */
export const PUBLISHED = { status: 'PUBLISHED', version: 1, publishedAt: SEED_PUBLISHED_AT } as const;

export function lookup(ids: IdMap, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Seed : ${what} « ${key} » introuvable.`);
  return id;
}

export const connectIds = (ids: readonly string[]) => ({ connect: ids.map((id) => ({ id })) });

export async function existingSlugs(query: Promise<{ slug: string }[]>): Promise<Set<string>> {
  return new Set((await query).map((row) => row.slug));
}
