import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache, Suspense } from 'react';
import { EntryPreview } from '@/components/content/entry-preview';
import { MetropolisProfileView } from '@/components/metropolis-profile';
import { PersonDetailView } from '@/components/person-detail';
import { PolicyPlanDetailView } from '@/components/policy-plan-detail';
import { SupportStructureDetailView } from '@/components/support-structure-detail';
import { WorkingGroupReportDetailView } from '@/components/working-group-report-detail';
import { can } from '@/lib/auth/roles';
import { getCurrentUser, requirePagePermission } from '@/lib/auth/session';
import type { ContentTypeDefinition } from '@/lib/content/definition';
import { findContentTypeBySegment } from '@/lib/content/registry';
import { findEntryPreview } from '@/lib/previews/queries';
import type { PreviewView } from '@/lib/previews/view';
import { PreviewBanner } from '../../../../_components/preview-banner';

interface PreviewPageProps {
  params: Promise<{ type: string; id: string }>;
}

/** Once per request: generateMetadata and the page both need it. */
const loadPreview = cache((definition: ContentTypeDefinition, id: string) => findEntryPreview({ definition, id }));

export async function generateMetadata({ params }: PreviewPageProps): Promise<Metadata> {
  const robots = { index: false, follow: false };
  const { type, id } = await params;
  const definition = findContentTypeBySegment(type);
  const user = await getCurrentUser();
  // The page itself sends others away; the title must not tell them a draft's name.
  if (!definition || !user || user.mfaSetupRequired || !can(user.role, 'content:edit')) return { title: 'Aperçu', robots };
  const preview = await loadPreview(definition, id);
  return { title: preview ? `Aperçu : ${preview.title}` : 'Aperçu', robots };
}

/** The public page's own component where the type has one. */
function PreviewBody({ definition, view }: { definition: ContentTypeDefinition; view: PreviewView }) {
  switch (view.kind) {
    case 'metropolis':
      return <MetropolisProfileView metropolis={view.metropolis} />;
    case 'policy-plan':
      return <PolicyPlanDetailView plan={view.plan} />;
    case 'support-structure':
      return <SupportStructureDetailView structure={view.structure} />;
    case 'person':
      return <PersonDetailView person={view.person} />;
    case 'working-group-report':
      return <WorkingGroupReportDetailView recap={view.recap} />;
    case 'generic':
      return <EntryPreview definition={definition} values={view.values} labelOf={view.labelOf} />;
  }
}

async function Preview({ params }: PreviewPageProps) {
  const { type, id } = await params;
  const entryHref = `/admin/contenus/${encodeURIComponent(type)}/${encodeURIComponent(id)}`;
  await requirePagePermission('content:edit', `${entryHref}/apercu`);
  const definition = findContentTypeBySegment(type);
  if (!definition) notFound();
  const preview = await loadPreview(definition, id);
  if (!preview) notFound();

  return (
    <>
      <PreviewBanner entryHref={entryHref} status={preview.editorialStatus} hasPendingDraft={preview.hasPendingDraft} notes={preview.notes} />
      <PreviewBody definition={definition} view={preview.view} />
    </>
  );
}

export default function PreviewPage({ params }: PreviewPageProps) {
  return (
    <Suspense fallback={<p>Chargement de l’aperçu…</p>}>
      <Preview params={params} />
    </Suspense>
  );
}
