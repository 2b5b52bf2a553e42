import 'server-only';
import type { DbClient } from '@/lib/db/client';

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

/** Prisma client properties that are content models (checked against the client's type). */
export type ContentModel =
  | 'metropolis'
  | 'policyPlan'
  | 'actionLever'
  | 'fundingProgramme'
  | 'fundedProject'
  | 'figure'
  | 'source'
  | 'supportStructure'
  | 'person'
  | 'organisation'
  | 'workingGroupReport'
  | 'programme'
  | 'publication'
  | 'theme';

export function modelDelegate(client: DbClient, model: ContentModel & keyof DbClient): ContentDelegate {
  return client[model] as unknown as ContentDelegate;
}
