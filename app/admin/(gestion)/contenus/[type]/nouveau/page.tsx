import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ContentForm } from '@/components/content/content-form';
import { can } from '@/lib/auth/roles';
import { requirePagePermission } from '@/lib/auth/session';
import { emptyRawValues } from '@/lib/content/fields';
import { findContentTypeBySegment } from '@/lib/content/registry';
import { findRelationOptions } from '@/lib/content/server/queries';
import { saveContentAction } from '../../actions';

interface PageProps {
  params: Promise<{ type: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const definition = findContentTypeBySegment((await params).type);
  return { title: definition ? `${definition.feminine ? 'Nouvelle' : 'Nouveau'} : ${definition.singular}` : 'Contenus' };
}

export default async function NewEntryPage({ params }: PageProps) {
  const { type } = await params;
  const definition = findContentTypeBySegment(type);
  if (!definition) notFound();
  const user = await requirePagePermission('content:create', `/admin/contenus/${definition.segment}/nouveau`);
  const options = await findRelationOptions({ definition });
  return (
    <>
      <p className="mb-2">
        <Link prefetch={false} href={`/admin/contenus/${definition.segment}`} className="text-brand-700 underline hover:text-brand-800">
          Retour à la liste
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold text-gray-900">
        {definition.feminine ? 'Nouvelle' : 'Nouveau'} : {definition.singular}
      </h1>
      <p className="mb-6 text-gray-800">Les champs obligatoires le disent dans leur libellé. La fiche reste invisible du public tant qu’elle n’est pas publiée.</p>
      <ContentForm
        segment={definition.segment}
        action={saveContentAction}
        initialValues={emptyRawValues(definition.fields)}
        options={options}
        canPublish={can(user.role, 'content:publish')}
        canSubmit={can(user.role, 'content:submit')}
      />
    </>
  );
}
