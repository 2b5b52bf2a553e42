import { PUBLICATION_STATUSES } from '@/lib/content/statuses';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import { isCleanText, normalizeText } from '@/lib/text';
import type { ContentTypeDefinition } from './definition';
import type { FieldDefinition } from './fields';
import { isSourceCheck } from './source-check';
import { isVerificationCheck } from './verification';

export type SearchParams = Record<string, string | string[] | undefined>;

const CONTENT_LIST_SORTS = ['modification', 'titre', 'statut'] as const;
export type ContentListSort = (typeof CONTENT_LIST_SORTS)[number];
export type ContentListStatus = PublicationStatus | 'PENDING';

export interface ContentListParams {
  q: string;
  status?: ContentListStatus;
  /** Every filter of the type, '' when absent or dropped; `source` (a SourceCheck) for sourced types; `verification` (a VerificationCheck) for all. */
  filters: Record<string, string>;
  sort: ContentListSort;
  page: number;
  /** Names of the parameters dropped because invalid, for a notice above the list. */
  ignored: string[];
}

const STATUSES: readonly string[] = [...PUBLICATION_STATUSES, 'PENDING'];
const SEARCH_MAX_LENGTH = 200;
const MAX_PAGE = 100_000;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function isFilterValue(field: FieldDefinition, value: string): boolean {
  switch (field.kind) {
    case 'enum':
      return Object.hasOwn(field.options, value);
    case 'relation':
      return /^[a-z0-9]{8,40}$/i.test(value);
    case 'tristate':
      return value === 'true' || value === 'false' || value === 'inconnu';
    case 'boolean':
      return value === 'true' || value === 'false';
    default:
      return false;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Reads the GET parameters of a content list (`q`, `statut`, the type's filters,
 * `tri`, `page`). Each invalid value (control characters, what invalid UTF-8
 * decodes to, a value outside its choices) is dropped on its own, the others
 * still apply, and its name goes to `ignored`: a bad link never makes a 500.
 */
export function parseContentListParams(definition: ContentTypeDefinition, params: SearchParams): ContentListParams {
  const ignored: string[] = [];
  const read = (name: string, label: string, isValid: (value: string) => boolean): string => {
    const value = first(params[name]).trim();
    if (value === '') return '';
    if (isCleanText(value) && isValid(value)) return value;
    ignored.push(label);
    return '';
  };

  const search = normalizeText(first(params.q), 'single-line').trim();
  let q = '';
  if (isCleanText(search)) q = [...search].slice(0, SEARCH_MAX_LENGTH).join('');
  else ignored.push('recherche');

  const status = read('statut', 'état', (value) => STATUSES.includes(value)) as ContentListStatus | '';
  const filters: Record<string, string> = {};
  for (const name of definition.listFilters) {
    const field = definition.fields.find((candidate) => candidate.name === name)!;
    filters[name] = read(name, lowerFirst(field.label), (value) => isFilterValue(field, value));
  }
  if (definition.sourcedBy) filters.source = read('source', 'source', isSourceCheck);
  filters.verification = read('verification', 'vérification', isVerificationCheck);
  const sort = read('tri', 'tri', (value) => (CONTENT_LIST_SORTS as readonly string[]).includes(value)) as ContentListSort | '';
  const page = read('page', 'page', (value) => /^\d{1,6}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_PAGE);

  return { q, status: status || undefined, filters, sort: sort || 'modification', page: page ? Number(page) : 1, ignored };
}
