import { SLUG_PATTERN } from '@/lib/slug';

/** What a feed may be narrowed to (`/flux.xml?metropole=…&theme=…`). */
export interface FeedFilter {
  metropole?: string;
  theme?: string;
}

export type FeedQuery = { ok: true; filter: FeedFilter } | { ok: false; message: string };

const PARAMETERS = ['metropole', 'theme'] as const;

/** Pure: an unknown parameter, a repeated one or a value that is not a slug is refused (400), never ignored. */
export function parseFeedQuery(params: URLSearchParams): FeedQuery {
  const filter: FeedFilter = {};
  for (const key of new Set(params.keys())) {
    if (!(PARAMETERS as readonly string[]).includes(key)) {
      return { ok: false, message: `Paramètre inconnu : « ${key.slice(0, 40)} ». Paramètres acceptés : metropole, theme.` };
    }
    const values = params.getAll(key);
    if (values.length > 1) return { ok: false, message: `Le paramètre « ${key} » ne peut être donné qu’une fois.` };
    const value = values[0]!;
    if (!SLUG_PATTERN.test(value) || value.length > 120) {
      return { ok: false, message: `Valeur invalide pour « ${key} » : un identifiant en minuscules et tirets est attendu (ex. nantes-metropole).` };
    }
    filter[key as (typeof PARAMETERS)[number]] = value;
  }
  return { ok: true, filter };
}

/** The feed's path for a filter, parameters in a fixed order (its self link and the pages' alternates). */
export function feedPath(filter: FeedFilter = {}): string {
  const params = new URLSearchParams();
  if (filter.metropole) params.set('metropole', filter.metropole);
  if (filter.theme) params.set('theme', filter.theme);
  const query = params.toString();
  return query ? `/flux.xml?${query}` : '/flux.xml';
}
