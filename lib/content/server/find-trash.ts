import 'server-only';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import type { ContentTypeDefinition } from '../definition';
import type { ContentEntityType } from '../entity-types';
import { contentTypes } from '../registry';
import { delegateOf } from './descriptors';

export interface TrashItem {
  entityType: ContentEntityType;
  id: string;
  version: number;
  title: string;
  status: PublicationStatus;
  deletedAt: Date;
}

/** Everything in the trash, most recent first. */
export async function findTrash({ definitions = contentTypes, db = getDb() }: { definitions?: readonly ContentTypeDefinition[]; db?: DbClient } = {}): Promise<TrashItem[]> {
  const items: TrashItem[] = [];
  for (const definition of definitions) {
    const rows = await delegateOf(db, definition.entityType).findMany({
      where: { deletedAt: { not: null } },
      select: { id: true, version: true, status: true, deletedAt: true, [definition.titleField]: true },
      orderBy: { deletedAt: 'desc' },
      take: 500,
    });
    for (const row of rows) {
      items.push({
        entityType: definition.entityType,
        id: String(row.id),
        version: Number(row.version),
        title: String(row[definition.titleField] ?? ''),
        status: row.status as PublicationStatus,
        deletedAt: row.deletedAt as Date,
      });
    }
  }
  return items.sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime());
}
