import 'server-only';
import type { Transaction } from '@/lib/db/client';
import type { LegalForm } from '@/lib/generated/prisma/enums';
import { IMPORT_COLUMN_NAMES } from './columns';
import { parseFundedProjectCsv, type ParsedImportRow } from './parse';
import { FundedProjectImportRowSchema, quote, rowIssues, type FundedProjectImportRow, type ImportIssue } from './schema';

/** The client or a transaction: commit.ts validates again inside its transaction. */
export type ImportReader = Pick<Transaction, 'fundingProgramme' | 'theme' | 'fundedProject'>;

export interface ImportProgramme {
  id: string;
  slug: string;
  name: string;
  metropolisId: string;
}

/** A project's own values, as a row gives them and as they are stored (commit.ts). */
export interface FundedProjectValues {
  title: string;
  carrierName: string;
  legalForm: LegalForm;
  year: number;
  amountCents: number;
  isInPriorityNeighbourhood: boolean | null;
  description: string | null;
}

export interface ValidatedImportRow extends FundedProjectValues {
  line: number;
  fundingProgramme: ImportProgramme;
  /** Sorted, without duplicates. */
  themeIds: string[];
}

export type ImportValidation =
  | { status: 'valid'; rows: ValidatedImportRow[] }
  /** `rowCount`: data rows read (0 when the file itself is unreadable). */
  | { status: 'invalid'; issues: ImportIssue[]; rowCount: number };

export interface ValidateFundedProjectImportOptions {
  db: ImportReader;
  csv: string;
}

/** Titles compared ignoring case and runs of spaces. */
function titleKey(title: string): string {
  return title.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('fr');
}

function duplicateKey(programmeId: string, title: string, year: number): string {
  return JSON.stringify([programmeId, titleKey(title), year]);
}

function columnOrder(column: string | null): number {
  const index = column === null ? -1 : IMPORT_COLUMN_NAMES.indexOf(column as (typeof IMPORT_COLUMN_NAMES)[number]);
  return index === -1 ? IMPORT_COLUMN_NAMES.length : index;
}

function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || columnOrder(a.column) - columnOrder(b.column));
}

interface CheckedRow {
  parsed: ParsedImportRow;
  /** Null when a cell failed the row schema; the lookups still run on the cells that passed. */
  data: FundedProjectImportRow | null;
  /** Cells already reported, so that a lookup does not add a second message on them. */
  failedColumns: Set<string>;
}

async function findProgrammes(db: ImportReader, slugs: string[]) {
  const rows = await db.fundingProgramme.findMany({
    where: { slug: { in: slugs } },
    select: { id: true, slug: true, name: true, metropolisId: true, deletedAt: true },
  });
  return new Map(rows.map(({ deletedAt, ...programme }) => [programme.slug, { programme, isInTrash: deletedAt !== null }]));
}

async function findThemes(db: ImportReader, slugs: string[]) {
  const rows = await db.theme.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, deletedAt: true } });
  return new Map(rows.map((theme) => [theme.slug, { id: theme.id, isInTrash: theme.deletedAt !== null }]));
}

/** Projects already stored (not in the trash) under the same programme, title and year. */
async function findExistingKeys(db: ImportReader, rows: ValidatedImportRow[]): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const existing = await db.fundedProject.findMany({
    where: {
      deletedAt: null,
      fundingProgrammeId: { in: [...new Set(rows.map((row) => row.fundingProgramme.id))] },
      year: { in: [...new Set(rows.map((row) => row.year))] },
    },
    select: { title: true, fundingProgrammeId: true, year: true },
  });
  return new Map(existing.map((project) => [duplicateKey(project.fundingProgrammeId, project.title, project.year), project.title]));
}

/**
 * Reads and checks a whole file: cell formats, programmes and themes by slug
 * (existing and not in the trash), duplicates inside the file and duplicates
 * of stored projects. Every problem is reported, on its row and column.
 */
export async function validateFundedProjectImport({ db, csv }: ValidateFundedProjectImportOptions): Promise<ImportValidation> {
  const parsed = parseFundedProjectCsv(csv);
  if (parsed.status === 'unreadable') return { status: 'invalid', issues: parsed.issues, rowCount: 0 };

  const issues: ImportIssue[] = [...parsed.issues];
  const checked: CheckedRow[] = parsed.rows.map((row) => {
    const result = FundedProjectImportRowSchema.safeParse(row.values);
    if (result.success) return { parsed: row, data: result.data, failedColumns: new Set() };
    const found = rowIssues(result.error, row.line);
    issues.push(...found);
    return { parsed: row, data: null, failedColumns: new Set(found.map((issue) => issue.column!)) };
  });

  // Lookups use every cell that passed the schema, so a row's report is complete at once.
  const programmeSlugs = new Set<string>();
  const themeSlugs = new Set<string>();
  for (const { parsed: row, failedColumns } of checked) {
    if (!failedColumns.has('dispositif')) programmeSlugs.add(row.values.dispositif.toLowerCase());
    if (!failedColumns.has('thematiques')) {
      for (const slug of FundedProjectImportRowSchema.shape.thematiques.parse(row.values.thematiques)) themeSlugs.add(slug);
    }
  }
  const [programmes, themes] = await Promise.all([findProgrammes(db, [...programmeSlugs]), findThemes(db, [...themeSlugs])]);

  const valid: ValidatedImportRow[] = [];
  for (const { parsed: row, data, failedColumns } of checked) {
    const rowProblems: ImportIssue[] = [];
    const line = row.line;
    let programme: ImportProgramme | undefined;
    if (!failedColumns.has('dispositif')) {
      const slug = row.values.dispositif.toLowerCase();
      const found = programmes.get(slug);
      if (!found) {
        rowProblems.push({ line, column: 'dispositif', message: `Dispositif inconnu ${quote(slug)} : indiquez l’identifiant d’un dispositif existant.` });
      } else if (found.isInTrash) {
        rowProblems.push({ line, column: 'dispositif', message: `Le dispositif ${quote(slug)} est dans la corbeille.` });
      } else {
        programme = found.programme;
      }
    }
    const themeIds: string[] = [];
    if (!failedColumns.has('thematiques')) {
      const slugs = FundedProjectImportRowSchema.shape.thematiques.parse(row.values.thematiques);
      const unknown = slugs.filter((slug) => !themes.has(slug));
      const trashed = slugs.filter((slug) => themes.get(slug)?.isInTrash);
      if (unknown.length > 0) {
        rowProblems.push({ line, column: 'thematiques', message: `Thématique inconnue : ${unknown.map((slug) => quote(slug)).join(', ')}.` });
      } else if (trashed.length > 0) {
        rowProblems.push({ line, column: 'thematiques', message: `Thématique dans la corbeille : ${trashed.map((slug) => quote(slug)).join(', ')}.` });
      } else {
        themeIds.push(...slugs.map((slug) => themes.get(slug)!.id).sort());
      }
    }
    issues.push(...rowProblems);
    if (data && programme && rowProblems.length === 0) {
      valid.push({
        line,
        title: data.titre,
        carrierName: data.porteur,
        legalForm: data.forme_juridique,
        year: data.annee,
        amountCents: data.montant_euros,
        isInPriorityNeighbourhood: data.quartier_prioritaire,
        description: data.description,
        fundingProgramme: programme,
        themeIds,
      });
    }
  }

  const firstLineByKey = new Map<string, number>();
  const existing = await findExistingKeys(db, valid);
  for (const row of valid) {
    const key = duplicateKey(row.fundingProgramme.id, row.title, row.year);
    const firstLine = firstLineByKey.get(key);
    if (firstLine !== undefined) {
      issues.push({ line: row.line, column: 'titre', message: `Doublon de la ligne ${firstLine} : même dispositif, même titre et même année.` });
      continue;
    }
    firstLineByKey.set(key, row.line);
    const storedTitle = existing.get(key);
    if (storedTitle !== undefined) {
      issues.push({
        line: row.line,
        column: 'titre',
        message: `Ce projet existe déjà : ${quote(storedTitle, 80)}, même dispositif, même année (${row.year}).`,
      });
    }
  }

  if (issues.length > 0) return { status: 'invalid', issues: sortIssues(issues), rowCount: parsed.rows.length };
  return { status: 'valid', rows: valid };
}
