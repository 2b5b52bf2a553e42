import Link from 'next/link';
import { publicationStatusLabels } from '@/lib/content/statuses';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';

interface PreviewBannerProps {
  /** Back-office page of the entry. */
  entryHref: string;
  status: PublicationStatus;
  hasPendingDraft: boolean;
  notes: string[];
}

/** Says, above the previewed page, that this is not what the public sees. */
export function PreviewBanner({ entryHref, status, hasPendingDraft, notes }: PreviewBannerProps) {
  const isLive = status === 'PUBLISHED';
  return (
    <div role="region" aria-label="Aperçu" className="mb-8 rounded border-2 border-amber-700 bg-amber-50 px-4 py-3 text-gray-900">
      <p className="text-lg font-bold">{isLive ? 'Aperçu : cette version est celle en ligne' : 'Aperçu : cette version n’est pas publiée'}</p>
      {!isLive && (
        <p>
          État : {publicationStatusLabels[status].toLowerCase()}.
          {hasPendingDraft && ' Le public voit la version en ligne jusqu’à la publication de ces modifications.'}
        </p>
      )}
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
      <p className="mt-2">
        <Link href={entryHref} prefetch={false} className="font-semibold text-brand-700 underline hover:text-brand-800">
          Retour à la fiche
        </Link>
      </p>
    </div>
  );
}
