import { ExternalLink } from '@/components/external-link';
import { formatSourceDate, toSourceIsoDate } from '@/lib/format';
import type { SourceRef } from '@/lib/sources/select';

interface SourceLineProps {
  source: SourceRef | null;
  /** "Source" by default; e.g. "Source des populations". */
  label?: string;
  className?: string;
}

/** "Source : Avise, <title>, 22 mars 2019" (or "juin 2020", "2018": as precise as the page), or says that the source is not given. */
export function SourceLine({ source, label = 'Source', className = 'text-sm text-gray-700' }: SourceLineProps) {
  if (!source) {
    return <p className={className}>{label} : non renseignée</p>;
  }
  return (
    <p className={className}>
      {label} : {source.publisher},{' '}
      {source.url ? (
        <ExternalLink href={source.url}>
          <cite>{source.title}</cite>
        </ExternalLink>
      ) : (
        <cite>{source.title}</cite>
      )}
      {source.publishedOn && (
        <>
          , <time dateTime={toSourceIsoDate(source.publishedOn, source.publishedOnPrecision)}>{formatSourceDate(source.publishedOn, source.publishedOnPrecision)}</time>
        </>
      )}
    </p>
  );
}
