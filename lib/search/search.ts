import 'server-only';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { MARK_END, MARK_START, SEARCH_PAGE_SIZE, SEARCH_TYPES, typeParamOf, type SearchEntityType, type SearchQuery, type SearchTypeParam } from './params';

export interface SearchHit {
  entityType: SearchEntityType;
  typeParam: SearchTypeParam;
  entityId: string;
  title: string;
  /** ts_headline outputs with MARK_START / MARK_END around matches (lib/search/params.ts splitMarked). */
  titleMarked: string;
  snippetMarked: string;
  url: string;
  metropolisName: string | null;
}

export interface SearchFacet {
  value: string;
  label: string;
  count: number;
}

export interface SearchResults {
  total: number;
  hits: SearchHit[];
  /** By type, counted within the chosen métropole. */
  types: SearchFacet[];
  /** By métropole (slug), counted within the chosen type. */
  metropolises: SearchFacet[];
  /** Close titles when nothing matched ("Vouliez-vous dire … ?"). */
  suggestions: string[];
}

const PUBLISHED = 'PUBLISHED';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
const SUGGESTION_COUNT = 3;

// The entries the public sees: the document exists only while its own row is
// published and not trashed (triggers); its métropole and funding programme
// must be online too, checked here so that withdrawing a métropole needs no rewrite.
const VISIBLE = Prisma.sql`
  (NOT d."requiresMetropolis" OR EXISTS (SELECT 1 FROM "Metropolis" vm WHERE vm."id" = d."metropolisId" AND vm."status"::text = ${PUBLISHED} AND vm."deletedAt" IS NULL))
  AND (d."fundingProgrammeId" IS NULL OR EXISTS (SELECT 1 FROM "FundingProgramme" vp WHERE vp."id" = d."fundingProgrammeId" AND vp."status"::text = ${PUBLISHED} AND vp."deletedAt" IS NULL))`;

function urlOf(row: { entityType: string; slug: string; programmeSlug: string | null; reportSlug: string | null; title: string }): string {
  switch (row.entityType as SearchEntityType) {
    case 'Metropolis':
      return `/metropoles/${row.slug}`;
    case 'PolicyPlan':
      return `/politiques/${row.slug}`;
    case 'FundingProgramme':
      return `/projets?${new URLSearchParams({ dispositif: row.slug })}`;
    case 'FundedProject':
      return `/projets?${new URLSearchParams({ dispositif: row.programmeSlug ?? '', q: [...row.title].slice(0, 100).join('') })}`;
    case 'SupportStructure':
      return `/structures/${row.slug}`;
    case 'Person':
      return `/personnes/${row.slug}`;
    case 'WorkingGroupReport':
      return `/groupes-de-travail/${row.slug}`;
    case 'Publication':
      // A publication has no page: the recap that presents it, or the working groups' page.
      return row.reportSlug ? `/groupes-de-travail/${row.reportSlug}` : '/groupes-de-travail';
    case 'GlossaryTerm':
      return `/glossaire#${row.slug}`;
  }
}

interface HitRow {
  entityType: string;
  entityId: string;
  slug: string;
  title: string;
  titleMarked: string;
  snippetMarked: string;
  programmeSlug: string | null;
  reportSlug: string | null;
  metropolisName: string | null;
}

interface FacetRow {
  facet: 'type' | 'metropolis';
  value: string;
  label: string | null;
  count: number;
}

/**
 * The search itself (uncached; lib/search/queries.ts caches it). French
 * stemming without accents (configuration fr_unaccent), websearch syntax
 * (quotes, `-word`, `or`; any other character is a separator, never an error),
 * an exact title first, then ts_rank_cd over the A/B/C weights.
 */
export async function searchDocuments(query: SearchQuery, db: DbClient = getDb()): Promise<SearchResults> {
  const empty: SearchResults = { total: 0, hits: [], types: [], metropolises: [], suggestions: [] };
  if (!query.text) return empty;
  const entityType = query.type ? SEARCH_TYPES[query.type].entityType : null;
  const metropolisSlug = query.metropolis ?? null;
  const matches = Prisma.sql`
    SELECT d.* FROM "SearchDocument" d, q
    WHERE d."searchVector" @@ q.tsq AND ${VISIBLE}`;
  const inMetropolis = Prisma.sql`(${metropolisSlug}::text IS NULL OR h."metropolisId" = (SELECT "id" FROM "Metropolis" WHERE "slug" = ${metropolisSlug}))`;
  const ofType = Prisma.sql`(${entityType}::text IS NULL OR h."entityType" = ${entityType})`;
  const withQuery = Prisma.sql`WITH q AS (SELECT websearch_to_tsquery('fr_unaccent', ${query.text}) AS tsq, "FundedProject_fold"(${query.text}) AS folded)`;

  const [facetRows, hitRows] = await Promise.all([
    db.$queryRaw<FacetRow[]>`
      ${withQuery}, hits AS MATERIALIZED (${matches})
      SELECT 'type' AS facet, h."entityType" AS value, NULL AS label, count(*)::int AS count
      FROM hits h WHERE ${inMetropolis} GROUP BY h."entityType"
      UNION ALL
      SELECT 'metropolis', m."slug", m."shortName", count(*)::int
      FROM hits h JOIN "Metropolis" m ON m."id" = h."metropolisId" AND m."status"::text = ${PUBLISHED} AND m."deletedAt" IS NULL
      WHERE ${ofType} GROUP BY m."slug", m."shortName"`,
    db.$queryRaw<HitRow[]>`
      ${withQuery}, page AS (
        SELECT h.*, (h."foldedTitle" = q.folded) AS exact, ts_rank_cd(h."searchVector", q.tsq) AS rank
        FROM (${matches}) h, q
        WHERE ${inMetropolis} AND ${ofType}
        ORDER BY exact DESC, rank DESC, h."title", h."entityId"
        LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(query.page - 1) * SEARCH_PAGE_SIZE}
      )
      SELECT p."entityType", p."entityId", p."slug", p."title",
        ts_headline('fr_unaccent', translate(p."title", ${MARK_START + MARK_END}, ''), q.tsq, ${TITLE_HEADLINE_OPTIONS}) AS "titleMarked",
        ts_headline('fr_unaccent', translate(concat_ws(' · ', nullif(p."summary", ''), nullif(p."body", '')), ${MARK_START + MARK_END}, ''), q.tsq, ${HEADLINE_OPTIONS}) AS "snippetMarked",
        fp."slug" AS "programmeSlug", m."shortName" AS "metropolisName",
        (SELECT r."slug" FROM "WorkingGroupReport" r WHERE p."entityType" = 'Publication' AND r."publicationId" = p."entityId" AND r."status"::text = ${PUBLISHED} AND r."deletedAt" IS NULL ORDER BY r."meetingDate" DESC LIMIT 1) AS "reportSlug"
      FROM page p CROSS JOIN q
      LEFT JOIN "FundingProgramme" fp ON fp."id" = p."fundingProgrammeId"
      LEFT JOIN "Metropolis" m ON m."id" = p."metropolisId" AND m."status"::text = ${PUBLISHED} AND m."deletedAt" IS NULL
      ORDER BY p.exact DESC, p.rank DESC, p."title", p."entityId"`,
  ]);

  const types: SearchFacet[] = [];
  for (const [param, { entityType: type, label }] of Object.entries(SEARCH_TYPES)) {
    const row = facetRows.find((facet) => facet.facet === 'type' && facet.value === type);
    if (row) types.push({ value: param, label, count: row.count });
  }
  const metropolises = facetRows
    .filter((facet) => facet.facet === 'metropolis')
    .map((facet) => ({ value: facet.value, label: facet.label ?? facet.value, count: facet.count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr'));
  const total = facetRows.filter((facet) => facet.facet === 'type' && (entityType === null || facet.value === entityType)).reduce((sum, facet) => sum + facet.count, 0);
  const hits = hitRows.map((row) => ({
    entityType: row.entityType as SearchEntityType,
    typeParam: typeParamOf(row.entityType)!,
    entityId: row.entityId,
    title: row.title,
    titleMarked: row.titleMarked,
    snippetMarked: row.snippetMarked,
    url: urlOf(row),
    metropolisName: row.metropolisName,
  }));
  const suggestions = total === 0 ? await findSuggestions(query.text, db) : [];
  return { total, hits, types, metropolises, suggestions };
}

/**
 * Published titles closest to the text (pg_trgm's word similarity on folded
 * titles). Ordered by the word-similarity distance through the GiST trigram
 * index, which reads only the nearest titles: ordering by word_similarity()
 * rechecked every title sharing a word with the query (all 100 000 synthetic
 * projects for "synthetique 100077": 1.1 s, against 0.2 s this way).
 */
async function findSuggestions(text: string, db: DbClient): Promise<string[]> {
  // The inner query orders by the distance alone, so that the index is read in
  // that order and stops at the limit; a second sort key there made PostgreSQL
  // scan and sort every title (1.5 s at 100 000 projects, 0.5 s this way).
  const rows = await db.$queryRaw<{ title: string }[]>`
    WITH q AS (SELECT "FundedProject_fold"(${text}) AS folded)
    SELECT s."title" FROM (
      SELECT d."title", q.folded <<-> d."foldedTitle" AS distance FROM "SearchDocument" d, q
      WHERE q.folded <% d."foldedTitle" AND ${VISIBLE}
      ORDER BY q.folded <<-> d."foldedTitle"
      LIMIT ${SUGGESTION_COUNT * 3}
    ) s
    ORDER BY s.distance, length(s."title"), s."title"`;
  return [...new Set(rows.map((row) => row.title))].slice(0, SUGGESTION_COUNT);
}
