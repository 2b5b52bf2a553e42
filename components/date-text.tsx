import { formatDate, toIsoDate } from '@/lib/format';

/** A stored date as "5 mars 2019", machine-readable for feeds readers and search engines. */
export function DateText({ date }: { date: Date }) {
  return <time dateTime={toIsoDate(date)}>{formatDate(date)}</time>;
}
