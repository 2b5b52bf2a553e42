import 'server-only';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import type { ContentTypeDefinition } from '../definition';
import type { ContentValues } from '../fields';

export interface RevisionItem {
  version: number;
  status: PublicationStatus;
  createdAt: Date;
  authorName: string | null;
}

export async function findRevisions({ definition, id, db = getDb() }: { definition: ContentTypeDefinition; id: string; db?: DbClient }): Promise<RevisionItem[]> {
  const revisions = await db.revision.findMany({
    where: { entityType: definition.entityType, entityId: id },
    orderBy: { version: 'desc' },
    select: { version: true, status: true, createdAt: true, author: { select: { name: true } } },
  });
  return revisions.map((revision) => ({ ...revision, authorName: revision.author?.name ?? null }));
}

export async function findRevisionValues({ definition, id, version, db = getDb() }: { definition: ContentTypeDefinition; id: string; version: number; db?: DbClient }): Promise<ContentValues | null> {
  const revision = await db.revision.findUnique({
    where: { entityType_entityId_version: { entityType: definition.entityType, entityId: id, version } },
    select: { snapshot: true },
  });
  return (revision?.snapshot as ContentValues | undefined) ?? null;
}
