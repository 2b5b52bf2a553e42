import { z } from 'zod';
import { isCleanText } from '@/lib/text';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  actorId?: string;
  entityType?: string;
  action?: string;
  /** Paris calendar days, "YYYY-MM-DD", both included. */
  from?: string;
  to?: string;
  page: number;
}

const IsoDaySchema = z.iso.date().refine((day) => day >= '2000-01-01' && day <= '2099-12-31');

const fieldSchemas = {
  actorId: z.string().regex(/^[\w-]{1,64}$/),
  entityType: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/),
  action: z.string().regex(/^[a-z][a-z0-9_.]{0,63}$/),
  from: IsoDaySchema,
  to: IsoDaySchema,
  page: z.coerce.number().int().min(1).max(100_000),
} as const;

type FilterName = keyof typeof fieldSchemas;

const filterLabels: Record<FilterName, string> = {
  actorId: 'personne',
  entityType: 'type d’élément',
  action: 'action',
  from: 'date de début',
  to: 'date de fin',
  page: 'page',
};

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Reads the journal's GET filters. Each invalid value is dropped on its own (the
 * others still apply) and named in `ignored`, for a notice above the results.
 */
export function parseAuditSearchParams(params: SearchParams): { filters: AuditFilters; ignored: string[] } {
  const filters: AuditFilters = { page: 1 };
  const ignored: string[] = [];
  for (const name of Object.keys(fieldSchemas) as FilterName[]) {
    const raw = params[name];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (!value) continue;
    const parsed = isCleanText(value) ? fieldSchemas[name].safeParse(value) : null;
    if (!parsed?.success) {
      ignored.push(filterLabels[name]);
      continue;
    }
    Object.assign(filters, { [name]: parsed.data });
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    ignored.push('période (la date de début est après la date de fin)');
    delete filters.from;
    delete filters.to;
  }
  return { filters, ignored };
}

/** The same filters as a query string, for pagination links. */
export function auditFiltersToQuery(filters: AuditFilters, page = filters.page): string {
  const query = new URLSearchParams();
  for (const name of ['actorId', 'entityType', 'action', 'from', 'to'] as const) {
    const value = filters[name];
    if (value) query.set(name, value);
  }
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `?${text}` : '';
}

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' });

function parisOffsetMs(at: number): number {
  const name = offsetFormat.formatToParts(new Date(at)).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000;
}

/** The instant a Paris calendar day starts ("2026-03-29" → 2026-03-28T23:00:00Z). */
export function startOfParisDay(isoDay: string): Date {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, day);
  // Paris changes offset at 02:00 or 03:00, never around midnight: one correction is enough.
  const guess = utcMidnight - parisOffsetMs(utcMidnight);
  return new Date(utcMidnight - parisOffsetMs(guess));
}

/** The instant the next Paris day starts: `to` is inclusive. */
export function endOfParisDay(isoDay: string): Date {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
  return startOfParisDay(next);
}
