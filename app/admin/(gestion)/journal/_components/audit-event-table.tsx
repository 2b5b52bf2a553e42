import Link from 'next/link';
import { getContentType } from '@/lib/content/registry';
import { isContentEntityType } from '@/lib/content/entity-types';
import { formatAuditAction, formatAuditDetails, formatEntityType, formatParisDateTime } from '@/lib/audit/labels';
import type { AuditEventItem } from '@/lib/audit/queries';

export function AuditEventTable({ events, caption }: { events: AuditEventItem[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-base text-gray-700">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-gray-300">
            <th scope="col" className="py-2 pr-3 font-semibold">Date et heure</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Personne</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Action</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Élément</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Adresse</th>
            <th scope="col" className="py-2 font-semibold">Détails</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-b border-gray-200 align-top">
              <td className="py-2 pr-3 whitespace-nowrap">
                <time dateTime={event.occurredAt.toISOString()}>{formatParisDateTime(event.occurredAt)}</time>
              </td>
              <td className="py-2 pr-3 break-all">{event.actorLabel ?? 'Système'}</td>
              <th scope="row" className="py-2 pr-3 font-normal">
                {formatAuditAction(event.action)}
              </th>
              <td className="py-2 pr-3">
                {event.entityType ? formatEntityType(event.entityType) : '—'}
                {event.entityId && <span className="block font-mono text-xs break-all text-gray-700">{event.entityId}</span>}
                {event.entityId && event.entityType && isContentEntityType(event.entityType) && (
                  <Link href={`/admin/contenus/${getContentType(event.entityType).segment}/${event.entityId}`} prefetch={false} className="text-brand-700 underline hover:text-brand-800">
                    Voir la fiche
                  </Link>
                )}
              </td>
              <td className="py-2 pr-3 font-mono text-xs">{event.ipAddress ?? '—'}</td>
              <td className="py-2">
                <code className="font-mono text-xs break-all">{formatAuditDetails(event.details)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
