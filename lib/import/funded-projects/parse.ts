// CSV text → rows of cells keyed by column name. Only the file's shape is checked
// here (encoding, size, header, row count); cell values are validate.ts's job.
import { CsvError, parse } from 'csv-parse/sync';
import {
  FUNDED_PROJECT_COLUMNS,
  IMPORT_COLUMN_NAMES,
  isImportColumnName,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  normalizeHeaderName,
  type ImportColumnName,
  type ImportRowValues,
} from './columns';
import type { ImportIssue } from './schema';

export type Delimiter = ';' | ',';

export interface ParsedImportRow {
  /** Row number a spreadsheet shows: the header is 1, blank rows count. */
  line: number;
  values: ImportRowValues;
}

export type ParseImportResult =
  | { status: 'parsed'; delimiter: Delimiter; rows: ParsedImportRow[]; issues: ImportIssue[] }
  | { status: 'unreadable'; issues: ImportIssue[] };

export type DecodeImportResult = { status: 'decoded'; text: string } | { status: 'unreadable'; issues: ImportIssue[] };

const MAX_SIZE_LABEL = '1 Mo';

function fileIssue(message: string): ImportIssue {
  return { line: null, column: null, message };
}

function unreadable(...issues: ImportIssue[]): { status: 'unreadable'; issues: ImportIssue[] } {
  return { status: 'unreadable', issues };
}

const tooLarge = () => unreadable(fileIssue(`Le fichier dépasse ${MAX_SIZE_LABEL} : découpez-le en plusieurs fichiers.`));

/** The uploaded bytes as text: refused when too large or not UTF-8 (Excel's "CSV" is Windows-1252). */
export function decodeImportFile(bytes: Uint8Array): DecodeImportResult {
  if (bytes.byteLength === 0) return unreadable(fileIssue('Le fichier est vide.'));
  if (bytes.byteLength > MAX_IMPORT_BYTES) return tooLarge();
  try {
    return { status: 'decoded', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return unreadable(
      fileIssue(
        'Le fichier n’est pas encodé en UTF-8. Dans Excel, enregistrez-le au format « CSV UTF-8 (délimité par des virgules) » ; ' +
          'dans LibreOffice, choisissez le jeu de caractères « Unicode (UTF-8) ».',
      ),
    );
  }
}

/** `;` (French spreadsheets) or `,`: whichever the header line has more of, outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  let semicolons = 0;
  let commas = 0;
  let isQuoted = false;
  for (const character of text) {
    if (character === '"') isQuoted = !isQuoted;
    else if (!isQuoted && (character === '\n' || character === '\r')) break;
    else if (!isQuoted && character === ';') semicolons += 1;
    else if (!isQuoted && character === ',') commas += 1;
  }
  return commas > semicolons ? ',' : ';';
}

const CSV_ERROR_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'un guillemet ouvert n’est jamais fermé',
  CSV_INVALID_CLOSING_QUOTE: 'un guillemet fermant est suivi d’autres caractères',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'un guillemet fermant est suivi d’autres caractères',
  CSV_MAX_RECORD_SIZE: 'une ligne est trop longue',
};

function readRecords(text: string, delimiter: Delimiter): string[][] | ImportIssue {
  try {
    return parse(text, {
      delimiter,
      bom: true,
      // Blank lines are kept so that row numbers match the spreadsheet's.
      skip_empty_lines: false,
      relax_column_count: true,
      // A quote inside an unquoted cell (Le "Bon" projet) is kept as typed.
      relax_quotes: true,
    }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const reason = CSV_ERROR_MESSAGES[error.code] ?? 'sa structure est invalide';
    const where = typeof error.lines === 'number' ? ` (vers la ligne ${error.lines} du fichier texte)` : '';
    return fileIssue(`Le fichier CSV ne peut pas être lu : ${reason}${where}. Vérifiez les guillemets autour des textes.`);
  }
}

interface HeaderMapping {
  /** Column name of each cell position; null for an ignored, nameless and empty column. */
  positions: (ImportColumnName | null)[];
  issues: ImportIssue[];
}

function mapHeader(header: string[], records: string[][]): HeaderMapping {
  const issues: ImportIssue[] = [];
  const seen = new Set<ImportColumnName>();
  const positions = header.map((raw, index): ImportColumnName | null => {
    const name = normalizeHeaderName(raw);
    if (!name) {
      // Spreadsheets often leave a trailing separator: a nameless column is harmless while empty.
      if (records.some((record) => (record[index] ?? '').trim() !== '')) {
        issues.push({ line: 1, column: null, message: `La colonne n° ${index + 1} n’a pas de nom dans l’en-tête mais contient des valeurs.` });
      }
      return null;
    }
    if (!isImportColumnName(name)) {
      issues.push({ line: 1, column: raw.trim(), message: `Colonne inconnue. Colonnes possibles : ${IMPORT_COLUMN_NAMES.join(', ')}.` });
      return null;
    }
    if (seen.has(name)) {
      issues.push({ line: 1, column: name, message: 'Cette colonne apparaît deux fois dans l’en-tête.' });
      return null;
    }
    seen.add(name);
    return name;
  });
  for (const column of FUNDED_PROJECT_COLUMNS) {
    if (column.isRequired && !seen.has(column.name)) {
      issues.push({ line: 1, column: column.name, message: 'Colonne obligatoire absente de l’en-tête.' });
    }
  }
  return { positions, issues };
}

function emptyValues(): ImportRowValues {
  return Object.fromEntries(IMPORT_COLUMN_NAMES.map((name) => [name, ''])) as ImportRowValues;
}

function isBlank(record: string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/**
 * Reads the CSV text of an import: BOM stripped, `;` or `,` detected from the
 * header line, header names matched ignoring case and accents. A problem with
 * the file as a whole (size, header, row count, broken quoting) makes it
 * unreadable; a row with too many cells is reported on that row.
 */
export function parseFundedProjectCsv(input: string): ParseImportResult {
  if (new TextEncoder().encode(input).byteLength > MAX_IMPORT_BYTES) return tooLarge();
  // Line ends are normalised: the text comes back from a form field for the commit, and
  // browsers may turn LF into CRLF there, which would change multi-line descriptions.
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return unreadable(fileIssue('Le fichier est vide.'));
  // PostgreSQL refuses U+0000 in text: such a file is binary, not a CSV export.
  if (text.includes('\u0000')) return unreadable(fileIssue('Le fichier contient des caractères nuls : ce n’est pas un fichier CSV texte.'));

  const delimiter = detectDelimiter(text);
  const records = readRecords(text, delimiter);
  if (!Array.isArray(records)) return unreadable(records);

  const [header = [], ...data] = records;
  const { positions, issues: headerIssues } = mapHeader(header, data);
  if (headerIssues.length > 0) return unreadable(...headerIssues);

  const rows: ParsedImportRow[] = [];
  const issues: ImportIssue[] = [];
  data.forEach((record, index) => {
    if (isBlank(record)) return;
    const line = index + 2;
    const values = emptyValues();
    record.forEach((cell, position) => {
      const name = positions[position];
      if (name) values[name] = cell.trim();
    });
    if (record.slice(header.length).some((cell) => cell.trim() !== '')) {
      issues.push({
        line,
        column: null,
        message: `Cette ligne a ${record.length} valeurs pour ${header.length} colonnes : vérifiez le séparateur « ${delimiter} » et les guillemets.`,
      });
    }
    rows.push({ line, values });
  });

  if (rows.length === 0) return unreadable(fileIssue('Le fichier ne contient aucune ligne de données sous l’en-tête.'));
  if (rows.length > MAX_IMPORT_ROWS) {
    return unreadable(
      fileIssue(`Le fichier compte ${rows.length} lignes de données : ${MAX_IMPORT_ROWS.toLocaleString('fr-FR')} au plus par import. Découpez-le en plusieurs fichiers.`),
    );
  }
  return { status: 'parsed', delimiter, rows, issues };
}
