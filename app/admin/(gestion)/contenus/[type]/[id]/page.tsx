import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ContentActionForm } from '@/components/content/content-action-form';
import { ContentForm } from '@/components/content/content-form';
import { FlashMessage } from '@/components/content/flash-message';
import { formatParisDateTime } from '@/lib/audit/labels';
import { can, type Role } from '@/lib/auth/roles';
import { requirePagePermission } from '@/lib/auth/session';
import type { ContentTypeDefinition } from '@/lib/content/definition';
import { entryTitle } from '@/lib/content/display';
import { rawFromValues } from '@/lib/content/fields';
import { findContentTypeBySegment } from '@/lib/content/registry';
import { publicPathOf } from '@/lib/content/server/descriptors';
import { findEntry, findEntrySources, findRelationOptions, type EntrySource, type LoadedEntry } from '@/lib/content/server/queries';
import { ExternalLink } from '@/components/external-link';
import { publicationStatusLabels } from '@/lib/content/statuses';
import { dayToDate, isVerificationDue, parisToday } from '@/lib/content/verification';
import { VERIFY_PERMISSION } from '@/lib/content/server/permissions';
import { formatDate } from '@/lib/format';
import { restoreFromTrashAction, saveContentAction, transitionContentAction, trashContentAction, verifyContentAction } from '../../actions';

interface PageProps {
  params: Promise<{ type: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const metadata: Metadata = { title: 'Modifier une fiche' };

const linkClass = 'text-brand-700 underline hover:text-brand-800';

function WorkflowButtons({ definition, entry, role }: { definition: ContentTypeDefinition; entry: LoadedEntry; role: Role }) {
  const hidden = { _type: definition.segment, _id: entry.id, _version: entry.version };
  const buttons: Array<{ transition: string; label: string; pending: string; variant?: 'primary' | 'secondary' | 'danger' }> = [];
  const editorial = entry.editorialStatus;
  if (editorial === 'DRAFT' && can(role, 'content:submit')) buttons.push({ transition: 'submit', label: 'Soumettre pour relecture', pending: 'Envoi…' });
  if (editorial !== 'PUBLISHED' && can(role, 'content:publish')) {
    buttons.push({ transition: 'publish', label: entry.hasPendingDraft ? 'Publier les modifications en attente' : 'Publier', pending: 'Publication…', variant: 'primary' });
  }
  if ((editorial === 'IN_REVIEW' || editorial === 'ARCHIVED') && can(role, 'content:publish')) {
    buttons.push({ transition: 'return_to_draft', label: 'Repasser en brouillon', pending: 'Changement…' });
  }
  if (entry.hasPendingDraft) buttons.push({ transition: 'discard_draft', label: 'Abandonner les modifications en attente', pending: 'Abandon…' });
  if (entry.status === 'PUBLISHED' && can(role, 'content:publish')) buttons.push({ transition: 'unpublish', label: 'Retirer du site (dépublier)', pending: 'Retrait…' });
  if (entry.status !== 'ARCHIVED' && can(role, 'content:publish')) buttons.push({ transition: 'archive', label: 'Archiver', pending: 'Archivage…' });
  if (buttons.length === 0) return null;
  return (
    <section aria-labelledby="workflow" className="mb-8">
      <h2 id="workflow" className="mb-3 text-xl font-bold text-gray-900">
        Publication
      </h2>
      <div className="flex flex-wrap gap-x-3">
        {buttons.map((button) => (
          <ContentActionForm
            key={`${button.transition}-${entry.version}`}
            action={transitionContentAction}
            hidden={{ ...hidden, transition: button.transition }}
            label={button.label}
            pendingLabel={button.pending}
            variant={button.variant}
          />
        ))}
      </div>
    </section>
  );
}

/** When an editor last checked the entry against its sources, and the button that records a check today. */
function LastVerification({ entry, hidden, canVerify }: { entry: LoadedEntry; hidden: Record<string, string | number>; canVerify: boolean }) {
  const isDue = isVerificationDue(entry.lastVerifiedOn, parisToday());
  return (
    <>
      <dt className="font-semibold">Dernière vérification</dt>
      <dd>
        <p data-testid="derniere-verification" className={canVerify ? 'mb-2' : undefined}>
          {entry.lastVerifiedOn ? (
            <>
              Vérifiée le <time dateTime={entry.lastVerifiedOn}>{formatDate(dayToDate(entry.lastVerifiedOn))}</time>
            </>
          ) : (
            'Jamais vérifiée'
          )}
          {isDue && <strong className="text-red-800"> · à vérifier{entry.lastVerifiedOn ? ' (il y a plus d’un an)' : ''}</strong>}
        </p>
        {canVerify && (
          <ContentActionForm
            key={`verifier-${entry.version}`}
            action={verifyContentAction}
            hidden={hidden}
            label="Vérifié aujourd’hui"
            pendingLabel="Enregistrement…"
            description={<p className="mb-2 text-sm text-gray-800">À cliquer après avoir confronté la fiche, telle qu’elle s’affiche ici, à ses sources.</p>}
          />
        )}
      </dd>
    </>
  );
}

/** Where the entry's facts come from: publisher, title, date and what is left to verify. */
function SourceFacts({ source }: { source: EntrySource }) {
  return (
    <>
      <dt className="font-semibold">{source.fieldLabel}</dt>
      <dd>
        {source.publisher}, {source.url ? <ExternalLink href={source.url}>{source.title}</ExternalLink> : source.title}
        {source.date ? `, ${source.date}` : ' (non datée)'}
        {' · '}
        <Link prefetch={false} href={`/admin/contenus/sources/${source.id}`} className={linkClass}>
          fiche de la source
        </Link>
        {source.needsVerification && (
          <span className="mt-1 block text-red-800">
            <strong>Source à vérifier</strong>
            {source.note ? ` : ${source.note.replace(/^Source à vérifier\s*:\s*/, '')}` : ''}
          </span>
        )}
      </dd>
    </>
  );
}

export default async function EditEntryPage({ params, searchParams }: PageProps) {
  const { type, id } = await params;
  const definition = findContentTypeBySegment(type);
  if (!definition) notFound();
  const basePath = `/admin/contenus/${definition.segment}`;
  const user = await requirePagePermission('content:edit', `${basePath}/${encodeURIComponent(id)}`);
  const entry = await findEntry({ definition, id, includeTrashed: true });
  if (!entry) notFound();
  const query = await searchParams;
  const title = entryTitle(definition, entry.editorial);
  const liveSlug = typeof entry.live.slug === 'string' ? entry.live.slug : null;
  const publicPath = entry.status === 'PUBLISHED' && liveSlug ? publicPathOf(definition.entityType, liveSlug) : null;
  const hidden = { _type: definition.segment, _id: entry.id, _version: entry.version };

  if (entry.deletedAt) {
    return (
      <>
        <p className="mb-2">
          <Link prefetch={false} href="/admin/corbeille" className={linkClass}>
            Corbeille
          </Link>
        </p>
        <h1 className="mb-4 text-3xl font-bold text-gray-900">{title}</h1>
        <p className="mb-4 rounded border border-accent-600 bg-red-50 px-4 py-3 text-gray-900">
          Cette fiche est dans la corbeille depuis le {formatParisDateTime(entry.deletedAt)}. Sortez-la de la corbeille pour la modifier.
        </p>
        {can(user.role, 'content:delete') && (
          <ContentActionForm action={restoreFromTrashAction} hidden={hidden} label="Sortir de la corbeille" pendingLabel="Restauration…" variant="primary" />
        )}
      </>
    );
  }

  const [options, sources] = await Promise.all([findRelationOptions({ definition }), findEntrySources({ definition, values: entry.editorial })]);
  const sourceToVerify = definition.entityType === 'Source' && entry.editorial.needsVerification === true;
  return (
    <>
      <p className="mb-2">
        <Link prefetch={false} href={basePath} className={linkClass}>
          Retour à la liste des {definition.plural}
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold text-gray-900">{title}</h1>
      <FlashMessage message={query.message} />
      {sourceToVerify && (
        <p className="mb-4 max-w-3xl rounded border border-accent-600 bg-red-50 px-4 py-3 text-gray-900">
          <strong>Source à vérifier.</strong> {typeof entry.editorial.note === 'string' && entry.editorial.note ? entry.editorial.note : 'Confrontez-la au document d’origine avant de la publier.'}
        </p>
      )}

      <dl className="mb-6 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded border border-gray-300 bg-gray-50 p-4">
        <dt className="font-semibold">État</dt>
        <dd data-testid="etat-fiche">
          {publicationStatusLabels[entry.status]}
          {entry.hasPendingDraft && ` · modifications en attente (${publicationStatusLabels[entry.editorialStatus].toLowerCase()})`}
        </dd>
        <dt className="font-semibold">Version</dt>
        <dd>
          {entry.version}
          {entry.latestRevision && (
            <>
              {' '}
              · enregistrée le {formatParisDateTime(entry.latestRevision.createdAt)}
              {entry.latestRevision.authorName ? ` par ${entry.latestRevision.authorName}` : ''}
            </>
          )}
        </dd>
        {publicPath && (
          <>
            <dt className="font-semibold">Page publique</dt>
            <dd>
              {/* No prefetch: rendering the public page on every visit of the edit page would be wasted work. */}
              <Link href={publicPath} className={linkClass} prefetch={false}>
                {publicPath}
              </Link>
            </dd>
          </>
        )}
        {sources.map((source) => (
          <SourceFacts key={`${source.fieldLabel}-${source.id}`} source={source} />
        ))}
        <LastVerification entry={entry} hidden={hidden} canVerify={can(user.role, VERIFY_PERMISSION)} />
        <dt className="font-semibold">Outils</dt>
        <dd className="flex flex-wrap gap-4">
          <Link href={`${basePath}/${entry.id}/apercu`} className={linkClass} prefetch={false}>
            Aperçu{entry.hasPendingDraft ? ' des modifications' : ''}
          </Link>
          <Link href={`${basePath}/${entry.id}/historique`} className={linkClass} prefetch={false}>
            Historique des versions
          </Link>
        </dd>
      </dl>

      <WorkflowButtons definition={definition} entry={entry} role={user.role} />

      <section aria-labelledby="modifier" className="mb-10">
        <h2 id="modifier" className="mb-4 text-xl font-bold text-gray-900">
          Modifier
        </h2>
        {/* Keyed by version: after a save redirects here, the form starts afresh from the saved values. */}
        <ContentForm
          key={entry.version}
          segment={definition.segment}
          action={saveContentAction}
          entry={{ id: entry.id, version: entry.version, isLive: entry.status === 'PUBLISHED' }}
          initialValues={rawFromValues(definition.fields, entry.editorial)}
          options={options}
          canPublish={can(user.role, 'content:publish')}
          canSubmit={can(user.role, 'content:submit')}
        />
      </section>

      {can(user.role, 'content:delete') && (
        <section aria-labelledby="supprimer" className="border-t border-gray-300 pt-6">
          <h2 id="supprimer" className="mb-3 text-xl font-bold text-gray-900">
            Supprimer
          </h2>
          <ContentActionForm
            key={entry.version}
            action={trashContentAction}
            hidden={hidden}
            label="Mettre à la corbeille"
            pendingLabel="Suppression…"
            variant="danger"
            description={<p className="mb-2 text-gray-800">La fiche quitte le site public et les listes ; elle reste restaurable depuis la corbeille.</p>}
            confirmation={{ name: 'cascade', label: 'Mettre aussi à la corbeille les fiches qui en dépendent', onlyAfterRefusal: true }}
          />
        </section>
      )}
    </>
  );
}
