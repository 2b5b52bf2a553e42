import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { ContentTypeDefinition } from '../definition';
import type { ContentEntityType } from '../entity-types';
import { ContentFieldError } from '../errors';
import type { ContentValues, FieldErrors } from '../fields';
import { delegateOf, descriptorOf } from './descriptors';
import { resolveSlug } from './slugs';
import { linkedIds } from './values';

/** Linked entries must exist and not be in the trash (those already linked may stay). */
async function checkLinks(client: DbClient, definition: ContentTypeDefinition, values: ContentValues, previous: ContentValues | null): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const links = linkedIds(definition, values);
  const previouslyLinked = new Set(previous ? linkedIds(definition, previous).map((link) => `${link.target}:${link.id}`) : []);
  const byTarget = new Map<ContentEntityType, Set<string>>();
  for (const link of links) byTarget.set(link.target, (byTarget.get(link.target) ?? new Set()).add(link.id));
  const usable = new Set<string>();
  for (const [target, ids] of byTarget) {
    const rows = await delegateOf(client, target).findMany({ where: { id: { in: [...ids] } }, select: { id: true, deletedAt: true } });
    for (const row of rows) {
      const key = `${target}:${String(row.id)}`;
      if (row.deletedAt === null || previouslyLinked.has(key)) usable.add(key);
    }
  }
  for (const link of links) {
    if (!usable.has(`${link.target}:${link.id}`)) {
      (errors[link.path] ??= []).push('Cet élément n’existe plus ou est dans la corbeille : choisissez-en un autre.');
    }
  }
  return errors;
}

/** The type's own rules that need the database (its descriptor's). */
async function checkWithDatabase(client: DbClient, definition: ContentTypeDefinition, values: ContentValues, selfId: string | null): Promise<FieldErrors> {
  const check = descriptorOf(definition.entityType).checkWithDatabase;
  if (!check) return {};
  return check({
    client,
    values,
    selfId,
    isTakenByOther: async (entityType, where) => {
      const row = await delegateOf(client, entityType).findFirst({ where: selfId ? { ...where, NOT: { id: selfId } } : where, select: { id: true } });
      return row !== null;
    },
  });
}

/** Values ready to write: slug resolved, links and database rules checked, or every field error at once. */
export async function prepareValues(client: DbClient, definition: ContentTypeDefinition, values: ContentValues, selfId: string | null, previous: ContentValues | null): Promise<ContentValues> {
  const withSlug = await resolveSlug(client, definition, values, selfId);
  const errors = { ...(await checkLinks(client, definition, withSlug, previous)), ...(await checkWithDatabase(client, definition, withSlug, selfId)) };
  if (Object.keys(errors).length > 0) throw new ContentFieldError(errors);
  return withSlug;
}

const SOURCE_TO_VERIFY =
  'Cette source est à vérifier : confrontez-la au document d’origine, puis décochez « Source à vérifier » sur sa fiche avant de publier ce qui repose sur elle.';
const SOURCE_STILL_FLAGGED =
  'Une source à vérifier n’est pas publiée : confrontez-la au document d’origine, corrigez-la au besoin, puis décochez « Source à vérifier ».';

/**
 * Nothing is published on a source still marked to verify (a political group's
 * page, a personal site, a copy of a document), and such a source is not
 * published itself: the editor checks it against the original first.
 */
export async function assertPublishableSources(client: DbClient, definition: ContentTypeDefinition, values: ContentValues): Promise<void> {
  if (definition.entityType === 'Source') {
    if (values.needsVerification === true) throw new ContentFieldError({ needsVerification: [SOURCE_STILL_FLAGGED] }, SOURCE_STILL_FLAGGED);
    return;
  }
  const sourceFields = definition.fields.filter((field) => field.kind === 'relation' && field.target === 'Source');
  const linked = sourceFields.flatMap((field) => (typeof values[field.name] === 'string' ? [{ field: field.name, id: values[field.name] as string }] : []));
  if (linked.length === 0) return;
  const flagged = new Set(
    (await client.source.findMany({ where: { id: { in: linked.map((link) => link.id) }, needsVerification: true }, select: { id: true } })).map((row) => row.id),
  );
  const errors: FieldErrors = {};
  for (const link of linked) if (flagged.has(link.id)) errors[link.field] = [SOURCE_TO_VERIFY];
  if (Object.keys(errors).length > 0) throw new ContentFieldError(errors, SOURCE_TO_VERIFY);
}
