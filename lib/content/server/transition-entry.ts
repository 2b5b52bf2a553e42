import 'server-only';
import { AppError } from '@/lib/errors';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import type { ContentTypeDefinition } from '../definition';
import { entryTitle } from '../display';
import { ContentConflictError } from '../errors';
import { assertPublishableSources, prepareValues } from './checks';
import { invalidationTags } from './descriptors';
import { getEntryOrThrow } from './entry';
import { assertCan, TRANSITION_PERMISSION, type Transition } from './permissions';
import { audit, bumpVersion, ensureBaseline, inTransaction, withConflictDetails, writeLive, writeRevision, type MutationContext, type MutationResult } from './write';

const TRANSITION_AUDIT: Record<Transition, string> = {
  submit: 'content.submitted',
  publish: 'content.published',
  return_to_draft: 'content.returned_to_draft',
  unpublish: 'content.unpublished',
  archive: 'content.archived',
  discard_draft: 'content.draft_discarded',
};

const TRANSITION_REFUSED: Record<Transition, string> = {
  submit: 'Seul un brouillon peut être soumis pour relecture.',
  publish: 'Il n’y a rien de nouveau à publier.',
  return_to_draft: 'Seule une fiche en relecture ou archivée peut repasser en brouillon.',
  unpublish: 'Cette fiche n’est pas en ligne.',
  archive: 'Cette fiche est déjà archivée.',
  discard_draft: 'Il n’y a pas de modification en attente à abandonner.',
};

/** Status changes of the workflow (buttons of the edit page). */
export async function transitionEntry(context: MutationContext, definition: ContentTypeDefinition, options: { id: string; version: number; transition: Transition }): Promise<MutationResult> {
  const { transition } = options;
  assertCan(context.actor, TRANSITION_PERMISSION[transition]);
  return withConflictDetails(context, definition, options.id, options.version, () =>
    inTransaction(context, definition, async (tx) => {
      const entry = await getEntryOrThrow({ db: tx, definition, id: options.id });
      if (entry.version !== options.version) throw new ContentConflictError(null);
      const refuse = () => new AppError('INVALID_INPUT', { userMessage: TRANSITION_REFUSED[transition] });
      const title = entryTitle(definition, entry.editorial);
      const isLive = entry.status === 'PUBLISHED';
      let status: PublicationStatus;
      let version: number;
      let values = entry.editorial;

      switch (transition) {
        case 'submit':
        case 'return_to_draft': {
          const allowed: PublicationStatus[] = transition === 'submit' ? ['DRAFT'] : ['IN_REVIEW', 'ARCHIVED'];
          if (!allowed.includes(entry.editorialStatus)) throw refuse();
          status = transition === 'submit' ? 'IN_REVIEW' : 'DRAFT';
          if (isLive) {
            version = await bumpVersion(tx, definition, entry, {});
          } else {
            version = await bumpVersion(tx, definition, entry, { status });
          }
          break;
        }
        case 'publish':
        case 'unpublish':
        case 'archive': {
          if (transition === 'publish' && entry.editorialStatus === 'PUBLISHED') throw refuse();
          if (transition === 'unpublish' && !isLive) throw refuse();
          if (transition === 'archive' && entry.status === 'ARCHIVED') throw refuse();
          status = transition === 'publish' ? 'PUBLISHED' : transition === 'unpublish' ? 'DRAFT' : 'ARCHIVED';
          // Going live re-checks what only the live row enforces (slug, unique values, links).
          values = transition === 'publish' ? await prepareValues(tx, definition, entry.editorial, entry.id, entry.live) : entry.editorial;
          if (transition === 'publish') await assertPublishableSources(tx, definition, values);
          version = await writeLive(tx, definition, entry, values, status);
          break;
        }
        case 'discard_draft': {
          if (!entry.hasPendingDraft) throw refuse();
          status = 'PUBLISHED';
          values = entry.live;
          version = await bumpVersion(tx, definition, entry, {});
          break;
        }
      }
      await ensureBaseline(tx, definition, entry);
      await writeRevision(tx, definition, entry.id, version, status, values, context.actor.id);
      await audit(tx, context, TRANSITION_AUDIT[transition], definition, entry.id, { title, version });
      const publicChange = transition === 'publish' || transition === 'unpublish' || (transition === 'archive' && isLive);
      return {
        id: entry.id,
        version,
        status,
        invalidate: publicChange ? invalidationTags(definition.entityType, [entry.live.slug as string, values.slug as string]) : [],
      };
    }),
  );
}
