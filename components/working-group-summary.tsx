import Link from 'next/link';
import { DateText } from '@/components/date-text';
import { formatNumber, formatOrdinal } from '@/lib/format';
import type { WorkingGroupListItem } from '@/lib/working-groups/select';

interface WorkingGroupSummaryProps {
  recap: WorkingGroupListItem;
  headingLevel: 2 | 3;
}

/** A recap in a list: title linking to it, meeting, participants, summary. */
export function WorkingGroupSummary({ recap, headingLevel }: WorkingGroupSummaryProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="flex flex-col gap-2">
      <p className="text-sm font-medium text-brand-700">{formatOrdinal(recap.sequenceNumber)} groupe de travail</p>
      <Heading className="text-xl font-semibold text-gray-900">
        <Link href={`/groupes-de-travail/${recap.slug}`} className="text-brand-800 underline hover:text-brand-700">
          {recap.title}
        </Link>
      </Heading>
      <p className="text-sm text-gray-700">
        Réunion du <DateText date={recap.meetingDate} /> · {formatNumber(recap.participantCount)}{' '}
        {recap.participantCount > 1 ? 'métropoles participantes' : 'métropole participante'} · publié le{' '}
        <DateText date={recap.firstPublishedOn} />
      </p>
      <p className="leading-relaxed text-gray-800">{recap.summary}</p>
    </article>
  );
}
