import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FlashMessage } from '@/components/content/flash-message';
import { IgnoredParamsNotice } from '@/components/content/ignored-params-notice';
import { SelectField, type SelectOption } from '@/components/forms/select-field';
import { Field } from '@/components/forms/field';
import { formatParisDateTime } from '@/lib/audit/labels';
import { requirePagePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/roles';
import { PUBLICATION_STATUSES, publicationStatusLabels } from '@/lib/content/statuses';
import type { ContentTypeDefinition } from '@/lib/content/definition';
import { parseContentListParams } from '@/lib/content/list-params';
import { contentEntityLabels, findContentTypeBySegment } from '@/lib/content/registry';
import { SOURCE_CHECKS } from '@/lib/content/source-check';
import { dayToDate, VERIFICATION_CHECKS } from '@/lib/content/verification';
import { formatDate } from '@/lib/format';
import { findEntries, findRelationOptions } from '@/lib/content/server/queries';

type SearchParams = Record<string, string | string[] | undefined>;

interface PageProps {
  params: Promise<{ type: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const definition = findContentTypeBySegment((await params).type);
  return { title: definition ? contentEntityLabels[definition.entityType] : 'Contenus' };
}

const STATUS_FILTERS: SelectOption[] = [
  ...PUBLICATION_STATUSES.map((value) => ({ value, label: publicationStatusLabels[value] })),
  { value: 'PENDING', label: 'Publié, modifications en attente' },
];

const SOURCE_CHECK_OPTIONS: SelectOption[] = Object.entries(SOURCE_CHECKS).map(([value, label]) => ({ value, label }));
const VERIFICATION_OPTIONS: SelectOption[] = Object.entries(VERIFICATION_CHECKS).map(([value, label]) => ({ value, label }));

const SORTS: SelectOption[] = [
  { value: 'modification', label: 'Dernière modification' },
  { value: 'titre', label: 'Nom (A → Z)' },
  { value: 'statut', label: 'État' },
];

async function filterChoices(definition: ContentTypeDefinition): Promise<Array<{ name: string; label: string; options: SelectOption[] }>> {
  const fields = definition.listFilters.map((name) => definition.fields.find((candidate) => candidate.name === name)!);
  // Only the pickers the filters show, not every relation of the form.
  const targets = fields.flatMap((field) => (field.kind === 'relation' ? [field.target] : []));
  const relationOptions = await findRelationOptions({ definition, targets });
  return fields.map((field) => {
    let options: SelectOption[] = [];
    if (field.kind === 'enum') options = Object.entries(field.options).map(([value, label]) => ({ value, label }));
    if (field.kind === 'relation') options = relationOptions[field.target] ?? [];
    if (field.kind === 'tristate') options = [{ value: 'true', label: 'Oui' }, { value: 'false', label: 'Non' }, { value: 'inconnu', label: 'Non renseigné' }];
    if (field.kind === 'boolean') options = [{ value: 'true', label: 'Oui' }, { value: 'false', label: 'Non' }];
    return { name: field.name, label: field.label, options };
  });
}

export default async function ContentListPage({ params, searchParams }: PageProps) {
  const { type } = await params;
  const definition = findContentTypeBySegment(type);
  if (!definition) notFound();
  const basePath = `/admin/contenus/${definition.segment}`;
  const user = await requirePagePermission('admin:access', basePath);
  const query = await searchParams;

  const { q, status, filters, sort, page, ignored } = parseContentListParams(definition, query);
  const [list, choices] = await Promise.all([
    findEntries({ definition, q, status, filters, sort, page }),
    filterChoices(definition),
  ]);
  const columns = definition.listColumns.map((name) => definition.fields.find((field) => field.name === name)!);
  const pageHref = (page: number) => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries({ q, statut: status ?? '', tri: sort === 'modification' ? '' : sort, ...filters })) if (value) next.set(key, value);
    if (page > 1) next.set('page', String(page));
    const search = next.toString();
    return search ? `${basePath}?${search}` : basePath;
  };

  return (
    <>
      <p className="mb-2">
        <Link prefetch={false} href="/admin/contenus" className="text-brand-700 underline hover:text-brand-800">
          Tous les contenus
        </Link>
      </p>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-gray-900">{contentEntityLabels[definition.entityType]}</h1>
        <div className="flex flex-wrap gap-3">
          {definition.bulkImportPath && can(user.role, 'content:create') && (
            <Link prefetch={false} href={definition.bulkImportPath} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
              Importer un fichier CSV
            </Link>
          )}
          {can(user.role, 'content:create') && (
            <Link prefetch={false} href={`${basePath}/nouveau`} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              {definition.feminine ? 'Nouvelle' : 'Nouveau'} : {definition.singular}
            </Link>
          )}
        </div>
      </div>
      <FlashMessage message={query.message} count={query.nombre} />
      <IgnoredParamsNotice ignored={ignored} />

      <form method="get" action={basePath} role="search" aria-label={`Chercher parmi les ${definition.plural}`} className="mb-6 flex flex-wrap items-end gap-x-4 rounded border border-gray-300 bg-gray-50 p-4">
        <Field name="q" label="Rechercher" type="search" defaultValue={q} hint="Nom ou adresse (slug)." className="mb-2 min-w-56 flex-1" />
        <SelectField name="statut" label="État" emptyOption="Tous" options={STATUS_FILTERS} defaultValue={status ?? ''} className="mb-2" />
        {choices.map((choice) => (
          <SelectField key={choice.name} name={choice.name} label={choice.label} emptyOption="Tous" options={choice.options} defaultValue={filters[choice.name] ?? ''} className="mb-2 max-w-64" />
        ))}
        {definition.sourcedBy && (
          <SelectField name="source" label="Source" emptyOption="Toutes" options={SOURCE_CHECK_OPTIONS} defaultValue={filters.source ?? ''} className="mb-2" />
        )}
        <SelectField name="verification" label="Vérification" emptyOption="Toutes" options={VERIFICATION_OPTIONS} defaultValue={filters.verification ?? ''} className="mb-2 max-w-64" />
        <SelectField name="tri" label="Trier par" options={SORTS} defaultValue={sort} className="mb-2" />
        <button type="submit" className="mb-2 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Filtrer
        </button>
      </form>

      <p className="mb-2 text-gray-800" aria-live="polite">
        {list.total} fiche{list.total > 1 ? 's' : ''}
        {list.pageCount > 1 ? ` · page ${list.page} sur ${list.pageCount}` : ''}
      </p>
      {list.items.length === 0 ? (
        <p>Aucune fiche ne correspond.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{contentEntityLabels[definition.entityType]}</caption>
            <thead>
              <tr className="border-b-2 border-gray-300">
                <th scope="col" className="py-2 pr-3">Nom</th>
                {columns.map((column) => (
                  <th key={column.name} scope="col" className="py-2 pr-3">
                    {column.label}
                  </th>
                ))}
                {definition.sourcedBy && (
                  <th scope="col" className="py-2 pr-3">
                    Source
                  </th>
                )}
                <th scope="col" className="py-2 pr-3">État</th>
                <th scope="col" className="py-2 pr-3">Vérifiée le</th>
                <th scope="col" className="py-2">Modifiée le</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.id} className="border-b border-gray-200 align-top">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link prefetch={false} href={`${basePath}/${item.id}`} className="font-semibold text-brand-700 underline hover:text-brand-800">
                      {item.title || 'Sans titre'}
                    </Link>
                    {item.slug && <span className="block text-sm text-gray-700">{item.slug}</span>}
                  </th>
                  {columns.map((column) => (
                    <td key={column.name} className="py-2 pr-3">
                      {item.columns[column.name]}
                    </td>
                  ))}
                  {definition.sourcedBy && (
                    <td className="py-2 pr-3">
                      {item.source ? (
                        <>
                          {item.source.publisher}
                          <span className="block text-sm text-gray-700">{item.source.date ?? 'non datée'}</span>
                          {item.source.needsVerification && <strong className="block text-sm text-red-800">Source à vérifier</strong>}
                        </>
                      ) : (
                        <span className="text-gray-700">Non renseignée</span>
                      )}
                    </td>
                  )}
                  <td className="py-2 pr-3">
                    {publicationStatusLabels[item.status]}
                    {item.pendingStatus && (
                      <span className="block text-sm text-gray-800">
                        Modifications en attente ({publicationStatusLabels[item.pendingStatus].toLowerCase()})
                      </span>
                    )}
                  </td>
                  <td className="py-2 pr-3 text-sm">
                    {item.lastVerifiedOn ? <time dateTime={item.lastVerifiedOn}>{formatDate(dayToDate(item.lastVerifiedOn))}</time> : <span className="text-gray-700">Jamais</span>}
                  </td>
                  <td className="py-2 text-sm">
                    <time dateTime={item.updatedAt.toISOString()}>{formatParisDateTime(item.updatedAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.pageCount > 1 && (
        <nav aria-label="Pagination" className="mt-4 flex gap-4">
          {list.page > 1 && (
            <Link prefetch={false} href={pageHref(list.page - 1)} className="text-brand-700 underline">
              Page précédente
            </Link>
          )}
          {list.page < list.pageCount && (
            <Link prefetch={false} href={pageHref(list.page + 1)} className="text-brand-700 underline">
              Page suivante
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
