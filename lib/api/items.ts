import 'server-only';
import type { DbClient } from '@/lib/db/client';
import { declaredFigureAnchor } from '@/lib/figures/citation';
import { Prisma } from '@/lib/generated/prisma/client';
import type { LegalForm } from '@/lib/generated/prisma/enums';
import type { OpenDataCollectionKey } from '@/lib/open-data/collections';
import { formatCentsForCsv } from '@/lib/projects/csv';
import { prismaReader, type RowReader } from '@/lib/projects/explorer';
import { legalFormParam, type ProjectCursor, type ProjectFilter, type ProjectSort, type SortOrder } from '@/lib/projects/filter';
import { beyond, filterConditions, isAscending, orderBy, PUBLIC_PROJECTS_FROM, sortValueOf } from '@/lib/projects/sql';
import { isPublished, publicationStateSelect, publishedWhere } from '@/lib/publication';
import { ITEM_SCHEMAS, type ItemOf } from './schemas';

// The API's reads, on any client (tests pass theirs): published rows only, with
// the visibility rules of the public pages (a plan, a programme or a project of an
// unpublished métropole is not public). Every item is built through its zod
// schema, so a response cannot drift from the OpenAPI document.

const iso = (date: Date) => date.toISOString();
const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export interface Links {
  site: string;
}

const page = (site: string, path: string) => `${site}${path}`;
const api = (site: string, path: string) => `${site}/api/v1${path}`;
const explorer = (site: string, param: string, value: string) => `${site}/projets?${new URLSearchParams([[param, value]])}`;
const projectsApi = (site: string, param: string, value: string) => `${site}/api/v1/projets?${new URLSearchParams([[param, value]])}`;

const sourceSelect = { select: { title: true, publisher: true, url: true, publishedOn: true, ...publicationStateSelect } } as const;
type SourceRow = { title: string; publisher: string; url: string | null; publishedOn: Date | null; status: string; deletedAt: Date | null } | null;

function sourceRef(source: SourceRow) {
  if (!source || !isPublished(source as Parameters<typeof isPublished>[0])) return null;
  return { title: source.title, publisher: source.publisher, url: source.url, publishedOn: isoDay(source.publishedOn) };
}

function metropolisRef(site: string, m: { slug: string; officialName: string }) {
  return { slug: m.slug, name: m.officialName, url: page(site, `/metropoles/${m.slug}`), apiUrl: api(site, `/metropoles/${m.slug}`) };
}

const publicPlanWhere = { ...publishedWhere, metropolis: publishedWhere } satisfies Prisma.PolicyPlanWhereInput;
const publicProgrammeWhere = { ...publishedWhere, metropolis: publishedWhere } satisfies Prisma.FundingProgrammeWhereInput;

export async function findMetropoles(db: DbClient, { site }: Links, slug?: string): Promise<ItemOf<'metropoles'>[]> {
  const rows = await db.metropolis.findMany({
    where: { ...publishedWhere, ...(slug ? { slug } : {}) },
    orderBy: { slug: 'asc' },
    include: { identitySource: sourceSelect },
  });
  return rows.map((m) =>
    ITEM_SCHEMAS.metropoles.parse({
      slug: m.slug,
      officialName: m.officialName,
      shortName: m.shortName,
      sirenCode: m.sirenCode,
      region: m.region,
      seatCity: m.seatCity,
      creationYear: m.creationYear,
      latitude: m.latitude,
      longitude: m.longitude,
      population: m.population,
      communeCount: m.communeCount,
      isRtesMember: m.isRtesMember,
      rtesMembershipYear: m.rtesMembershipYear,
      website: m.website,
      policySummary: m.policySummary,
      identitySource: sourceRef(m.identitySource),
      url: page(site, `/metropoles/${m.slug}`),
      apiUrl: api(site, `/metropoles/${m.slug}`),
      updatedAt: iso(m.updatedAt),
    }),
  );
}

export async function findPolitiques(db: DbClient, { site }: Links, slug?: string): Promise<ItemOf<'politiques'>[]> {
  const rows = await db.policyPlan.findMany({
    where: { ...publicPlanWhere, ...(slug ? { slug } : {}) },
    orderBy: { slug: 'asc' },
    include: {
      metropolis: { select: { slug: true, officialName: true } },
      levers: { where: publishedWhere, select: { slug: true }, orderBy: [{ position: 'asc' }, { slug: 'asc' }] },
      predecessor: { select: { slug: true, ...publicationStateSelect, metropolis: { select: publicationStateSelect } } },
      source: sourceSelect,
    },
  });
  return rows.map((p) =>
    ITEM_SCHEMAS.politiques.parse({
      slug: p.slug,
      title: p.title,
      kind: p.kind,
      startYear: p.startYear,
      endYear: p.endYear,
      planStatus: p.planStatus,
      summary: p.summary,
      metropolis: metropolisRef(site, p.metropolis),
      leverSlugs: p.levers.map((l) => l.slug),
      predecessorSlug: p.predecessor && isPublished(p.predecessor) && isPublished(p.predecessor.metropolis) ? p.predecessor.slug : null,
      source: sourceRef(p.source),
      url: page(site, `/politiques/${p.slug}`),
      apiUrl: api(site, `/politiques/${p.slug}`),
      updatedAt: iso(p.updatedAt),
    }),
  );
}

export async function findProgrammes(db: DbClient, { site }: Links): Promise<ItemOf<'programmes'>[]> {
  const rows = await db.fundingProgramme.findMany({
    where: publicProgrammeWhere,
    orderBy: { slug: 'asc' },
    include: {
      metropolis: { select: { slug: true, officialName: true } },
      policyPlan: { select: { slug: true, ...publicationStateSelect, metropolis: { select: publicationStateSelect } } },
      source: sourceSelect,
    },
  });
  return rows.map((f) =>
    ITEM_SCHEMAS.programmes.parse({
      slug: f.slug,
      name: f.name,
      kind: f.kind,
      description: f.description,
      startYear: f.startYear,
      endYear: f.endYear,
      isRecurring: f.isRecurring,
      metropolis: metropolisRef(site, f.metropolis),
      policyPlanSlug: f.policyPlan && isPublished(f.policyPlan) && isPublished(f.policyPlan.metropolis) ? f.policyPlan.slug : null,
      source: sourceRef(f.source),
      projectsUrl: explorer(site, 'dispositif', f.slug),
      projectsApiUrl: projectsApi(site, 'dispositif', f.slug),
      url: explorer(site, 'dispositif', f.slug),
      apiUrl: null,
      updatedAt: iso(f.updatedAt),
    }),
  );
}

interface ProjectSqlRow {
  id: string;
  slug: string;
  title: string;
  carrierName: string;
  legalForm: LegalForm;
  year: number;
  amountCents: number;
  isInPriorityNeighbourhood: boolean | null;
  description: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  programmeSlug: string;
  programmeName: string;
  metropolisSlug: string;
  metropolisName: string;
  themeSlugs: string[];
}

const PROJECT_COLUMNS = Prisma.sql`
  p."id", p."slug", p."title", p."carrierName", p."legalForm"::text AS "legalForm", p."year", p."amountCents",
  p."isInPriorityNeighbourhood", p."description", p."publishedAt", p."updatedAt",
  fp."slug" AS "programmeSlug", fp."name" AS "programmeName",
  m."slug" AS "metropolisSlug", m."officialName" AS "metropolisName",
  ARRAY(SELECT t."slug" FROM "_FundedProjectToTheme" pt JOIN "Theme" t ON t."id" = pt."B"
        WHERE pt."A" = p."id" AND t."status" = 'PUBLISHED' AND t."deletedAt" IS NULL ORDER BY t."slug") AS "themeSlugs"`;

function toProjet(site: string, r: ProjectSqlRow): ItemOf<'projets'> {
  return ITEM_SCHEMAS.projets.parse({
    id: r.id,
    slug: r.slug,
    title: r.title,
    carrierName: r.carrierName,
    legalForm: legalFormParam(r.legalForm),
    year: r.year,
    amountCents: r.amountCents,
    amountEuros: formatCentsForCsv(r.amountCents, '.'),
    isInPriorityNeighbourhood: r.isInPriorityNeighbourhood,
    description: r.description,
    programme: { slug: r.programmeSlug, name: r.programmeName, url: explorer(site, 'dispositif', r.programmeSlug), apiUrl: null },
    metropolis: metropolisRef(site, { slug: r.metropolisSlug, officialName: r.metropolisName }),
    themeSlugs: r.themeSlugs,
    publishedOn: isoDay(r.publishedAt),
    url: null,
    apiUrl: api(site, `/projets/${r.id}`),
    updatedAt: iso(r.updatedAt),
  });
}

export interface ProjectListQuery {
  filter: ProjectFilter;
  sort: ProjectSort;
  order: SortOrder;
  /** The row the page starts after. */
  after?: Pick<ProjectCursor, 'value' | 'id'>;
}

export interface ProjectListPage {
  items: ItemOf<'projets'>[];
  /** Position after the last row, when there are more. */
  next: Pick<ProjectCursor, 'value' | 'id'> | null;
}

/** One keyset page of the explorer's list (same FROM, WHERE and ORDER BY as /projets). */
export async function findProjetPage(db: DbClient, links: Links, query: ProjectListQuery, limit: number): Promise<ProjectListPage> {
  return readProjetPage(prismaReader(db), links, query, limit);
}

/** The same page through any reader (the downloads read batches through the row-stream pool). */
export async function readProjetPage(read: RowReader, { site }: Links, query: ProjectListQuery, limit: number): Promise<ProjectListPage> {
  const ascending = isAscending(query);
  const rows = await read<ProjectSqlRow>(Prisma.sql`
    SELECT ${PROJECT_COLUMNS}
    FROM ${PUBLIC_PROJECTS_FROM}
    WHERE ${filterConditions(query.filter)} ${query.after ? Prisma.sql`AND ${beyond(query.sort, query.after, ascending)}` : Prisma.empty}
    ORDER BY ${orderBy(query.sort, ascending)}
    LIMIT ${limit + 1}`);
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map((row) => toProjet(site, row)),
    next: rows.length > limit && last ? { value: sortValueOf(query.sort, last), id: last.id } : null,
  };
}

export async function findProjet(db: DbClient, { site }: Links, id: string): Promise<ItemOf<'projets'> | null> {
  const [row] = await db.$queryRaw<ProjectSqlRow[]>`
    SELECT ${PROJECT_COLUMNS} FROM ${PUBLIC_PROJECTS_FROM} WHERE ${filterConditions({})} AND p."id" = ${id} LIMIT 1`;
  return row ? toProjet(site, row) : null;
}

export async function findStructures(db: DbClient, { site }: Links, slug?: string): Promise<ItemOf<'structures'>[]> {
  const rows = await db.supportStructure.findMany({
    where: { ...publishedWhere, ...(slug ? { slug } : {}) },
    orderBy: { slug: 'asc' },
    include: {
      metropolises: { where: { metropolis: publishedWhere }, select: { metropolis: { select: { slug: true } } }, orderBy: { metropolis: { slug: 'asc' } } },
      source: sourceSelect,
    },
  });
  return rows.map((s) =>
    ITEM_SCHEMAS.structures.parse({
      slug: s.slug,
      name: s.name,
      kind: s.kind,
      description: s.description,
      website: s.website,
      memberCount: s.memberCount,
      metropolisSlugs: s.metropolises.map((link) => link.metropolis.slug),
      source: sourceRef(s.source),
      url: page(site, `/structures/${s.slug}`),
      apiUrl: api(site, `/structures/${s.slug}`),
      updatedAt: iso(s.updatedAt),
    }),
  );
}

export async function findGroupesDeTravail(db: DbClient, { site }: Links, slug?: string): Promise<ItemOf<'groupes-de-travail'>[]> {
  const rows = await db.workingGroupReport.findMany({
    where: { ...publishedWhere, ...(slug ? { slug } : {}) },
    orderBy: [{ meetingDate: 'asc' }, { slug: 'asc' }],
    include: {
      participants: { where: { metropolis: publishedWhere }, select: { metropolis: { select: { slug: true } } }, orderBy: { metropolis: { slug: 'asc' } } },
      themes: { where: publishedWhere, select: { slug: true }, orderBy: { slug: 'asc' } },
    },
  });
  return rows.map((r) =>
    ITEM_SCHEMAS['groupes-de-travail'].parse({
      slug: r.slug,
      title: r.title,
      sequenceNumber: r.sequenceNumber,
      meetingDate: isoDay(r.meetingDate),
      participantCount: r.participantCount,
      summary: r.summary,
      firstPublishedOn: isoDay(r.firstPublishedOn),
      lastUpdatedOn: isoDay(r.lastUpdatedOn),
      metropolisSlugs: r.participants.map((p) => p.metropolis.slug),
      themeSlugs: r.themes.map((t) => t.slug),
      url: page(site, `/groupes-de-travail/${r.slug}`),
      apiUrl: api(site, `/groupes-de-travail/${r.slug}`),
      updatedAt: iso(r.updatedAt),
    }),
  );
}

/** A figure is public when it, its source and every subject it names are (a plan also needs its métropole). */
const publicFigureWhere = {
  ...publishedWhere,
  source: publishedWhere,
  AND: [
    { OR: [{ metropolisId: null }, { metropolis: publishedWhere }] },
    { OR: [{ policyPlanId: null }, { policyPlan: publicPlanWhere }] },
    { OR: [{ fundingProgrammeId: null }, { fundingProgramme: publicProgrammeWhere }] },
    { OR: [{ supportStructureId: null }, { supportStructure: publishedWhere }] },
    { OR: [{ programmeId: null }, { programme: publishedWhere }] },
  ],
} satisfies Prisma.FigureWhereInput;

export async function findChiffres(db: DbClient, { site }: Links): Promise<ItemOf<'chiffres'>[]> {
  const rows = await db.figure.findMany({
    where: publicFigureWhere,
    orderBy: [{ indicator: 'asc' }, { id: 'asc' }],
    include: {
      source: sourceSelect,
      metropolis: { select: { slug: true } },
      policyPlan: { select: { slug: true } },
      fundingProgramme: { select: { slug: true } },
      supportStructure: { select: { slug: true } },
    },
  });
  return rows.map((f) => {
    // The page that shows the figure, where it has an anchor (ADR 010).
    const pagePath = f.policyPlan ? `/politiques/${f.policyPlan.slug}` : f.supportStructure ? `/structures/${f.supportStructure.slug}` : f.metropolis ? `/metropoles/${f.metropolis.slug}` : null;
    return ITEM_SCHEMAS.chiffres.parse({
      id: f.id,
      indicator: f.indicator,
      label: f.label,
      value: f.value.toFixed(2).replace(/\.00$/, ''),
      unit: f.unit,
      isLowerBound: f.isLowerBound,
      periodStartYear: f.periodStartYear,
      periodEndYear: f.periodEndYear,
      metropolisSlug: f.metropolis?.slug ?? null,
      policyPlanSlug: f.policyPlan?.slug ?? null,
      programmeSlug: f.fundingProgramme?.slug ?? null,
      structureSlug: f.supportStructure?.slug ?? null,
      source: sourceRef(f.source),
      url: pagePath ? page(site, `${pagePath}#${declaredFigureAnchor(f.id)}`) : null,
      apiUrl: null,
      updatedAt: iso(f.updatedAt),
    });
  });
}

export async function findThematiques(db: DbClient, { site }: Links): Promise<ItemOf<'thematiques'>[]> {
  const rows = await db.theme.findMany({ where: publishedWhere, orderBy: { slug: 'asc' } });
  return rows.map((t) =>
    ITEM_SCHEMAS.thematiques.parse({
      slug: t.slug,
      name: t.name,
      description: t.description,
      projectsUrl: explorer(site, 'thematique', t.slug),
      projectsApiUrl: projectsApi(site, 'thematique', t.slug),
      url: explorer(site, 'thematique', t.slug),
      apiUrl: null,
      updatedAt: iso(t.updatedAt),
    }),
  );
}

export async function findLeviers(db: DbClient, { site }: Links): Promise<ItemOf<'leviers'>[]> {
  const rows = await db.actionLever.findMany({ where: publishedWhere, orderBy: [{ position: 'asc' }, { slug: 'asc' }] });
  return rows.map((l) =>
    ITEM_SCHEMAS.leviers.parse({
      slug: l.slug,
      name: l.name,
      description: l.description,
      position: l.position,
      projectsUrl: explorer(site, 'levier', l.slug),
      projectsApiUrl: projectsApi(site, 'levier', l.slug),
      url: explorer(site, 'levier', l.slug),
      apiUrl: null,
      updatedAt: iso(l.updatedAt),
    }),
  );
}

export async function findGlossaire(db: DbClient, { site }: Links): Promise<ItemOf<'glossaire'>[]> {
  const rows = await db.glossaryTerm.findMany({ where: publishedWhere, orderBy: { slug: 'asc' }, include: { source: sourceSelect } });
  return rows.map((g) =>
    ITEM_SCHEMAS.glossaire.parse({
      slug: g.slug,
      term: g.term,
      expansion: g.expansion,
      definition: g.definition,
      source: sourceRef(g.source),
      url: page(site, `/glossaire#${g.slug}`),
      apiUrl: null,
      updatedAt: iso(g.updatedAt),
    }),
  );
}

/** Every item of a whole collection except projects (those are paged: findProjetPage). */
export type WholeCollectionKey = Exclude<OpenDataCollectionKey, 'projets'>;

export const WHOLE_COLLECTION_READERS: { [K in WholeCollectionKey]: (db: DbClient, links: Links) => Promise<ItemOf<K>[]> } = {
  metropoles: (db, links) => findMetropoles(db, links),
  politiques: (db, links) => findPolitiques(db, links),
  programmes: findProgrammes,
  structures: (db, links) => findStructures(db, links),
  'groupes-de-travail': (db, links) => findGroupesDeTravail(db, links),
  chiffres: findChiffres,
  thematiques: findThematiques,
  leviers: findLeviers,
  glossaire: findGlossaire,
};

