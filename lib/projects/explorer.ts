import 'server-only';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { LegalForm } from '@/lib/generated/prisma/enums';
import { publishedWhere } from '@/lib/publication';
import { firstPage, PROJECT_PAGE_SIZE, type ProjectCursor, type ProjectFilter, type ProjectQuery } from './filter';
import { beyond, filterConditions, isAscending, orderBy, PUBLIC_PROJECTS_FROM, sortValueOf } from './sql';

// The explorer's reads, on any client (tests pass theirs). The cached versions
// for public pages are in queries.ts; the CSV streams from iterateProjectRows.

/** A funded project as the explorer lists it (and the CSV writes it). */
export interface ProjectRow {
  id: string;
  slug: string;
  title: string;
  carrierName: string;
  legalForm: LegalForm;
  year: number;
  amountCents: number;
  isInPriorityNeighbourhood: boolean | null;
  programmeSlug: string;
  programmeName: string;
  metropolisSlug: string;
  metropolisName: string;
  metropolisSiren: string | null;
  /** Published themes, by name. */
  themeSlugs: string[];
  themeNames: string[];
  /** ISO 8601 date of publication (YYYY-MM-DD), when known. */
  publishedOn: string | null;
}

export interface ProjectExportRow extends ProjectRow {
  description: string | null;
}

interface RawRow extends Omit<ProjectRow, 'publishedOn'> {
  publishedAt: Date | null;
  description?: string | null;
}

function selectColumns(withDescription: boolean): Prisma.Sql {
  return Prisma.sql`
    p."id", p."slug", p."title", p."carrierName", p."legalForm"::text AS "legalForm", p."year", p."amountCents",
    p."isInPriorityNeighbourhood", p."publishedAt",
    fp."slug" AS "programmeSlug", fp."name" AS "programmeName",
    m."slug" AS "metropolisSlug", m."officialName" AS "metropolisName", m."sirenCode" AS "metropolisSiren",
    ARRAY(SELECT t."slug" FROM "_FundedProjectToTheme" pt JOIN "Theme" t ON t."id" = pt."B"
          WHERE pt."A" = p."id" AND t."status" = 'PUBLISHED' AND t."deletedAt" IS NULL ORDER BY t."name", t."id") AS "themeSlugs",
    ARRAY(SELECT t."name" FROM "_FundedProjectToTheme" pt JOIN "Theme" t ON t."id" = pt."B"
          WHERE pt."A" = p."id" AND t."status" = 'PUBLISHED' AND t."deletedAt" IS NULL ORDER BY t."name", t."id") AS "themeNames"
    ${withDescription ? Prisma.sql`, p."description"` : Prisma.empty}`;
}

function toRow(raw: RawRow): ProjectRow {
  return {
    id: raw.id,
    slug: raw.slug,
    title: raw.title,
    carrierName: raw.carrierName,
    legalForm: raw.legalForm,
    year: raw.year,
    amountCents: raw.amountCents,
    isInPriorityNeighbourhood: raw.isInPriorityNeighbourhood,
    programmeSlug: raw.programmeSlug,
    programmeName: raw.programmeName,
    metropolisSlug: raw.metropolisSlug,
    metropolisName: raw.metropolisName,
    metropolisSiren: raw.metropolisSiren,
    themeSlugs: raw.themeSlugs,
    themeNames: raw.themeNames,
    publishedOn: raw.publishedAt ? raw.publishedAt.toISOString().slice(0, 10) : null,
  };
}

/** Runs one SELECT and returns its rows. */
export type RowReader = <T>(sql: Prisma.Sql) => Promise<T[]>;

export function prismaReader(db: DbClient): RowReader {
  return <T,>(sql: Prisma.Sql) => db.$queryRaw<T[]>(sql);
}

interface ReadRowsOptions {
  read: RowReader;
  query: Pick<ProjectQuery, 'filter' | 'sort' | 'order'>;
  position?: Pick<ProjectCursor, 'value' | 'id'>;
  /** Read towards the start of the list (the rows come back in the list's order all the same). */
  reverse?: boolean;
  limit: number;
  withDescription?: boolean;
}

async function readRows({ read, query, position, reverse = false, limit, withDescription = false }: ReadRowsOptions): Promise<RawRow[]> {
  const ascending = isAscending(query, reverse);
  const rows = await read<RawRow>(Prisma.sql`
    SELECT ${selectColumns(withDescription)}
    FROM ${PUBLIC_PROJECTS_FROM}
    WHERE ${filterConditions(query.filter)} ${position ? Prisma.sql`AND ${beyond(query.sort, position, ascending)}` : Prisma.empty}
    ORDER BY ${orderBy(query.sort, ascending)}
    LIMIT ${limit}`);
  return reverse ? rows.reverse() : rows;
}

async function countBefore(db: DbClient, query: ProjectQuery, row: RawRow): Promise<number> {
  const position = { value: sortValueOf(query.sort, row), id: row.id };
  const [result] = await db.$queryRaw<[{ count: number }]>`
    SELECT count(*)::int AS "count" FROM ${PUBLIC_PROJECTS_FROM}
    WHERE ${filterConditions(query.filter)} AND ${beyond(query.sort, position, !isAscending(query))}`;
  return result.count;
}

export interface ProjectPage {
  rows: ProjectRow[];
  /** 1-based rank of the first row in the whole list (0 when the page is empty). */
  firstRank: number;
  /** Position of the next page (after the last row) and of the previous one (before the first), when there is one. */
  next: ProjectCursor | null;
  previous: ProjectCursor | null;
}

export interface FindProjectPageOptions {
  query: ProjectQuery;
  db?: DbClient;
  pageSize?: number;
}

/**
 * One page of the list, by keyset: the rows after (or before) a position, so a
 * page costs the same at any depth and stays stable when rows are added
 * elsewhere in the list. Reading backwards fewer rows than a page means the
 * start of the list is near: the first page is shown instead, never a short one.
 */
export async function findProjectPage({ query, db = getDb(), pageSize = PROJECT_PAGE_SIZE }: FindProjectPageOptions): Promise<ProjectPage> {
  const { cursor } = query;
  let raw: RawRow[];
  let hasPrevious: boolean;
  let hasNext: boolean;
  if (cursor?.direction === 'before') {
    const before = await readRows({ read: prismaReader(db), query, position: cursor, reverse: true, limit: pageSize + 1 });
    if (before.length <= pageSize) return findProjectPage({ query: firstPage(query), db, pageSize });
    raw = before.slice(1);
    hasPrevious = true;
    // The position came from a row after this page.
    hasNext = true;
  } else {
    const after = await readRows({ read: prismaReader(db), query, position: cursor, limit: pageSize + 1 });
    raw = after.slice(0, pageSize);
    hasNext = after.length > pageSize;
    hasPrevious = false;
  }
  const first = raw[0];
  const last = raw.at(-1);
  let firstRank = first ? 1 : 0;
  if (first && cursor) {
    firstRank = (await countBefore(db, query, first)) + 1;
    hasPrevious = firstRank > 1;
  }
  const positionOf = (row: RawRow, direction: ProjectCursor['direction']): ProjectCursor => ({ direction, value: sortValueOf(query.sort, row), id: row.id });
  return {
    rows: raw.map(toRow),
    firstRank,
    next: last && hasNext ? positionOf(last, 'after') : null,
    previous: first && hasPrevious ? positionOf(first, 'before') : null,
  };
}

export interface YearTotal {
  year: number;
  projectCount: number;
  amountCents: number;
}

/** Totals of a filter, computed by PostgreSQL over the same rows as the list. */
export interface ProjectTotals {
  projectCount: number;
  amountCents: number;
  /** Projects whose priority-neighbourhood status is known, and those in one. */
  qpvKnownCount: number;
  qpvCount: number;
  /** Years that have projects, ascending. */
  byYear: YearTotal[];
}

interface TotalsRow {
  year: number | null;
  isTotal: number;
  projectCount: number;
  amountCents: bigint;
  qpvCount: number;
  qpvKnownCount: number;
}

export async function getProjectTotals({ filter, db = getDb() }: { filter: ProjectFilter; db?: DbClient }): Promise<ProjectTotals> {
  // One pass: per year and, through the empty grouping set, for the whole filter (a row even when nothing matches).
  const rows = await db.$queryRaw<TotalsRow[]>`
    SELECT p."year" AS "year", GROUPING(p."year")::int AS "isTotal",
           count(*)::int AS "projectCount",
           coalesce(sum(p."amountCents"), 0)::bigint AS "amountCents",
           (count(*) FILTER (WHERE p."isInPriorityNeighbourhood"))::int AS "qpvCount",
           count(p."isInPriorityNeighbourhood")::int AS "qpvKnownCount"
    FROM ${PUBLIC_PROJECTS_FROM}
    WHERE ${filterConditions(filter)}
    GROUP BY GROUPING SETS ((p."year"), ())
    ORDER BY "isTotal" DESC, "year" ASC`;
  const [total, ...years] = rows;
  if (!total || total.isTotal !== 1) throw new Error('totals row missing');
  return {
    projectCount: total.projectCount,
    amountCents: Number(total.amountCents),
    qpvKnownCount: total.qpvKnownCount,
    qpvCount: total.qpvCount,
    byYear: years.map((row) => ({ year: row.year!, projectCount: row.projectCount, amountCents: Number(row.amountCents) })),
  };
}

export interface IterateProjectRowsOptions {
  query: Pick<ProjectQuery, 'filter' | 'sort' | 'order'>;
  read: RowReader;
  batchSize?: number;
}

/**
 * Every row of a filter in the list's order, as objects, in keyset batches
 * (each an index range scan). The CSV route has PostgreSQL write its lines
 * instead (lib/projects/export.ts); these rows, through csvRow, are what the
 * tests compare those lines with.
 */
export async function* iterateProjectRows({ query, read, batchSize = 1_000 }: IterateProjectRowsOptions): AsyncGenerator<ProjectExportRow[]> {
  let position: Pick<ProjectCursor, 'value' | 'id'> | undefined;
  for (;;) {
    const batch = await readRows({ read, query, position, limit: batchSize, withDescription: true });
    if (batch.length === 0) return;
    yield batch.map((raw) => ({ ...toRow(raw), description: raw.description ?? null }));
    if (batch.length < batchSize) return;
    const last = batch.at(-1)!;
    position = { value: sortValueOf(query.sort, last), id: last.id };
  }
}

export interface OptionItem {
  slug: string;
  name: string;
}

export interface ProgrammeOption extends OptionItem {
  metropolisSlug: string;
  metropolisName: string;
}

/** What the filter form offers: published entries only, and the years that have projects. */
export interface ExplorerOptions {
  metropolises: OptionItem[];
  programmes: ProgrammeOption[];
  themes: OptionItem[];
  levers: OptionItem[];
  firstYear: number | null;
  lastYear: number | null;
}

const byName = new Intl.Collator('fr', { sensitivity: 'base' });

export async function findExplorerOptions({ db = getDb() }: { db?: DbClient } = {}): Promise<ExplorerOptions> {
  const [metropolises, programmes, themes, levers, years] = await Promise.all([
    db.metropolis.findMany({ where: publishedWhere, select: { slug: true, officialName: true } }),
    db.fundingProgramme.findMany({
      where: { ...publishedWhere, metropolis: publishedWhere },
      select: { slug: true, name: true, metropolis: { select: { slug: true, officialName: true } } },
    }),
    db.theme.findMany({ where: publishedWhere, select: { slug: true, name: true } }),
    db.actionLever.findMany({ where: publishedWhere, select: { slug: true, name: true }, orderBy: [{ position: 'asc' }, { name: 'asc' }] }),
    db.$queryRaw<[{ firstYear: number | null; lastYear: number | null }]>`
      SELECT min(p."year")::int AS "firstYear", max(p."year")::int AS "lastYear" FROM ${PUBLIC_PROJECTS_FROM} WHERE ${filterConditions({})}`,
  ]);
  return {
    metropolises: metropolises.map((row) => ({ slug: row.slug, name: row.officialName })).sort((a, b) => byName.compare(a.name, b.name)),
    programmes: programmes
      .map((row) => ({ slug: row.slug, name: row.name, metropolisSlug: row.metropolis.slug, metropolisName: row.metropolis.officialName }))
      .sort((a, b) => byName.compare(a.metropolisName, b.metropolisName) || byName.compare(a.name, b.name)),
    themes: themes.map((row) => ({ slug: row.slug, name: row.name })).sort((a, b) => byName.compare(a.name, b.name)),
    levers: levers.map((row) => ({ slug: row.slug, name: row.name })),
    firstYear: years[0].firstYear,
    lastYear: years[0].lastYear,
  };
}

/** A filter value naming nothing the public can see. */
export interface UnknownFilterValue {
  param: 'metropole' | 'dispositif' | 'thematique' | 'levier';
  value: string;
}

/**
 * The slugs of a filter that name no published entry, in one round trip (the
 * proxy asks before serving the page, so that such a link gets a 404 rather
 * than an empty list that would look like an answer).
 */
export async function findUnknownFilterValues({ filter, db = getDb() }: { filter: ProjectFilter; db?: DbClient }): Promise<UnknownFilterValue[]> {
  const checks: { param: UnknownFilterValue['param']; value: string; sql: Prisma.Sql }[] = [];
  if (filter.metropolis) {
    checks.push({ param: 'metropole', value: filter.metropolis, sql: Prisma.sql`EXISTS (SELECT 1 FROM "Metropolis" WHERE "slug" = ${filter.metropolis} AND "status" = 'PUBLISHED' AND "deletedAt" IS NULL)` });
  }
  if (filter.programme) {
    checks.push({
      param: 'dispositif',
      value: filter.programme,
      sql: Prisma.sql`EXISTS (SELECT 1 FROM "FundingProgramme" fp JOIN "Metropolis" m ON m."id" = fp."metropolisId"
        WHERE fp."slug" = ${filter.programme} AND fp."status" = 'PUBLISHED' AND fp."deletedAt" IS NULL AND m."status" = 'PUBLISHED' AND m."deletedAt" IS NULL)`,
    });
  }
  if (filter.theme) {
    checks.push({ param: 'thematique', value: filter.theme, sql: Prisma.sql`EXISTS (SELECT 1 FROM "Theme" WHERE "slug" = ${filter.theme} AND "status" = 'PUBLISHED' AND "deletedAt" IS NULL)` });
  }
  if (filter.lever) {
    checks.push({ param: 'levier', value: filter.lever, sql: Prisma.sql`EXISTS (SELECT 1 FROM "ActionLever" WHERE "slug" = ${filter.lever} AND "status" = 'PUBLISHED' AND "deletedAt" IS NULL)` });
  }
  if (checks.length === 0) return [];
  const [found] = await db.$queryRaw<[Record<string, boolean>]>`SELECT ${Prisma.join(checks.map((check, index) => Prisma.sql`${check.sql} AS ${Prisma.raw(`"c${index}"`)}`))}`;
  return checks.filter((_, index) => !found[`c${index}`]).map(({ param, value }) => ({ param, value }));
}

/** The slugs a filter may name: every published métropole, programme (of a published métropole), theme and lever. */
export interface FilterSlugs {
  metropole: ReadonlySet<string>;
  dispositif: ReadonlySet<string>;
  thematique: ReadonlySet<string>;
  levier: ReadonlySet<string>;
}

export async function findFilterSlugs({ db = getDb() }: { db?: DbClient } = {}): Promise<FilterSlugs> {
  const rows = await db.$queryRaw<{ kind: keyof FilterSlugs; slug: string }[]>`
    SELECT 'metropole' AS "kind", "slug" FROM "Metropolis" WHERE "status" = 'PUBLISHED' AND "deletedAt" IS NULL
    UNION ALL
    SELECT 'dispositif', fp."slug" FROM "FundingProgramme" fp JOIN "Metropolis" m ON m."id" = fp."metropolisId"
      WHERE fp."status" = 'PUBLISHED' AND fp."deletedAt" IS NULL AND m."status" = 'PUBLISHED' AND m."deletedAt" IS NULL
    UNION ALL
    SELECT 'thematique', "slug" FROM "Theme" WHERE "status" = 'PUBLISHED' AND "deletedAt" IS NULL
    UNION ALL
    SELECT 'levier', "slug" FROM "ActionLever" WHERE "status" = 'PUBLISHED' AND "deletedAt" IS NULL`;
  const slugs = { metropole: new Set<string>(), dispositif: new Set<string>(), thematique: new Set<string>(), levier: new Set<string>() };
  for (const row of rows) slugs[row.kind].add(row.slug);
  return slugs;
}

/** The slugs a filter names, with their parameter. */
export function namedSlugs(filter: ProjectFilter): UnknownFilterValue[] {
  const named: UnknownFilterValue[] = [];
  if (filter.metropolis) named.push({ param: 'metropole', value: filter.metropolis });
  if (filter.programme) named.push({ param: 'dispositif', value: filter.programme });
  if (filter.theme) named.push({ param: 'thematique', value: filter.theme });
  if (filter.lever) named.push({ param: 'levier', value: filter.lever });
  return named;
}

/** The slugs of a filter that are not among the given ones. */
export function unknownAmong(filter: ProjectFilter, slugs: FilterSlugs): UnknownFilterValue[] {
  return namedSlugs(filter).filter(({ param, value }) => !slugs[param].has(value));
}
