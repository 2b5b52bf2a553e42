import 'server-only';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import { formatSourceDate } from '@/lib/format';
import type { ContentTypeDefinition } from '../definition';
import type { ContentValues } from '../fields';

/** A source an entry links to, as the edit page shows it to editors. */
export interface EntrySource {
  /** The form field's label ("Source", "Adhésion au RTES : source"…). */
  fieldLabel: string;
  id: string;
  publisher: string;
  title: string;
  url: string | null;
  date: string | null;
  needsVerification: boolean;
  note: string | null;
}

export interface FindEntrySourcesOptions {
  definition: ContentTypeDefinition;
  values: ContentValues;
  db?: DbClient;
}

/** The sources an entry's values link to, so that editors see where its facts come from (and what is left to verify). */
export async function findEntrySources({ definition, values, db = getDb() }: FindEntrySourcesOptions): Promise<EntrySource[]> {
  const links = definition.fields.flatMap((field) =>
    field.kind === 'relation' && field.target === 'Source' && typeof values[field.name] === 'string' ? [{ label: field.label, id: values[field.name] as string }] : [],
  );
  if (links.length === 0) return [];
  const rows = await db.source.findMany({
    where: { id: { in: links.map((link) => link.id) } },
    select: { id: true, publisher: true, title: true, url: true, publishedOn: true, publishedOnPrecision: true, needsVerification: true, note: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return links.flatMap((link) => {
    const row = byId.get(link.id);
    if (!row) return [];
    return [
      {
        fieldLabel: link.label,
        id: row.id,
        publisher: row.publisher,
        title: row.title,
        url: row.url,
        date: row.publishedOn ? formatSourceDate(row.publishedOn, row.publishedOnPrecision) : null,
        needsVerification: row.needsVerification,
        note: row.note,
      },
    ];
  });
}
