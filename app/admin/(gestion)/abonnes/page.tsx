import type { Metadata } from 'next';
import { formatParisDateTime } from '@/lib/audit/labels';
import { requirePagePermission } from '@/lib/auth/session';
import { listLabel } from '@/lib/newsletter/lists';
import { findConfirmedSubscribers, getSubscriberCounts } from '@/lib/newsletter/queries';

export const metadata: Metadata = { title: 'Abonnés' };

export default async function SubscribersPage() {
  await requirePagePermission('newsletter:manage', '/admin/abonnes');
  const [subscribers, counts] = await Promise.all([findConfirmedSubscribers(), getSubscriberCounts()]);
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-gray-900">Abonnés</h1>
      <p className="mb-4 max-w-3xl text-gray-800">
        {counts.confirmed} abonné·e{counts.confirmed > 1 ? 's' : ''} confirmé·e{counts.confirmed > 1 ? 's' : ''} ; {counts.pending} inscription
        {counts.pending > 1 ? 's' : ''} en attente de confirmation (effacée{counts.pending > 1 ? 's' : ''} une semaine après l’expiration du lien) ;{' '}
        {counts.unsubscribed} désinscription{counts.unsubscribed > 1 ? 's' : ''} (seule une empreinte de l’adresse et les dates sont gardées).
      </p>
      <p className="mb-6">
        <a href="/admin/abonnes/export.csv" className="text-brand-700 underline hover:text-brand-800">
          Télécharger les abonné·es confirmé·es (CSV)
        </a>
      </p>
      {subscribers.length === 0 ? (
        <p>Aucun abonné confirmé pour l’instant.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-gray-800">Abonné·es confirmé·es, du plus récent au plus ancien (heure de Paris)</caption>
            <thead>
              <tr className="border-b border-gray-400">
                <th scope="col" className="py-2 pr-4">Adresse</th>
                <th scope="col" className="py-2 pr-4">Listes</th>
                <th scope="col" className="py-2 pr-4">Consentement</th>
                <th scope="col" className="py-2 pr-4">Confirmation</th>
              </tr>
            </thead>
            <tbody>
              {subscribers.map((subscriber) => (
                <tr key={subscriber.email} className="border-b border-gray-200">
                  <td className="py-2 pr-4 break-all">{subscriber.email}</td>
                  <td className="py-2 pr-4">{subscriber.lists.map(listLabel).join(', ')}</td>
                  <td className="py-2 pr-4">
                    <time dateTime={subscriber.consentAt.toISOString()}>{formatParisDateTime(subscriber.consentAt)}</time>
                  </td>
                  <td className="py-2 pr-4">
                    <time dateTime={subscriber.confirmedAt.toISOString()}>{formatParisDateTime(subscriber.confirmedAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
