import 'server-only';
import type { DbClient } from '@/lib/db/client';
import { slugify } from '@/lib/slug';
import type { ContentTypeDefinition } from '../definition';
import type { ContentEntityType } from '../entity-types';
import { ContentFieldError } from '../errors';
import type { ContentValues } from '../fields';
import { delegateOf } from './descriptors';

// The one slug logic of the back-office: the editing engine and the CSV import
// both generate "lyon", then "lyon-2"… and both refuse a slug another entry
// uses or once used (its SlugRedirect keeps pointing at that entry).

/** The slug field allows 120 characters: room for a "-NNN" suffix. */
function slugBase(text: string): string {
  return slugify(text).slice(0, 100).replace(/-+$/, '') || 'fiche';
}

export function slugTakenMessage(definition: ContentTypeDefinition): string {
  return `Cette adresse est déjà utilisée par une autre fiche (${definition.plural}). Choisissez-en une autre.`;
}

type SlugFilter = { in: string[] } | { startsWith: string };

/** Slugs matching any filter that entries other than `selfId` use, or used before a rename. */
async function findTakenSlugs(client: DbClient, entityType: ContentEntityType, filters: SlugFilter[], selfId: string | null): Promise<Set<string>> {
  if (filters.length === 0) return new Set();
  const notSelf = selfId ? { NOT: { id: selfId } } : {};
  const [rows, redirects] = await Promise.all([
    delegateOf(client, entityType).findMany({ where: { OR: filters.map((slug) => ({ slug })), ...notSelf }, select: { slug: true } }),
    client.slugRedirect.findMany({
      where: { entityType, OR: filters.map((slug) => ({ slug })), ...(selfId ? { NOT: { entityId: selfId } } : {}) },
      select: { slug: true },
    }),
  ]);
  return new Set([...rows.map((row) => String(row.slug)), ...redirects.map((row) => row.slug)]);
}

async function isSlugFree(client: DbClient, entityType: ContentEntityType, slug: string, selfId: string | null): Promise<boolean> {
  return (await findTakenSlugs(client, entityType, [{ in: [slug] }], selfId)).size === 0;
}

function assignSlugs(bases: string[], taken: Set<string>): string[] {
  const used = new Set(taken);
  return bases.map((base) => {
    let slug = base;
    for (let suffix = 2; used.has(slug); suffix += 1) slug = `${base}-${suffix}`;
    used.add(slug);
    return slug;
  });
}

/**
 * One free slug per name, unique among themselves too, with -2, -3… where
 * needed. The suffixes of a taken base are read at once; a last check catches
 * the rare suffix that clashes with a slug stored under another base.
 */
export async function uniqueSlugs(client: DbClient, entityType: ContentEntityType, names: string[], selfId: string | null = null): Promise<string[]> {
  const bases = names.map(slugBase);
  const occurrences = new Map<string, number>();
  for (const base of bases) occurrences.set(base, (occurrences.get(base) ?? 0) + 1);
  const distinct = [...occurrences.keys()];
  const taken = await findTakenSlugs(client, entityType, [{ in: distinct }], selfId);
  const repeated = distinct.filter((base) => taken.has(base) || occurrences.get(base)! > 1);
  for (const slug of await findTakenSlugs(client, entityType, repeated.map((base) => ({ startsWith: `${base}-` })), selfId)) taken.add(slug);
  for (;;) {
    const slugs = assignSlugs(bases, taken);
    const suffixed = slugs.filter((slug, index) => slug !== bases[index]);
    const clashes = suffixed.length > 0 ? await findTakenSlugs(client, entityType, [{ in: suffixed }], selfId) : new Set<string>();
    if (clashes.size === 0) return slugs;
    for (const slug of clashes) taken.add(slug);
  }
}

/** The slug typed (refused when taken), or one generated from the name. */
export async function resolveSlug(client: DbClient, definition: ContentTypeDefinition, values: ContentValues, selfId: string | null): Promise<ContentValues> {
  if (!definition.slugFrom) return values;
  if (typeof values.slug === 'string') {
    if (!(await isSlugFree(client, definition.entityType, values.slug, selfId))) throw new ContentFieldError({ slug: [slugTakenMessage(definition)] });
    return values;
  }
  const [slug] = await uniqueSlugs(client, definition.entityType, [String(values[definition.slugFrom] ?? '')], selfId);
  return { ...values, slug: slug! };
}
