import 'server-only';
import { CONTENT_ENTITY_TYPES, type ContentEntityType } from '@/lib/content/entity-types';
import { contentEntityLabels, getContentType } from '@/lib/content/registry';
import { delegateOf } from '@/lib/content/server/descriptors';
import { parisToday, verificationWhere } from '@/lib/content/verification';
import { getDb } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import type { FigureUnit, PlanStatus, PublicationStatus } from '@/lib/generated/prisma/enums';
import { effectivePlanStatus } from '@/lib/policy-plans/status';
import { publishedWhere } from '@/lib/publication';
import { COMPARABLE_INDICATORS, disagrees, storedValue, type ComparableIndicator, type YearTotals } from './declared-figures';

// The coverage dashboard's lists (/admin/couverture): what editors should fill
// in, renew, check or reconcile. Staff reads, never cached; every line names the
// entry's edit page.

export interface CoverageOptions {
  db?: DbClient;
}

function editPath(entityType: ContentEntityType, id: string): string {
  return `/admin/contenus/${getContentType(entityType).segment}/${id}`;
}

// The database's collation may be bytewise ("C"): lists are put in French order here.
const french = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function hasText(text: string | null): boolean {
  return text !== null && text.trim() !== '';
}

// ---------------------------------------------------------------------------

export interface MetropolisWithoutData {
  id: string;
  name: string;
  editPath: string;
  /** False: the profile itself is not online. */
  isPublished: boolean;
  /** Context facts exist, but context is not a policy (ADR 008). */
  hasContext: boolean;
}

/**
 * Métropoles (out of the trash) whose public profile shows no data: not
 * published, or published without a policy summary, a published plan, a
 * published funding programme or a published figure.
 */
export async function findMetropolisesWithoutData({ db = getDb() }: CoverageOptions = {}): Promise<MetropolisWithoutData[]> {
  const rows = await db.metropolis.findMany({
    where: { deletedAt: null },
    select: {
      id: true,
      officialName: true,
      status: true,
      policySummary: true,
      contextSummary: true,
      _count: { select: { policyPlans: { where: publishedWhere }, fundingProgrammes: { where: publishedWhere }, figures: { where: publishedWhere } } },
    },
  });
  return rows
    .filter((row) => {
      if (row.status !== 'PUBLISHED') return true;
      const { policyPlans, fundingProgrammes, figures } = row._count;
      return !hasText(row.policySummary) && policyPlans + fundingProgrammes + figures === 0;
    })
    .map((row) => ({
      id: row.id,
      name: row.officialName,
      editPath: editPath('Metropolis', row.id),
      isPublished: row.status === 'PUBLISHED',
      hasContext: hasText(row.contextSummary),
    }))
    .sort((a, b) => french.compare(a.name, b.name));
}

// ---------------------------------------------------------------------------

export interface EndedPlanWithoutSuccessor {
  id: string;
  title: string;
  editPath: string;
  metropolisName: string;
  startYear: number;
  endYear: number | null;
  /** As recorded: "in force" with a past end reads as ended (effectivePlanStatus). */
  planStatus: PlanStatus;
  status: PublicationStatus;
}

/** Plans ended (as a reader sees them) that no edition out of the trash follows: a renewal to look for, or to record. */
export async function findEndedPlansWithoutSuccessor({ db = getDb(), currentYear = new Date().getUTCFullYear() }: CoverageOptions & { currentYear?: number } = {}): Promise<EndedPlanWithoutSuccessor[]> {
  const rows = await db.policyPlan.findMany({
    where: { deletedAt: null, OR: [{ successor: { is: null } }, { successor: { is: { deletedAt: { not: null } } } }] },
    select: { id: true, title: true, startYear: true, endYear: true, planStatus: true, status: true, metropolis: { select: { officialName: true } } },
  });
  return rows
    .filter((row) => effectivePlanStatus(row, currentYear) === 'ENDED')
    .map((row) => ({
      id: row.id,
      title: row.title,
      editPath: editPath('PolicyPlan', row.id),
      metropolisName: row.metropolis.officialName,
      startYear: row.startYear,
      endYear: row.endYear,
      planStatus: row.planStatus,
      status: row.status,
    }))
    // The most recently ended first: the likeliest to have a renewal to record.
    .sort((a, b) => (b.endYear ?? 0) - (a.endYear ?? 0) || french.compare(a.title, b.title));
}

// ---------------------------------------------------------------------------

export interface VerificationGroup {
  entityType: ContentEntityType;
  label: string;
  /** Every entry of the type never verified or verified more than a year ago. */
  total: number;
  /** The type's list, filtered on them (paginated there). */
  listPath: string;
  /** The first of them: never verified first, then the longest unchecked. */
  items: Array<{ id: string; title: string; editPath: string; lastVerifiedOn: string | null }>;
}

/** Per type, the entries due for a check; types with none are left out. */
export async function findEntriesDueForVerification({ db = getDb(), today = parisToday(), perType = 5 }: CoverageOptions & { today?: string; perType?: number } = {}): Promise<VerificationGroup[]> {
  const groups = await Promise.all(
    CONTENT_ENTITY_TYPES.map(async (entityType): Promise<VerificationGroup> => {
      const definition = getContentType(entityType);
      const delegate = delegateOf(db, entityType);
      const where = { deletedAt: null, ...verificationWhere('a-reverifier', today) };
      const [total, rows] = await Promise.all([
        delegate.count({ where }),
        delegate.findMany({
          where,
          orderBy: [{ lastVerifiedOn: { sort: 'asc', nulls: 'first' } }, { updatedAt: 'asc' }, { id: 'asc' }],
          take: perType,
          select: { id: true, [definition.titleField]: true, lastVerifiedOn: true },
        }),
      ]);
      return {
        entityType,
        label: contentEntityLabels[entityType],
        total,
        listPath: `/admin/contenus/${definition.segment}?verification=a-reverifier`,
        items: rows.map((row) => ({
          id: String(row.id),
          title: String(row[definition.titleField] ?? ''),
          editPath: editPath(entityType, String(row.id)),
          lastVerifiedOn: row.lastVerifiedOn instanceof Date ? row.lastVerifiedOn.toISOString().slice(0, 10) : null,
        })),
      };
    }),
  );
  return groups.filter((group) => group.total > 0);
}

// ---------------------------------------------------------------------------

export type SourceProblem = 'unpublished' | 'trashed' | 'to-verify';

export interface FigureWithSourceProblem {
  id: string;
  label: string;
  editPath: string;
  status: PublicationStatus;
  metropolisName: string | null;
  source: { title: string; publisher: string; editPath: string };
  problems: SourceProblem[];
}

/** Figures (out of the trash) whose source is not published, is in the trash, or is still to verify (Source.needsVerification). */
export async function findFiguresWithSourceProblems({ db = getDb(), take = 100 }: CoverageOptions & { take?: number } = {}): Promise<{ total: number; items: FigureWithSourceProblem[] }> {
  const where = {
    deletedAt: null,
    OR: [{ source: { status: { not: 'PUBLISHED' as const } } }, { source: { deletedAt: { not: null } } }, { source: { needsVerification: true } }],
  };
  const rows = await db.figure.findMany({
    where,
    select: {
      id: true,
      label: true,
      status: true,
      metropolis: { select: { officialName: true } },
      source: { select: { id: true, title: true, publisher: true, status: true, deletedAt: true, needsVerification: true } },
    },
  });
  // All of them are read to sort them in French; figures are counted in hundreds, not in millions.
  const sorted = rows.sort((a, b) => french.compare(a.label, b.label) || a.id.localeCompare(b.id));
  return {
    total: rows.length,
    items: sorted.slice(0, take).map((row) => {
      const problems: SourceProblem[] = [];
      if (row.source.deletedAt) problems.push('trashed');
      else if (row.source.status !== 'PUBLISHED') problems.push('unpublished');
      if (row.source.needsVerification) problems.push('to-verify');
      return {
        id: row.id,
        label: row.label,
        editPath: editPath('Figure', row.id),
        status: row.status,
        metropolisName: row.metropolis?.officialName ?? null,
        source: { title: row.source.title, publisher: row.source.publisher, editPath: editPath('Source', row.source.id) },
        problems,
      };
    }),
  };
}

// ---------------------------------------------------------------------------

export interface DeclaredFigureDisagreement {
  id: string;
  label: string;
  editPath: string;
  status: PublicationStatus;
  indicator: ComparableIndicator;
  declared: { value: number; unit: FigureUnit; isLowerBound: boolean };
  periodStartYear: number | null;
  periodEndYear: number | null;
  programme: { name: string; editPath: string; metropolisName: string };
  /** Published projects of the programme in the figure's period. */
  stored: { projectCount: number; amountCents: number };
}

/**
 * A programme's declared project count or funded amount (figures out of the
 * trash, indicators "projets-finances" and "montant-finance") that the
 * published projects stored for it, over the figure's period, contradict.
 * Figures of a whole métropole are not compared: they may count funding of
 * other programmes, or none the portal knows of.
 */
export async function findDeclaredFigureDisagreements({ db = getDb() }: CoverageOptions = {}): Promise<DeclaredFigureDisagreement[]> {
  const figures = await db.figure.findMany({
    where: { deletedAt: null, indicator: { in: [...COMPARABLE_INDICATORS] }, fundingProgramme: { is: { deletedAt: null } } },
    select: {
      id: true,
      label: true,
      status: true,
      indicator: true,
      value: true,
      unit: true,
      isLowerBound: true,
      periodStartYear: true,
      periodEndYear: true,
      fundingProgramme: { select: { id: true, name: true, metropolis: { select: { officialName: true } } } },
    },
  });
  const programmeIds = [...new Set(figures.flatMap((figure) => (figure.fundingProgramme ? [figure.fundingProgramme.id] : [])))];
  const groups = programmeIds.length
    ? await db.fundedProject.groupBy({
        by: ['fundingProgrammeId', 'year'],
        where: { ...publishedWhere, fundingProgrammeId: { in: programmeIds } },
        _count: { _all: true },
        _sum: { amountCents: true },
      })
    : [];
  const yearsOf = new Map<string, YearTotals[]>();
  for (const group of groups) {
    const years = yearsOf.get(group.fundingProgrammeId) ?? [];
    years.push({ year: group.year, projectCount: group._count._all, amountCents: group._sum.amountCents ?? 0 });
    yearsOf.set(group.fundingProgrammeId, years);
  }

  const disagreements: DeclaredFigureDisagreement[] = [];
  for (const figure of figures) {
    const programme = figure.fundingProgramme;
    if (!programme) continue;
    const declared = {
      indicator: figure.indicator as ComparableIndicator,
      value: Number(figure.value),
      isLowerBound: figure.isLowerBound,
      periodStartYear: figure.periodStartYear,
      periodEndYear: figure.periodEndYear,
    };
    const years = yearsOf.get(programme.id) ?? [];
    if (!disagrees(declared, storedValue(declared, years))) continue;
    disagreements.push({
      id: figure.id,
      label: figure.label,
      editPath: editPath('Figure', figure.id),
      status: figure.status,
      indicator: declared.indicator,
      declared: { value: declared.value, unit: figure.unit, isLowerBound: figure.isLowerBound },
      periodStartYear: figure.periodStartYear,
      periodEndYear: figure.periodEndYear,
      programme: { name: programme.name, editPath: editPath('FundingProgramme', programme.id), metropolisName: programme.metropolis.officialName },
      stored: {
        projectCount: storedValue({ ...declared, indicator: 'projets-finances' }, years),
        amountCents: storedValue({ ...declared, indicator: 'montant-finance' }, years),
      },
    });
  }
  return disagreements.sort((a, b) => french.compare(a.label, b.label) || a.id.localeCompare(b.id));
}
