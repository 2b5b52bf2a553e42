import type { Metadata } from 'next';
import Link from 'next/link';
import { formatAuditAction, formatEntityType, formatParisDateTime } from '@/lib/audit/labels';
import type { AuditEventItem } from '@/lib/audit/queries';
import { can } from '@/lib/auth/roles';
import { requirePagePermission } from '@/lib/auth/session';
import { PUBLICATION_STATUSES, publicationStatusLabels } from '@/lib/content/statuses';
import { contentEntityLabels, getContentType } from '@/lib/content/registry';
import { findAwaitingReview } from '@/lib/content/server/queries';
import { countContentByStatus, findRecentContentChanges, findRecentSignIns } from '@/lib/dashboard/queries';

export const metadata: Metadata = { title: 'Tableau de bord' };

const cell = 'py-2 pr-3';

function EventTime({ event }: { event: AuditEventItem }) {
  return <time dateTime={event.occurredAt.toISOString()}>{formatParisDateTime(event.occurredAt)}</time>;
}

async function ContentCounts() {
  const rows = await countContentByStatus();
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-gray-700">Nombre de contenus par type et par état de publication (hors corbeille).</caption>
        <thead>
          <tr className="border-b-2 border-gray-300">
            <th scope="col" className={`${cell} font-semibold`}>
              Type de contenu
            </th>
            {PUBLICATION_STATUSES.map((status) => (
              <th key={status} scope="col" className={`${cell} text-right font-semibold`}>
                {publicationStatusLabels[status]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ entityType, counts }) => (
            <tr key={entityType} className="border-b border-gray-200">
              <th scope="row" className={`${cell} font-normal`}>
                <Link prefetch={false} href={`/admin/contenus/${getContentType(entityType).segment}`} className="text-brand-700 underline hover:text-brand-800">
                  {contentEntityLabels[entityType]}
                </Link>
              </th>
              {PUBLICATION_STATUSES.map((status) => (
                <td key={status} className={`${cell} text-right tabular-nums`}>
                  {counts[status]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

async function RecentChanges() {
  const events = await findRecentContentChanges();
  if (events.length === 0) return <p>Aucune modification pour l’instant.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-base text-gray-700">Les 10 dernières modifications de contenus (heure de Paris).</caption>
        <thead>
          <tr className="border-b-2 border-gray-300">
            <th scope="col" className={`${cell} font-semibold`}>Date et heure</th>
            <th scope="col" className={`${cell} font-semibold`}>Personne</th>
            <th scope="col" className={`${cell} font-semibold`}>Action</th>
            <th scope="col" className={`${cell} font-semibold`}>Élément</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-b border-gray-200 align-top">
              <td className={cell}>
                <EventTime event={event} />
              </td>
              <td className={`${cell} break-all`}>{event.actorLabel ?? 'Système'}</td>
              <td className={cell}>{formatAuditAction(event.action)}</td>
              <td className={cell}>{event.entityType ? formatEntityType(event.entityType) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

async function AwaitingReview() {
  const items = await findAwaitingReview();
  if (items.length === 0) return <p>Rien n’attend de relecture.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-base text-gray-700">Fiches soumises pour relecture, les plus anciennes d’abord (heure de Paris).</caption>
        <thead>
          <tr className="border-b-2 border-gray-300">
            <th scope="col" className={`${cell} font-semibold`}>Fiche</th>
            <th scope="col" className={`${cell} font-semibold`}>Type</th>
            <th scope="col" className={`${cell} font-semibold`}>Soumise par</th>
            <th scope="col" className={`${cell} font-semibold`}>Le</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.entityType}:${item.id}`} className="border-b border-gray-200 align-top">
              <th scope="row" className={`${cell} font-normal`}>
                <Link prefetch={false} href={`/admin/contenus/${getContentType(item.entityType).segment}/${item.id}`} className="text-brand-700 underline hover:text-brand-800">
                  {item.title || 'Sans titre'}
                </Link>
                {item.isPendingChange && <span className="block text-gray-800">Modification d’une fiche publiée</span>}
              </th>
              <td className={cell}>{contentEntityLabels[item.entityType]}</td>
              <td className={cell}>{item.submittedBy ?? '—'}</td>
              <td className={cell}>
                <time dateTime={item.submittedAt.toISOString()}>{formatParisDateTime(item.submittedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

async function RecentSignIns() {
  const events = await findRecentSignIns();
  if (events.length === 0) return <p>Aucune connexion enregistrée.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-base text-gray-700">Les 10 dernières connexions réussies (heure de Paris).</caption>
        <thead>
          <tr className="border-b-2 border-gray-300">
            <th scope="col" className={`${cell} font-semibold`}>Date et heure</th>
            <th scope="col" className={`${cell} font-semibold`}>Personne</th>
            <th scope="col" className={`${cell} font-semibold`}>Adresse</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-b border-gray-200">
              <td className={cell}>
                <EventTime event={event} />
              </td>
              <td className={`${cell} break-all`}>{event.actorLabel ?? '—'}</td>
              <td className={`${cell} font-mono text-xs`}>{event.ipAddress ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function DashboardPage() {
  const user = await requirePagePermission('admin:access', '/admin');
  const canReadAudit = can(user.role, 'audit:read');
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-gray-900">Tableau de bord</h1>
      <section aria-labelledby="titre-relecture" className="mb-10">
        <h2 id="titre-relecture" className="mb-4 text-2xl font-bold text-gray-900">
          À relire
        </h2>
        <AwaitingReview />
      </section>
      <section aria-labelledby="titre-contenus" className="mb-10">
        <h2 id="titre-contenus" className="mb-4 text-2xl font-bold text-gray-900">
          Contenus
        </h2>
        <ContentCounts />
        <p className="mt-4">
          <Link prefetch={false} href="/admin/couverture" className="text-brand-700 underline hover:text-brand-800">
            Couverture des données
          </Link>{' '}
          : métropoles sans donnée, plans sans suite, fiches à vérifier, chiffres sans source publiée ou en écart avec les projets enregistrés.
        </p>
      </section>
      {canReadAudit && (
        <>
          <section aria-labelledby="titre-modifications" className="mb-10">
            <h2 id="titre-modifications" className="mb-4 text-2xl font-bold text-gray-900">
              Modifications récentes
            </h2>
            <RecentChanges />
          </section>
          <section aria-labelledby="titre-connexions" className="mb-10">
            <h2 id="titre-connexions" className="mb-4 text-2xl font-bold text-gray-900">
              Connexions récentes
            </h2>
            <RecentSignIns />
            <p className="mt-4">
              <Link prefetch={false} href="/admin/journal" className="text-brand-700 underline hover:text-brand-800">
                Voir tout le journal
              </Link>
            </p>
          </section>
        </>
      )}
    </>
  );
}
