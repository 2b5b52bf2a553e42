import 'server-only';
import { findLatestAuditEvents, type AuditEventItem } from '@/lib/audit/queries';
import { getDb } from '@/lib/db';
import type { Database } from '@/lib/db/client';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import { CONTENT_ENTITY_TYPES, type ContentEntityType } from './content-types';

export type StatusCounts = Record<PublicationStatus, number>;

type StatusGroup = { status: PublicationStatus; _count: { _all: number } }[];

// Trashed rows (deletedAt set) are left out: they are no longer in the workflow.

const countersByType: Record<ContentEntityType, (db: Database) => Promise<StatusGroup>> = {
  Metropolis: async (db) => {
    const groups = await db.metropolis.groupBy({ by: ['status'], where: { deletedAt: null }, _count: { _all: true } });
    return groups;
  },
  PolicyPlan: async (db) => {
    const groups = await db.policyPlan.groupBy({ by: ['status'], where: { deletedAt: null }, _count: { _all: true } });
    return groups;
  },
  ActionLever: async (db) => {
    const groups = await db.actionLever.groupBy({ by: ['status'], where: { deletedAt: null }, _count: { _all: true } });
    return groups;
  },
  FundingProgramme: async (db) => {
    const groups = await db.fundingProgramme.groupBy({ by: ['status'], where: { deletedAt: null }, _count: { _all: true } });
    return groups;
  },
  FundedProject: async (db) => {
    const groups = await db.fundedProject.groupBy({ by: ['status'], where: { deletedAt: null }, _count: { _all: true } });
    return groups;
  },
  Figure: async (db) => {
    const groups = await db.figure.groupBy({ by: ['status'], where: { deletedAt: null }, _count: { _all: true } });
    return groups;
  },
  Source: async (db) => {
    const groups = await db.source.groupBy({ by: ['status'], where: { deletedAt: null }, _count: { _all: true } });
    return groups;
  },
  SupportStructure: async (db) => {
    const groups = await db.supportStructure.groupBy({ by: ['status'], where: { deletedAt: null }, _count: { _all: true } });
    return groups;
  },
  Person: async (db) => {
    const groups = await db.person.groupBy({ by: ['status'], where: { deletedAt: null }, _count: { _all: true } });
    return groups;
  },
  Organisation: async (db) => {
    const groups = await db.organisation.groupBy({ by: ['status'], where: { deletedAt: null }, _count: { _all: true } });
    return groups;
  },
  WorkingGroupReport: async (db) => {
    const groups = await db.workingGroupReport.groupBy({ by: ['status'], where: { deletedAt: null }, _count: { _all: true } });
    return groups;
  },
  Programme: async (db) => {
    const groups = await db.programme.groupBy({ by: ['status'], where: { deletedAt: null }, _count: { _all: true } });
    return groups;
  },
  Publication: async (db) => {
    const groups = await db.publication.groupBy({ by: ['status'], where: { deletedAt: null }, _count: { _all: true } });
    return groups;
  },
  Theme: async (db) => {
    const groups = await db.theme.groupBy({ by: ['status'], where: { deletedAt: null }, _count: { _all: true } });
    return groups;
  },
};

/** For each content type, how many rows are in each publication status (zeros included). */
export async function countContentByStatus({ db = getDb() }: { db?: Database } = {}): Promise<{ entityType: ContentEntityType; counts: StatusCounts }[]> {
  return Promise.all(
    CONTENT_ENTITY_TYPES.map(async (entityType) => {
      const counts: StatusCounts = { DRAFT: 0, IN_REVIEW: 0, PUBLISHED: 0, ARCHIVED: 0 };
      for (const group of await countersByType[entityType](db)) counts[group.status] = group._count._all;
      return { entityType, counts };
    }),
  );
}

export async function findRecentContentChanges({ db = getDb(), take = 10 }: { db?: Database; take?: number } = {}): Promise<AuditEventItem[]> {
  return findLatestAuditEvents({ db, take, where: { entityType: { in: [...CONTENT_ENTITY_TYPES] } } });
}

export async function findRecentSignIns({ db = getDb(), take = 10 }: { db?: Database; take?: number } = {}): Promise<AuditEventItem[]> {
  return findLatestAuditEvents({ db, take, where: { action: 'auth.sign_in' } });
}
