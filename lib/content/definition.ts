import type { ContentEntityType } from './entity-types';
import type { FieldDefinition, Refinement } from './fields';

/**
 * Everything the back-office needs to know about one content type, in one
 * client-safe object: the forms, the lists, the diff and the server engine all
 * read it (the server-only persistence details live in lib/content/server).
 */
export interface ContentTypeDefinition {
  entityType: ContentEntityType;
  /** URL segment under /admin/contenus. */
  segment: string;
  /** "métropole", "plan ou politique": used in sentences. */
  singular: string;
  plural: string;
  /** Grammatical gender, for "nouvelle" / "nouveau", "publiée" / "publié". */
  feminine: boolean;
  /** Field shown as the entry's name in lists, history and pickers. */
  titleField: string;
  /** Field the slug is generated from; absent when the type has no slug. */
  slugFrom?: string;
  fields: readonly FieldDefinition[];
  /** Extra columns of the list (field names). */
  listColumns: readonly string[];
  /** Enum or relation fields offered as list filters. */
  listFilters: readonly string[];
  refine?: Refinement;
  /** Where staff add entries in bulk (a CSV import), when the type has such a page. */
  bulkImportPath?: string;
  /**
   * The relation field naming the entry's source: the list shows the source's
   * publisher and date and filters on sources to verify (lib/content/source-check).
   */
  sourcedBy?: string;
}

export function defineContentType(definition: ContentTypeDefinition): ContentTypeDefinition {
  const names = new Set(definition.fields.map((field) => field.name));
  for (const name of [definition.titleField, ...definition.listColumns, ...definition.listFilters]) {
    if (!names.has(name)) throw new Error(`${definition.entityType} : champ inconnu « ${name} »`);
  }
  if (definition.slugFrom && !names.has('slug')) throw new Error(`${definition.entityType} : champ slug manquant`);
  if (definition.sourcedBy) {
    const field = definition.fields.find((candidate) => candidate.name === definition.sourcedBy);
    if (field?.kind !== 'relation' || field.target !== 'Source') throw new Error(`${definition.entityType} : « ${definition.sourcedBy} » n’est pas un lien vers une source`);
  }
  return definition;
}
