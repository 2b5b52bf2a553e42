import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record';
import type { Actor } from '@/lib/auth/actor';
import type { ContentEntityType } from '@/lib/content/entity-types';
import { can } from '@/lib/auth/roles';
import type { Database } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import { uniqueSlugs } from '@/lib/content/server/slugs';
import type { ImportIssue } from './schema';
import { validateFundedProjectImport, type FundedProjectValues, type ValidatedImportRow } from './validate';

const ENTITY_TYPE = 'FundedProject' satisfies ContentEntityType;

export interface CommitFundedProjectImportOptions {
  db: Database;
  actor: Actor;
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

const IMPORT_CONFLICT_MESSAGE = 'Des projets ont été enregistrés pendant l’import : rien n’a été importé. Vérifiez à nouveau le fichier.';

// One import at a time: the duplicate checks made inside the transaction then
// see every project a concurrent import committed. Arbitrary, stable key.
const IMPORT_LOCK_KEY = 4_172_026_001;

function assertCanImport(actor: Actor, isPublishRequested: boolean): void {
  if (!can(actor.role, 'content:create')) throw new AppError('FORBIDDEN');
  if (isPublishRequested && !can(actor.role, 'content:publish')) {
    throw new AppError('FORBIDDEN', { userMessage: 'Votre rôle ne permet pas de publier : décochez « Publier directement les projets importés ».' });
  }
}

function cleanFileName(fileName: string): string {
  return fileName.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, 255) || 'sans nom';
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

        const slugs = await uniqueSlugs(tx, ENTITY_TYPE, rows.map((row) => row.title));
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
