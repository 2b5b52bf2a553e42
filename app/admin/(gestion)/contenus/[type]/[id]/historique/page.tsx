import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ContentActionForm } from '@/components/content/content-action-form';
import { SelectField } from '@/components/forms/select-field';
import { formatParisDateTime } from '@/lib/audit/labels';
import { requirePagePermission } from '@/lib/auth/session';
import { diffValues, entryTitle } from '@/lib/content/display';
import { findContentTypeBySegment } from '@/lib/content/registry';
import { findEntry, findRevisions, findRevisionValues, getRelationLabeler } from '@/lib/content/server/queries';
import { publicationStatusLabels } from '@/lib/content/statuses';
import { restoreRevisionAction } from '../../../actions';

interface PageProps {
  params: Promise<{ type: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const metadata: Metadata = { title: 'Historique des versions' };

const linkClass = 'text-brand-700 underline hover:text-brand-800';

function versionParam(value: string | string[] | undefined): number | null {
  return typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : null;
}

export default async function HistoryPage({ params, searchParams }: PageProps) {
  const { type, id } = await params;
  const definition = findContentTypeBySegment(type);
  if (!definition) notFound();
  const entryPath = `/admin/contenus/${definition.segment}/${id}`;
  await requirePagePermission('content:edit', `${entryPath}/historique`);
  const entry = await findEntry({ definition, id });
  if (!entry) notFound();
  const revisions = await findRevisions({ definition, id });
  const query = await searchParams;
  const versions = revisions.map((revision) => revision.version);
  const to = versionParam(query.a) ?? versions[0] ?? null;
  const from = versionParam(query.de) ?? versions.find((version) => to !== null && version < to) ?? null;
  const [fromValues, toValues] = await Promise.all([
    from !== null ? findRevisionValues({ definition, id, version: from }) : null,
    to !== null ? findRevisionValues({ definition, id, version: to }) : null,
  ]);
  const labelOf = await getRelationLabeler({ definition, valuesList: [fromValues ?? {}, toValues ?? {}] });
  const changes = fromValues && toValues ? diffValues(definition, fromValues, toValues, labelOf) : null;
  const versionOptions = revisions.map((revision) => ({
    value: String(revision.version),
    label: `Version ${revision.version} (${publicationStatusLabels[revision.status].toLowerCase()}, ${formatParisDateTime(revision.createdAt)})`,
  }));

  return (
    <>
      <p className="mb-2">
        <Link prefetch={false} href={entryPath} className={linkClass}>
          Retour à la fiche
        </Link>
      </p>
      <h1 className="mb-6 text-3xl font-bold text-gray-900">Historique : {entryTitle(definition, entry.editorial)}</h1>

      {revisions.length === 0 ? (
        <p>Aucune version enregistrée depuis l’ouverture du back-office : la première modification gardera la version actuelle.</p>
      ) : (
        <>
          <section aria-labelledby="versions" className="mb-10">
            <h2 id="versions" className="mb-3 text-xl font-bold text-gray-900">
              Versions
            </h2>
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="sr-only">Versions de la fiche, de la plus récente à la plus ancienne</caption>
                <thead>
                  <tr className="border-b-2 border-gray-300">
                    <th scope="col" className="py-2 pr-3">Version</th>
                    <th scope="col" className="py-2 pr-3">État</th>
                    <th scope="col" className="py-2 pr-3">Enregistrée le</th>
                    <th scope="col" className="py-2 pr-3">Par</th>
                    <th scope="col" className="py-2">Action</th>
                  </tr>
                </thead>
                <tbody>
                  {revisions.map((revision) => (
                    <tr key={revision.version} className="border-b border-gray-200 align-top">
                      <th scope="row" className="py-2 pr-3">
                        {revision.version}
                      </th>
                      <td className="py-2 pr-3">{publicationStatusLabels[revision.status]}</td>
                      <td className="py-2 pr-3">
                        <time dateTime={revision.createdAt.toISOString()}>{formatParisDateTime(revision.createdAt)}</time>
                      </td>
                      <td className="py-2 pr-3">{revision.authorName ?? 'Import initial'}</td>
                      <td className="py-2">
                        {revision.version === entry.version ? (
                          'Version actuelle'
                        ) : (
                          <ContentActionForm
                            action={restoreRevisionAction}
                            hidden={{ _type: definition.segment, _id: entry.id, _version: entry.version, fromVersion: revision.version }}
                            label={<>Restaurer la version {revision.version}</>}
                            pendingLabel="Restauration…"
                          />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="comparer">
            <h2 id="comparer" className="mb-3 text-xl font-bold text-gray-900">
              Comparer deux versions
            </h2>
            <form method="get" action={`${entryPath}/historique`} className="mb-4 flex flex-wrap items-end gap-x-4">
              <SelectField name="de" label="Version de départ" options={versionOptions} defaultValue={from !== null ? String(from) : ''} className="mb-2" />
              <SelectField name="a" label="Version d’arrivée" options={versionOptions} defaultValue={to !== null ? String(to) : ''} className="mb-2" />
              <button type="submit" className="mb-2 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
                Comparer
              </button>
            </form>
            {changes === null ? (
              <p>Choisissez deux versions à comparer.</p>
            ) : changes.length === 0 ? (
              <p>
                Les versions {from} et {to} ont les mêmes valeurs (seul l’état a pu changer).
              </p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full border-collapse text-left text-sm">
                  <caption className="mb-2 text-left text-base text-gray-800">
                    Champs modifiés entre la version {from} et la version {to}
                  </caption>
                  <thead>
                    <tr className="border-b-2 border-gray-300">
                      <th scope="col" className="py-2 pr-3">Champ</th>
                      <th scope="col" className="py-2 pr-3">Version {from}</th>
                      <th scope="col" className="py-2">Version {to}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((change) => (
                      <tr key={change.name} className="border-b border-gray-200 align-top">
                        <th scope="row" className="py-2 pr-3 font-semibold">
                          {change.label}
                        </th>
                        <td className="py-2 pr-3 whitespace-pre-line">
                          <del className="bg-red-50 text-red-900 no-underline">{change.before}</del>
                        </td>
                        <td className="py-2 whitespace-pre-line">
                          <ins className="bg-green-50 text-green-900 no-underline">{change.after}</ins>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </>
  );
}
