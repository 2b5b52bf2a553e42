import 'server-only';
import type { ContentTypeDefinition } from '../definition';
import { entryTitle } from '../display';
import { ContentConflictError } from '../errors';
import { dayToDate, parisToday } from '../verification';
import { getEntryOrThrow } from './entry';
import { assertCan, VERIFY_PERMISSION } from './permissions';
import { audit, bumpVersion, ensureBaseline, inTransaction, withConflictDetails, writeRevision, type MutationContext, type MutationResult } from './write';

export interface VerifyEntryOptions {
  id: string;
  /** The version the page was loaded at: what the editor checked. */
  version: number;
  /** The day of the check, "YYYY-MM-DD"; today in Paris unless a test says otherwise. */
  on?: string;
}

/**
 * "Vérifié aujourd’hui": an editor vouches that the entry, as the page showed
 * it at `version`, matches its sources. A verb of its own rather than a form
 * field, so that it neither needs a publication nor turns a live entry into a
 * pending draft; but a guarded write like the others: if someone saved since
 * the page was loaded, the check was of something else and is refused. The
 * revision at the new version keeps the editorial state (ADR 006's invariant),
 * and nothing public changes, so no cache tag is invalidated.
 */
export async function verifyEntry(context: MutationContext, definition: ContentTypeDefinition, options: VerifyEntryOptions): Promise<MutationResult & { lastVerifiedOn: string }> {
  assertCan(context.actor, VERIFY_PERMISSION);
  const day = options.on ?? parisToday();
  return withConflictDetails(context, definition, options.id, options.version, () =>
    inTransaction(context, definition, async (tx) => {
      const entry = await getEntryOrThrow({ db: tx, definition, id: options.id });
      if (entry.version !== options.version) throw new ContentConflictError(null);
      const version = await bumpVersion(tx, definition, entry, { lastVerifiedOn: dayToDate(day) });
      await ensureBaseline(tx, definition, entry);
      await writeRevision(tx, definition, entry.id, version, entry.editorialStatus, entry.editorial, context.actor.id);
      await audit(tx, context, 'content.verified', definition, entry.id, {
        title: entryTitle(definition, entry.editorial),
        version,
        lastVerifiedOn: day,
        previouslyVerifiedOn: entry.lastVerifiedOn,
      });
      return { id: entry.id, version, status: entry.editorialStatus, invalidate: [], lastVerifiedOn: day };
    }),
  );
}
