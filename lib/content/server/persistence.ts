import 'server-only';
import { cacheTags } from '@/lib/cache-tags';
import type { ContentEntityType } from '@/lib/dashboard/content-types';
import type { Database } from '@/lib/db/client';
import type { ContentTypeDefinition } from '../definition';
import type { ContentValues, FieldDefinition, FieldErrors, SnapshotValue } from '../fields';

export type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];
type Client = Database | Transaction;

type Row = Record<string, unknown>;
type Args = Record<string, unknown>;

/**
 * The slice of a Prisma model delegate the engine uses. Every content model has
 * the same editorial columns, so one generic engine drives the fourteen of
 * them; the typed Prisma API stays in use everywhere else.
 */
export interface ContentDelegate {
  findUnique(args: Args): Promise<Row | null>;
  findFirst(args: Args): Promise<Row | null>;
  findMany(args: Args): Promise<Row[]>;
  count(args: Args): Promise<number>;
  create(args: Args): Promise<Row>;
  update(args: Args): Promise<Row>;
  updateMany(args: Args): Promise<{ count: number }>;
  deleteMany(args: Args): Promise<{ count: number }>;
}

const DELEGATES: Record<ContentEntityType, string> = {
  Metropolis: 'metropolis',
  PolicyPlan: 'policyPlan',
  ActionLever: 'actionLever',
  FundingProgramme: 'fundingProgramme',
  FundedProject: 'fundedProject',
  Figure: 'figure',
  Source: 'source',
  SupportStructure: 'supportStructure',
  Person: 'person',
  Organisation: 'organisation',
  WorkingGroupReport: 'workingGroupReport',
  Programme: 'programme',
  Publication: 'publication',
  Theme: 'theme',
};

export function delegateOf(client: Client, entityType: ContentEntityType): ContentDelegate {
  return (client as unknown as Record<string, ContentDelegate>)[DELEGATES[entityType]]!;
}

/** Cache tags a change to this type's live rows invalidates (ADR 004). */
export function invalidationTags(entityType: ContentEntityType, slugs: Array<string | null | undefined>): string[] {
  const slugTag: Partial<Record<ContentEntityType, (slug: string) => string>> = {
    Metropolis: cacheTags.metropolis,
    PolicyPlan: cacheTags.policyPlan,
    SupportStructure: cacheTags.supportStructure,
    WorkingGroupReport: cacheTags.workingGroup,
  };
  const collection: Record<ContentEntityType, string> = {
    Metropolis: cacheTags.metropolises,
    PolicyPlan: cacheTags.policyPlans,
    ActionLever: cacheTags.actionLevers,
    FundingProgramme: cacheTags.fundingProgrammes,
    FundedProject: cacheTags.fundedProjects,
    Figure: cacheTags.figures,
    Source: cacheTags.sources,
    SupportStructure: cacheTags.supportStructures,
    Person: cacheTags.persons,
    Organisation: cacheTags.organisations,
    WorkingGroupReport: cacheTags.workingGroups,
    Programme: cacheTags.programmes,
    Publication: cacheTags.publications,
    Theme: cacheTags.themes,
  };
  const toSlugTag = slugTag[entityType];
  const tags = [collection[entityType]];
  if (toSlugTag) for (const slug of new Set(slugs)) if (slug) tags.push(toSlugTag(slug));
  return tags;
}

/** Rows of another content type that cannot outlive this entry (required link or owned figures). */
export interface Dependent {
  entityType: ContentEntityType;
  foreignKey: string;
}

export const DEPENDENTS: Partial<Record<ContentEntityType, Dependent[]>> = {
  Metropolis: [
    { entityType: 'PolicyPlan', foreignKey: 'metropolisId' },
    { entityType: 'FundingProgramme', foreignKey: 'metropolisId' },
    { entityType: 'FundedProject', foreignKey: 'metropolisId' },
    { entityType: 'Figure', foreignKey: 'metropolisId' },
  ],
  PolicyPlan: [{ entityType: 'Figure', foreignKey: 'policyPlanId' }],
  FundingProgramme: [
    { entityType: 'FundedProject', foreignKey: 'fundingProgrammeId' },
    { entityType: 'Figure', foreignKey: 'fundingProgrammeId' },
  ],
  Source: [{ entityType: 'Figure', foreignKey: 'sourceId' }],
  SupportStructure: [{ entityType: 'Figure', foreignKey: 'supportStructureId' }],
  Programme: [{ entityType: 'Figure', foreignKey: 'programmeId' }],
};

/** Order in which emptying the trash deletes rows: children before what they point at. */
export const PURGE_ORDER: readonly ContentEntityType[] = [
  'FundedProject',
  'Figure',
  'FundingProgramme',
  'PolicyPlan',
  'WorkingGroupReport',
  'Publication',
  'Programme',
  'SupportStructure',
  'Person',
  'Organisation',
  'Metropolis',
  'Source',
  'ActionLever',
  'Theme',
];

/** What reads one entry's values: columns, linked ids, child rows. */
export function valuesSelect(definition: ContentTypeDefinition): Args {
  const select: Args = {};
  for (const field of definition.fields) {
    if (field.kind === 'relations') {
      select[field.name] = field.through ? { select: { [field.through.key]: true } } : { select: { id: true } };
    } else if (field.kind === 'repeater') {
      select[field.name] = {
        select: Object.fromEntries(field.fields.map((sub) => [sub.name, true])),
        ...(field.positionColumn ? { orderBy: { [field.positionColumn]: 'asc' } } : {}),
      };
    } else {
      select[field.name] = true;
    }
  }
  return select;
}

function columnToValue(field: FieldDefinition, value: unknown): SnapshotValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (field.kind === 'decimal') return String(value);
  return value as SnapshotValue;
}

/** A database row → the values a snapshot and a form use. */
export function rowToValues(definition: ContentTypeDefinition, row: Row): ContentValues {
  const values: ContentValues = {};
  for (const field of definition.fields) {
    const value = row[field.name];
    if (field.kind === 'relations') {
      const key = field.through?.key ?? 'id';
      values[field.name] = ((value as Row[] | undefined) ?? []).map((linked) => String(linked[key])).sort();
    } else if (field.kind === 'repeater') {
      values[field.name] = ((value as Row[] | undefined) ?? []).map((child) =>
        Object.fromEntries(field.fields.map((sub) => [sub.name, columnToValue(sub, child[sub.name]) as string | number | boolean | null])),
      );
    } else {
      values[field.name] = columnToValue(field, value);
    }
  }
  return values;
}

function valueToColumn(field: FieldDefinition, value: SnapshotValue | undefined): unknown {
  if (value === undefined) return null;
  if (field.kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value;
}

/** Scalar columns (and foreign keys) of a write. */
export function columnData(definition: ContentTypeDefinition, values: ContentValues): Args {
  const data: Args = {};
  for (const field of definition.fields) {
    if (field.kind === 'relations' || field.kind === 'repeater') continue;
    data[field.name] = valueToColumn(field, values[field.name]);
  }
  return data;
}

/** Links and child rows, replaced as a whole (nested writes of one update). */
export function relationData(definition: ContentTypeDefinition, values: ContentValues, mode: 'create' | 'update'): Args {
  const data: Args = {};
  for (const field of definition.fields) {
    if (field.kind === 'relations') {
      const ids = (values[field.name] as string[] | undefined) ?? [];
      if (field.through) {
        const create = ids.map((id) => ({ [field.through!.key]: id }));
        data[field.name] = mode === 'create' ? { create } : { deleteMany: {}, create };
      } else {
        const links = ids.map((id) => ({ id }));
        data[field.name] = mode === 'create' ? { connect: links } : { set: links };
      }
    } else if (field.kind === 'repeater') {
      const rows = (values[field.name] as Array<Record<string, SnapshotValue>> | undefined) ?? [];
      const create = rows.map((row, index) => ({
        ...Object.fromEntries(field.fields.map((sub) => [sub.name, valueToColumn(sub, row[sub.name])])),
        ...(field.positionColumn ? { [field.positionColumn]: index } : {}),
      }));
      data[field.name] = mode === 'create' ? { create } : { deleteMany: {}, create };
    }
  }
  return data;
}

/** Every linked id a write refers to, by target type and the field (path) to report on. */
export function linkedIds(definition: ContentTypeDefinition, values: ContentValues): Array<{ target: ContentEntityType; id: string; path: string }> {
  const links: Array<{ target: ContentEntityType; id: string; path: string }> = [];
  for (const field of definition.fields) {
    const value = values[field.name];
    if (field.kind === 'relation' && typeof value === 'string') links.push({ target: field.target, id: value, path: field.name });
    if (field.kind === 'relations' && Array.isArray(value)) {
      for (const id of value as string[]) links.push({ target: field.target, id, path: field.name });
    }
    if (field.kind === 'repeater' && Array.isArray(value)) {
      (value as Array<Record<string, SnapshotValue>>).forEach((row, index) => {
        for (const sub of field.fields) {
          const id = row[sub.name];
          if (sub.kind === 'relation' && typeof id === 'string') links.push({ target: sub.target, id, path: `${field.name}.${index}.${sub.name}` });
        }
      });
    }
  }
  return links;
}

/** Rules that need the database, per type (the zod schema covers the rest). `selfId`: the entry being saved. */
export async function checkWithDatabase(client: Client, definition: ContentTypeDefinition, values: ContentValues, selfId: string | null): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const takenByOther = async (entityType: ContentEntityType, where: Args) => {
    const row = await delegateOf(client, entityType).findFirst({ where: selfId ? { ...where, NOT: { id: selfId } } : where, select: { id: true } });
    return row !== null;
  };
  switch (definition.entityType) {
    case 'FundedProject':
      if (typeof values.fundingProgrammeId === 'string') {
        const programme = await delegateOf(client, 'FundingProgramme').findUnique({ where: { id: values.fundingProgrammeId }, select: { metropolisId: true } });
        if (programme && programme.metropolisId !== values.metropolisId) {
          errors.metropolisId = ['Ce dispositif appartient à une autre métropole : choisissez la sienne.'];
        }
      }
      break;
    case 'PolicyPlan':
      if (typeof values.predecessorId === 'string') {
        if (values.predecessorId === selfId) errors.predecessorId = ['Un plan ne peut pas être sa propre édition précédente.'];
        else if (await takenByOther('PolicyPlan', { predecessorId: values.predecessorId })) errors.predecessorId = ['Ce plan a déjà une édition suivante.'];
      }
      break;
    case 'Metropolis':
      if (typeof values.sirenCode === 'string' && (await takenByOther('Metropolis', { sirenCode: values.sirenCode }))) {
        errors.sirenCode = ['Ce SIREN est déjà celui d’une autre métropole.'];
      }
      break;
    case 'Source':
      if (await takenByOther('Source', { publisher: values.publisher, title: values.title })) {
        errors.title = ['Une source de cet éditeur porte déjà ce titre.'];
      }
      break;
    default:
      break;
  }
  return errors;
}
