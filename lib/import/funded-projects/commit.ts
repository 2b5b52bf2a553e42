import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record';
import { can, type Role } from '@/lib/auth/roles';
import type { Database } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import { slugify } from '@/lib/slug';
import type { ImportIssue } from './schema';
import { validateFundedProjectImport, type FundedProjectValues, type ValidatedImportRow } from './validate';

const ENTITY_TYPE = 'FundedProject';

/** Who imports: checked here, whatever the caller did. */
export interface ImportActor {
  id: string;
  email: string;
  role: Role;
}

export interface CommitFundedProjectImportOptions {
  db: Database;
  actor: ImportActor;
  csv: string;
  /** Name of the uploaded file, for the audit journal. */
  fileName: string;
  /** "Publier directement": needs content:publish. */
  isPublishRequested: boolean;
  ipAddress?: string | null;
}

export interface CommitFundedProjectImportResult {
  count: number;
  /** Ids of the created projects, in file order. */
  ids: string[];
}

interface ProjectColumns extends FundedProjectValues {
  fundingProgrammeId: string;
  metropolisId: string;
}

/** What a revision of a funded project holds (read back by the editing engine). */
export interface FundedProjectSnapshot extends ProjectColumns {
  slug: string;
  /** Theme ids, sorted. */
  themes: string[];
}

/** The file no longer passes validation (it changed, or the database did since the check). */
export class ImportInvalidError extends AppError {
  readonly issues: ImportIssue[];
  readonly rowCount: number;
  constructor(issues: ImportIssue[], rowCount: number) {
    super('INVALID_INPUT', { message: 'funded project import invalid', userMessage: 'Le fichier contient des erreurs : rien n’a été importé.' });
    this.issues = issues;
    this.rowCount = rowCount;
  }
}

export const IMPORT_CONFLICT_MESSAGE = 'Des projets ont été enregistrés pendant l’import : rien n’a été importé. Vérifiez à nouveau le fichier.';

type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

// One import at a time: the duplicate checks made inside the transaction then
// see every project a concurrent import committed. Arbitrary, stable key.
const IMPORT_LOCK_KEY = 4_172_026_001;

function assertCanImport(actor: ImportActor, isPublishRequested: boolean): void {
  if (!can(actor.role, 'content:create')) throw new AppError('FORBIDDEN');
  if (isPublishRequested && !can(actor.role, 'content:publish')) {
    throw new AppError('FORBIDDEN', { userMessage: 'Votre rôle ne permet pas de publier : décochez « Publier directement les projets importés ».' });
  }
}

function cleanFileName(fileName: string): string {
  return fileName.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, 255) || 'sans nom';
}

async function findTakenSlugs(tx: Transaction, where: Prisma.StringFilter[]): Promise<Set<string>> {
  if (where.length === 0) return new Set();
  const [projects, redirects] = await Promise.all([
    tx.fundedProject.findMany({ where: { OR: where.map((slug) => ({ slug })) }, select: { slug: true } }),
    tx.slugRedirect.findMany({ where: { entityType: ENTITY_TYPE, OR: where.map((slug) => ({ slug })) }, select: { slug: true } }),
  ]);
  return new Set([...projects, ...redirects].map((row) => row.slug));
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

/** Same base as the editing engine's generated slugs (lib/content/server/mutations.ts), whose slug field allows 120 characters. */
function slugBase(title: string): string {
  return slugify(title).slice(0, 100).replace(/-+$/, '') || 'fiche';
}

/**
 * slugify(title), made unique against stored projects, their old slugs
 * (SlugRedirect) and the file's other rows with -2, -3… The suffixes of a taken
 * base are read at once; a last check catches the rare suffix that clashes with a
 * slug stored under another base.
 */
async function uniqueSlugs(tx: Transaction, titles: string[]): Promise<string[]> {
  const bases = titles.map(slugBase);
  const occurrences = new Map<string, number>();
  for (const base of bases) occurrences.set(base, (occurrences.get(base) ?? 0) + 1);
  const distinct = [...occurrences.keys()];
  const taken = await findTakenSlugs(tx, [{ in: distinct }]);
  const repeated = distinct.filter((base) => taken.has(base) || occurrences.get(base)! > 1);
  for (const slug of await findTakenSlugs(tx, repeated.map((base) => ({ startsWith: `${base}-` })))) taken.add(slug);
  for (;;) {
    const slugs = assignSlugs(bases, taken);
    const suffixed = slugs.filter((slug, index) => slug !== bases[index]);
    const clashes = suffixed.length > 0 ? await findTakenSlugs(tx, [{ in: suffixed }]) : new Set<string>();
    if (clashes.size === 0) return slugs;
    for (const slug of clashes) taken.add(slug);
  }
}

/** The same values go to the project row and to its first revision. */
function projectColumns(row: ValidatedImportRow): ProjectColumns {
  return {
    title: row.title,
    carrierName: row.carrierName,
    legalForm: row.legalForm,
    year: row.year,
    amountCents: row.amountCents,
    isInPriorityNeighbourhood: row.isInPriorityNeighbourhood,
    description: row.description,
    fundingProgrammeId: row.fundingProgramme.id,
    metropolisId: row.fundingProgramme.metropolisId,
  };
}

function snapshotOf(row: ValidatedImportRow, slug: string): FundedProjectSnapshot {
  return { slug, ...projectColumns(row), themes: row.themeIds };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * Imports every row of a checked file in one transaction, or nothing: the file
 * is validated again inside it, and any failure rolls the whole import back.
 * Each project gets its first revision and a content.created audit event; the
 * import itself one content.imported event.
 */
export async function commitFundedProjectImport({
  db,
  actor,
  csv,
  fileName,
  isPublishRequested,
  ipAddress,
}: CommitFundedProjectImportOptions): Promise<CommitFundedProjectImportResult> {
  assertCanImport(actor, isPublishRequested);
  const status: PublicationStatus = isPublishRequested ? 'PUBLISHED' : 'DRAFT';
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`;
        const validation = await validateFundedProjectImport({ db: tx, csv });
        if (validation.status === 'invalid') throw new ImportInvalidError(validation.issues, validation.rowCount);
        const { rows } = validation;

        const slugs = await uniqueSlugs(tx, rows.map((row) => row.title));
        const publishedAt = status === 'PUBLISHED' ? new Date() : null;
        const created = await tx.fundedProject.createManyAndReturn({
          data: rows.map((row, index) => ({
            slug: slugs[index]!,
            ...projectColumns(row),
            status,
            version: 1,
            publishedAt,
          })),
          select: { id: true, slug: true },
        });
        const idBySlug = new Map(created.map((project) => [project.slug, project.id]));
        const ids = slugs.map((slug) => idBySlug.get(slug)!);

        // One statement per theme rather than per project: a file uses few themes.
        const projectsByTheme = new Map<string, string[]>();
        rows.forEach((row, index) => {
          for (const themeId of row.themeIds) projectsByTheme.set(themeId, [...(projectsByTheme.get(themeId) ?? []), ids[index]!]);
        });
        for (const [themeId, projectIds] of projectsByTheme) {
          await tx.theme.update({ where: { id: themeId }, data: { projects: { connect: projectIds.map((id) => ({ id })) } }, select: { id: true } });
        }

        await tx.revision.createMany({
          data: rows.map((row, index) => ({
            entityType: ENTITY_TYPE,
            entityId: ids[index]!,
            version: 1,
            status,
            authorId: actor.id,
            snapshot: snapshotOf(row, slugs[index]!) satisfies FundedProjectSnapshot as unknown as Prisma.InputJsonObject,
          })),
        });

        // recordAuditEvent writes one row per call; collecting them turns 2 000 inserts into one.
        const events: Prisma.AuditEventUncheckedCreateInput[] = [];
        const collector = { auditEvent: { create: async ({ data }: { data: Prisma.AuditEventUncheckedCreateInput }) => events.push(data) } };
        for (const [index, row] of rows.entries()) {
          await recordAuditEvent(collector, {
            action: 'content.created',
            actor,
            entityType: ENTITY_TYPE,
            entityId: ids[index],
            ipAddress,
            details: { title: row.title, via: 'import' },
          });
        }
        await recordAuditEvent(collector, {
          action: 'content.imported',
          actor,
          entityType: ENTITY_TYPE,
          ipAddress,
          details: { count: rows.length, fileName: cleanFileName(fileName), published: status === 'PUBLISHED' },
        });
        await tx.auditEvent.createMany({ data: events });

        return { count: rows.length, ids };
      },
      // A 2 000-row file takes longer than Prisma's 5-second default.
      { maxWait: 10_000, timeout: 60_000 },
    );
  } catch (error) {
    // A project saved elsewhere (not through an import) took a slug after the check.
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', { message: 'slug taken during import', userMessage: IMPORT_CONFLICT_MESSAGE });
    throw error;
  }
}
