// The explorer's CSV, in two dialects. Pure: the route streams what these
// functions write, one row at a time.
//
// - open data (French open-data practice): UTF-8 without BOM, comma, header
//   row, ISO 8601 dates, amounts in euros with a dot and two decimals;
// - Excel (FR): the same columns with a BOM (so that Excel reads UTF-8), `;`
//   and a decimal comma, what a French spreadsheet opens without an import step.
// Both follow RFC 4180 (CRLF line ends, quotes doubled in quoted cells).
import { SHORT_LEGAL_FORM_LABELS } from '@/lib/import/funded-projects/schema';
import type { ProjectExportRow } from './explorer';
import type { ExportFormat } from './filter';

export const LICENCE_NAME = 'Licence Ouverte / Open Licence 2.0 (Etalab)';
export const LICENCE_URL = 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/';

export interface CsvDialect {
  separator: ',' | ';';
  decimalMark: '.' | ',';
  byteOrderMark: boolean;
}

export const CSV_DIALECTS: Record<ExportFormat, CsvDialect> = {
  'open-data': { separator: ',', decimalMark: '.', byteOrderMark: false },
  excel: { separator: ';', decimalMark: ',', byteOrderMark: true },
};

/** "768200.50" / "768200,50": no grouping, always two decimals, from integer cents (no float rounding). */
export function formatCentsForCsv(cents: number, decimalMark: CsvDialect['decimalMark']): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Montant en centimes invalide : ${cents}`);
  return `${Math.trunc(cents / 100)}${decimalMark}${String(cents % 100).padStart(2, '0')}`;
}

interface ExportColumn {
  /** Header (ASCII snake_case; those shared with the import template mean the same there). */
  name: string;
  /** Numbers are written as they are; text is quoted and neutralised when needed. */
  isNumber?: boolean;
  value: (row: ProjectExportRow, dialect: CsvDialect) => string | null;
}

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { name: 'identifiant', value: (row) => row.slug },
  { name: 'titre', value: (row) => row.title },
  { name: 'porteur', value: (row) => row.carrierName },
  { name: 'forme_juridique', value: (row) => SHORT_LEGAL_FORM_LABELS[row.legalForm] },
  { name: 'annee', isNumber: true, value: (row) => String(row.year) },
  { name: 'montant_euros', isNumber: true, value: (row, dialect) => formatCentsForCsv(row.amountCents, dialect.decimalMark) },
  { name: 'quartier_prioritaire', value: (row) => (row.isInPriorityNeighbourhood === null ? null : row.isInPriorityNeighbourhood ? 'oui' : 'non') },
  { name: 'thematiques', value: (row) => row.themeSlugs.join('|') },
  { name: 'dispositif', value: (row) => row.programmeSlug },
  { name: 'dispositif_nom', value: (row) => row.programmeName },
  { name: 'metropole', value: (row) => row.metropolisSlug },
  { name: 'metropole_nom', value: (row) => row.metropolisName },
  { name: 'metropole_siren', value: (row) => row.metropolisSiren },
  { name: 'date_publication', value: (row) => row.publishedOn },
  { name: 'description', value: (row) => row.description },
];

// A spreadsheet runs a cell that starts like a formula (OWASP "CSV injection"):
// such text gets a leading apostrophe, which spreadsheets show as text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvTextCell(text: string | null, dialect: CsvDialect): string {
  if (text === null || text === '') return '';
  const value = FORMULA_START.test(text) ? `'${text}` : text;
  return value.includes(dialect.separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvHeader(dialect: CsvDialect): string {
  return `${dialect.byteOrderMark ? '\uFEFF' : ''}${EXPORT_COLUMNS.map((column) => column.name).join(dialect.separator)}\r\n`;
}

// Called once per exported row: a plain loop, no intermediate arrays.
export function csvRow(row: ProjectExportRow, dialect: CsvDialect): string {
  let line = '';
  for (let index = 0; index < EXPORT_COLUMNS.length; index += 1) {
    const column = EXPORT_COLUMNS[index]!;
    const value = column.value(row, dialect);
    if (index > 0) line += dialect.separator;
    line += column.isNumber ? (value ?? '') : csvTextCell(value, dialect);
  }
  return `${line}\r\n`;
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** "projets-finances_extrait-2026-12-01.csv" and "…_excel.csv": the day of extraction, in France, is in the name. */
export function exportFileName(format: ExportFormat, extractedAt: Date): string {
  const parts = Object.fromEntries(PARIS_DAY.formatToParts(extractedAt).map((part) => [part.type, part.value]));
  return `projets-finances_extrait-${parts.year}-${parts.month}-${parts.day}${format === 'excel' ? '_excel' : ''}.csv`;
}
