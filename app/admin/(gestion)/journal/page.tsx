import type { Metadata } from 'next';
import Link from 'next/link';
import { auditFiltersToQuery, parseAuditSearchParams, type SearchParams } from '@/lib/audit/filters';
import { auditActionLabels, formatAuditAction, formatEntityType } from '@/lib/audit/labels';
import { findAuditEvents, findAuditFacets } from '@/lib/audit/queries';
import { requirePagePermission } from '@/lib/auth/session';
import { CONTENT_ENTITY_TYPES } from '@/lib/content/entity-types';
import { findUserChoices } from '@/lib/users/queries';
import { AuditEventTable } from './_components/audit-event-table';
import { AuditFilterForm, type AuditFilterChoices } from './_components/audit-filter-form';

export const metadata: Metadata = { title: 'Journal' };

function byLabel(a: { label: string }, b: { label: string }) {
  return a.label.localeCompare(b.label, 'fr');
}

function union(...lists: (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

export default async function JournalPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission('audit:read', '/admin/journal');
  const { filters, ignored } = parseAuditSearchParams(await searchParams);
  const [result, people, facets] = await Promise.all([findAuditEvents(filters), findUserChoices(), findAuditFacets()]);

  const choices: AuditFilterChoices = {
    people: people.map((person) => ({ value: person.id, label: `${person.name} (${person.email})` })),
    entityTypes: union(facets.entityTypes, ['User', 'Setting'], CONTENT_ENTITY_TYPES)
      .map((type) => ({ value: type, label: formatEntityType(type) }))
      .sort(byLabel),
    actions: union(facets.actions, Object.keys(auditActionLabels))
      .map((action) => ({ value: action, label: formatAuditAction(action) }))
      .sort(byLabel),
  };
  const { events, total, page, pageCount } = result;

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-gray-900">Journal</h1>
      <p className="mb-6 text-gray-800">Toutes les connexions et modifications, dans l’ordre inverse. Ce journal ne peut être ni modifié ni effacé.</p>
      <AuditFilterForm filters={filters} choices={choices} />
      {ignored.length > 0 && (
        <p role="status" className="mb-4 rounded border border-amber-700 bg-amber-50 px-4 py-3 text-gray-900">
          Filtres ignorés car invalides : {ignored.join(', ')}.
        </p>
      )}
      {events.length === 0 ? (
        <p>{total === 0 ? 'Aucun événement ne correspond à ces filtres.' : 'Cette page est vide : revenez à la première page.'}</p>
      ) : (
        <AuditEventTable
          events={events}
          caption={`Événements du journal, du plus récent au plus ancien (heure de Paris) : ${total} au total, page ${page} sur ${pageCount}.`}
        />
      )}
      {pageCount > 1 && (
        <nav aria-label="Pagination du journal" className="mt-6">
          <ul className="flex flex-wrap items-center gap-4">
            {page > 1 && (
              <li>
                <Link prefetch={false} href={`/admin/journal${auditFiltersToQuery(filters, page - 1)}`} className="text-brand-700 underline hover:text-brand-800">
                  Page précédente
                </Link>
              </li>
            )}
            <li>
              Page {page} sur {pageCount}
            </li>
            {page < pageCount && (
              <li>
                <Link prefetch={false} href={`/admin/journal${auditFiltersToQuery(filters, page + 1)}`} className="text-brand-700 underline hover:text-brand-800">
                  Page suivante
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}
