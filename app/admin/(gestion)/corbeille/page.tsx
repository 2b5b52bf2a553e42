import type { Metadata } from 'next';
import Link from 'next/link';
import { ContentActionForm } from '@/components/content/content-action-form';
import { FlashMessage } from '@/components/content/flash-message';
import { formatParisDateTime } from '@/lib/audit/labels';
import { can } from '@/lib/auth/roles';
import { requirePagePermission } from '@/lib/auth/session';
import { contentEntityLabels, getContentType } from '@/lib/content/registry';
import { findTrash } from '@/lib/content/server/queries';
import { emptyTrashAction, restoreFromTrashAction } from '../contenus/actions';

export const metadata: Metadata = { title: 'Corbeille' };

export default async function TrashPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission('content:delete', '/admin/corbeille');
  const query = await searchParams;
  const items = await findTrash();
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-gray-900">Corbeille</h1>
      <p className="mb-6 text-gray-800">Les fiches mises à la corbeille ne sont plus visibles du public. Elles restent restaurables tant que la corbeille n’est pas vidée.</p>
      <FlashMessage message={query.message} count={query.nombre} />
      {items.length === 0 ? (
        <p>La corbeille est vide.</p>
      ) : (
        <div className="mb-10 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Fiches dans la corbeille, les plus récentes d’abord</caption>
            <thead>
              <tr className="border-b-2 border-gray-300">
                <th scope="col" className="py-2 pr-3">Fiche</th>
                <th scope="col" className="py-2 pr-3">Type</th>
                <th scope="col" className="py-2 pr-3">Mise à la corbeille le</th>
                <th scope="col" className="py-2">Action</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const definition = getContentType(item.entityType);
                return (
                  <tr key={`${item.entityType}:${item.id}`} className="border-b border-gray-200 align-top">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <Link prefetch={false} href={`/admin/contenus/${definition.segment}/${item.id}`} className="text-brand-700 underline hover:text-brand-800">
                        {item.title || 'Sans titre'}
                      </Link>
                    </th>
                    <td className="py-2 pr-3">{contentEntityLabels[item.entityType]}</td>
                    <td className="py-2 pr-3">
                      <time dateTime={item.deletedAt.toISOString()}>{formatParisDateTime(item.deletedAt)}</time>
                    </td>
                    <td className="py-2">
                      <ContentActionForm
                        action={restoreFromTrashAction}
                        hidden={{ _type: definition.segment, _id: item.id, _version: item.version }}
                        label={<>Restaurer <span className="sr-only">« {item.title} »</span></>}
                        pendingLabel="Restauration…"
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {items.length > 0 && can(user.role, 'trash:empty') && (
        <section aria-labelledby="vider" className="border-t border-gray-300 pt-6">
          <h2 id="vider" className="mb-3 text-xl font-bold text-gray-900">
            Vider la corbeille
          </h2>
          <ContentActionForm
            action={emptyTrashAction}
            hidden={{}}
            label="Supprimer définitivement"
            pendingLabel="Suppression…"
            variant="danger"
            description={<p className="mb-2 text-gray-800">Supprime pour de bon les {items.length} fiches ci-dessus et leurs versions. Le journal garde la trace de l’opération.</p>}
            confirmation={{ name: 'confirm', label: 'Je confirme la suppression définitive' }}
          />
        </section>
      )}
    </>
  );
}
