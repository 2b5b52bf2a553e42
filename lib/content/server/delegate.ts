import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { ContentEntityType } from '../entity-types';

export type Row = Record<string, unknown>;
export type Args = Record<string, unknown>;

/**
 * The slice of a Prisma model delegate the engine uses. Every content model has
 * the same editorial columns, so one generic engine drives all of them; the typed
 * Prisma API stays in use everywhere else.
 */
export interface ContentDelegate {
  findUnique(args: Args): Promise<Row | null>;
  findFirst(args: Args): Promise<Row | null>;
  findMany(args: Args): Promise<Row[]>;
  count(args: Args): Promise<number>;
  groupBy(args: Args): Promise<Row[]>;
  create(args: Args): Promise<Row>;
  update(args: Args): Promise<Row>;
  updateMany(args: Args): Promise<{ count: number }>;
  deleteMany(args: Args): Promise<{ count: number }>;
}

/** The Prisma client property of a content model: its name with a lowercase first letter. */
export type ContentModel = Uncapitalize<ContentEntityType> & keyof DbClient;

export function modelDelegate(client: DbClient, model: ContentModel): ContentDelegate {
  return client[model] as unknown as ContentDelegate;
}
