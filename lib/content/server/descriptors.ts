import 'server-only';
import { cacheTags } from '@/lib/cache-tags';
import type { DbClient, Transaction } from '@/lib/db/client';
import { alertForPublication, alertForWorkingGroupReport } from '@/lib/newsletter/alerts';
import { previewMetropolis } from '@/lib/previews/metropolis';
import { previewPerson } from '@/lib/previews/person';
import { previewPolicyPlan } from '@/lib/previews/policy-plan';
import { previewSupportStructure } from '@/lib/previews/support-structure';
import type { PreviewBuild } from '@/lib/previews/view';
import { previewWorkingGroupReport } from '@/lib/previews/working-group-report';
import { publishedWhere } from '@/lib/publication';
import { CONTENT_ENTITY_TYPES, type ContentEntityType } from '../entity-types';
import type { ContentValues, FieldErrors } from '../fields';
import { modelDelegate, type Args, type ContentDelegate, type ContentModel, type Row } from './delegate';

/**
 * What the server knows about each content type, in one place (ADR 006): the
 * client-safe definition (lib/content/types) says what an entry holds and how it
 * is edited; this says where it is stored, what public pages it feeds, what
 * cannot outlive it and the rules that need the database. Typed as a record over
 * every entity type, so a type without a descriptor does not compile.
 */
export interface ContentDescriptor {
  /** The Prisma client property of the model. */
  model: ContentModel;
  /** Cache tags of public reads (ADR 004): the collection's, and a detail page's per slug. */
  tags: { collection: string; slug?: (slug: string) => string };
  /** A public detail page per published entry: its address keeps answering old slugs with a 308. */
  publicPage?: PublicPage;
  /** Rows of other types that cannot exist without this entry: trashed with it, after confirmation. */
  dependents?: readonly Dependent[];
  /** Links that forbid trashing the entry at all, until someone removes them. */
  trashBlockers?: readonly TrashBlocker[];
  /** Rules that need the database (the zod schema covers the rest). */
  checkWithDatabase?: (check: DatabaseCheck) => Promise<FieldErrors>;
  /** How pickers name an entry when the title alone is ambiguous. */
  optionLabel?: { select: Record<string, true>; format: (title: string, row: Row) => string };
  /** Runs in the transaction that publishes the entry (e.g. the newsletter's alert outbox, ADR 016). */
  afterPublish?: (tx: Transaction, event: PublishEvent) => Promise<void>;
  /** The draft shown through the public page's own component; the generic preview otherwise. */
  preview?: (db: DbClient, id: string, values: ContentValues) => Promise<PreviewBuild | null>;
}

export interface PublishEvent {
  id: string;
  /** The values now live. */
  values: ContentValues;
  /** False when the entry was online before (a correction, or unpublished then published again). */
  isFirstPublication: boolean;
}

export interface PublicPage {
  path: (slug: string) => string;
  /** Visibility beyond the entry's own publication (a plan needs its métropole online). */
  visibleWhere?: Args;
  /** Collection tags whose changes can change whether the page exists. */
  tags: readonly string[];
}

export interface Dependent {
  entityType: ContentEntityType;
  foreignKey: string;
}

export interface TrashBlocker {
  /** The type whose rows hold the link (emptying the trash deletes them first). */
  entityType: ContentEntityType;
  count: (client: DbClient, id: string) => Promise<number>;
  message: (count: number) => string;
}

export interface DatabaseCheck {
  client: DbClient;
  values: ContentValues;
  /** The entry being saved; null when creating. */
  selfId: string | null;
  /** True when another entry of `entityType` matches `where`. */
  isTakenByOther: (entityType: ContentEntityType, where: Args) => Promise<boolean>;
}

const descriptors = {
  Metropolis: {
    model: 'metropolis',
    tags: { collection: cacheTags.metropolises, slug: cacheTags.metropolis },
    publicPage: { path: (slug) => `/metropoles/${slug}`, tags: [cacheTags.metropolises] },
    dependents: [
      { entityType: 'PolicyPlan', foreignKey: 'metropolisId' },
      { entityType: 'FundingProgramme', foreignKey: 'metropolisId' },
      { entityType: 'FundedProject', foreignKey: 'metropolisId' },
      { entityType: 'Figure', foreignKey: 'metropolisId' },
    ],
    trashBlockers: [
      {
        entityType: 'WorkingGroupReport',
        count: (client, id) => client.focusPresentation.count({ where: { metropolisId: id, report: { deletedAt: null } } }),
        message: (count) =>
          `Cette métropole fait l’objet de ${count} présentation(s) dans des comptes rendus de groupes de travail : retirez-les de ces comptes rendus avant de la supprimer.`,
      },
    ],
    checkWithDatabase: async ({ values, isTakenByOther }): Promise<FieldErrors> =>
      typeof values.sirenCode === 'string' && (await isTakenByOther('Metropolis', { sirenCode: values.sirenCode }))
        ? { sirenCode: ['Ce SIREN est déjà celui d’une autre métropole.'] }
        : {},
    preview: previewMetropolis,
  },
  PolicyPlan: {
    model: 'policyPlan',
    tags: { collection: cacheTags.policyPlans, slug: cacheTags.policyPlan },
    // A plan is public only if its métropole is (lib/policy-plans/select.ts).
    publicPage: { path: (slug) => `/politiques/${slug}`, visibleWhere: { metropolis: publishedWhere }, tags: [cacheTags.policyPlans, cacheTags.metropolises] },
    dependents: [{ entityType: 'Figure', foreignKey: 'policyPlanId' }],
    checkWithDatabase: async ({ values, selfId, isTakenByOther }): Promise<FieldErrors> => {
      if (typeof values.predecessorId !== 'string') return {};
      if (values.predecessorId === selfId) return { predecessorId: ['Un plan ne peut pas être sa propre édition précédente.'] };
      if (await isTakenByOther('PolicyPlan', { predecessorId: values.predecessorId })) return { predecessorId: ['Ce plan a déjà une édition suivante.'] };
      return {};
    },
    preview: previewPolicyPlan,
  },
  ActionLever: {
    model: 'actionLever',
    tags: { collection: cacheTags.actionLevers },
  },
  FundingProgramme: {
    model: 'fundingProgramme',
    tags: { collection: cacheTags.fundingProgrammes },
    dependents: [
      { entityType: 'FundedProject', foreignKey: 'fundingProgrammeId' },
      { entityType: 'Figure', foreignKey: 'fundingProgrammeId' },
    ],
  },
  FundedProject: {
    model: 'fundedProject',
    tags: { collection: cacheTags.fundedProjects },
    checkWithDatabase: async ({ client, values }): Promise<FieldErrors> => {
      if (typeof values.fundingProgrammeId !== 'string') return {};
      const programme = await client.fundingProgramme.findUnique({ where: { id: values.fundingProgrammeId }, select: { metropolisId: true } });
      return programme && programme.metropolisId !== values.metropolisId
        ? { metropolisId: ['Ce dispositif appartient à une autre métropole : choisissez la sienne.'] }
        : {};
    },
  },
  Figure: {
    model: 'figure',
    tags: { collection: cacheTags.figures },
  },
  Source: {
    model: 'source',
    tags: { collection: cacheTags.sources },
    dependents: [{ entityType: 'Figure', foreignKey: 'sourceId' }],
    checkWithDatabase: async ({ values, isTakenByOther }): Promise<FieldErrors> =>
      (await isTakenByOther('Source', { publisher: values.publisher, title: values.title })) ? { title: ['Une source de cet éditeur porte déjà ce titre.'] } : {},
    // Two publishers may use the same title: pickers show whose it is.
    optionLabel: { select: { publisher: true }, format: (title, row) => `${title} (${String(row.publisher ?? '')})` },
  },
  SupportStructure: {
    model: 'supportStructure',
    tags: { collection: cacheTags.supportStructures, slug: cacheTags.supportStructure },
    publicPage: { path: (slug) => `/structures/${slug}`, tags: [cacheTags.supportStructures] },
    dependents: [{ entityType: 'Figure', foreignKey: 'supportStructureId' }],
    preview: previewSupportStructure,
  },
  Person: {
    model: 'person',
    tags: { collection: cacheTags.persons, slug: cacheTags.person },
    // Shown once published, even when linked to nothing public (its page then says so).
    publicPage: { path: (slug) => `/personnes/${slug}`, tags: [cacheTags.persons] },
    preview: previewPerson,
  },
  Organisation: {
    model: 'organisation',
    tags: { collection: cacheTags.organisations },
  },
  WorkingGroupReport: {
    model: 'workingGroupReport',
    tags: { collection: cacheTags.workingGroups, slug: cacheTags.workingGroup },
    publicPage: { path: (slug) => `/groupes-de-travail/${slug}`, tags: [cacheTags.workingGroups] },
    preview: previewWorkingGroupReport,
    afterPublish: alertForWorkingGroupReport,
  },
  Programme: {
    model: 'programme',
    tags: { collection: cacheTags.programmes },
    dependents: [{ entityType: 'Figure', foreignKey: 'programmeId' }],
  },
  Publication: {
    model: 'publication',
    tags: { collection: cacheTags.publications },
    afterPublish: alertForPublication,
  },
  Theme: {
    model: 'theme',
    tags: { collection: cacheTags.themes },
  },
  GlossaryTerm: {
    model: 'glossaryTerm',
    // Shown on /glossaire and wherever a public text uses the term: no page of its own, so no slug tag.
    tags: { collection: cacheTags.glossary },
    // Two entries for one term would make every occurrence ambiguous.
    checkWithDatabase: async ({ values, isTakenByOther }): Promise<FieldErrors> =>
      typeof values.term === 'string' && (await isTakenByOther('GlossaryTerm', { term: values.term }))
        ? { term: ['Ce sigle a déjà son entrée dans le glossaire (voyez aussi la corbeille).'] }
        : {},
  },
} as const satisfies Record<ContentEntityType, ContentDescriptor>;

/** Types with a public detail page (and so old slugs worth redirecting). */
export type PublicPageEntityType = { [T in ContentEntityType]: (typeof descriptors)[T] extends { publicPage: PublicPage } ? T : never }[ContentEntityType];

export function descriptorOf(entityType: ContentEntityType): ContentDescriptor {
  return descriptors[entityType];
}

export function publicPageOf(entityType: PublicPageEntityType): PublicPage {
  return descriptors[entityType].publicPage;
}

export function delegateOf(client: DbClient, entityType: ContentEntityType): ContentDelegate {
  return modelDelegate(client, descriptors[entityType].model);
}

/** Cache tags a change to this type's live rows invalidates (ADR 004): the collection's and each slug's. */
export function invalidationTags(entityType: ContentEntityType, slugs: Array<string | null | undefined>): string[] {
  const { collection, slug: slugTag } = descriptorOf(entityType).tags;
  const tags = [collection];
  if (slugTag) for (const slug of new Set(slugs)) if (slug) tags.push(slugTag(slug));
  return tags;
}

/**
 * Order in which emptying the trash deletes rows: every type before the types
 * its rows cannot outlive or block (dependents and trash blockers point at their
 * parent). Other links are set to null by the database, in any order.
 */
export function purgeOrder(): ContentEntityType[] {
  const parentsOf = new Map<ContentEntityType, Set<ContentEntityType>>(CONTENT_ENTITY_TYPES.map((type) => [type, new Set()]));
  for (const parent of CONTENT_ENTITY_TYPES) {
    const descriptor = descriptorOf(parent);
    for (const child of [...(descriptor.dependents ?? []), ...(descriptor.trashBlockers ?? [])]) {
      if (child.entityType !== parent) parentsOf.get(child.entityType)!.add(parent);
    }
  }
  const order: ContentEntityType[] = [];
  const state = new Map<ContentEntityType, 'visiting' | 'done'>();
  // Depth-first on the children: a type is listed once everything that points at it is.
  const childrenOf = (type: ContentEntityType) => CONTENT_ENTITY_TYPES.filter((candidate) => parentsOf.get(candidate)!.has(type));
  const visit = (type: ContentEntityType) => {
    if (state.get(type) === 'done') return;
    if (state.get(type) === 'visiting') throw new Error(`Dépendances circulaires entre types de contenu autour de ${type}`);
    state.set(type, 'visiting');
    for (const child of childrenOf(type)) visit(child);
    state.set(type, 'done');
    order.push(type);
  };
  for (const type of CONTENT_ENTITY_TYPES) visit(type);
  return order;
}

/** The public page of a published entry of this type, when the type has one. */
export function publicPathOf(entityType: ContentEntityType, slug: string): string | null {
  return descriptorOf(entityType).publicPage?.path(slug) ?? null;
}
