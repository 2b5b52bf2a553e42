import { FUNDED_PROJECT_COLUMNS } from './columns';

export const TEMPLATE_FILE_NAME = 'modele-projets-finances.csv';
export const TEMPLATE_PATH = '/admin/import/projets/modele.csv';

function csvCell(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The downloadable template: UTF-8 with a BOM (so that Excel reads the accents),
 * `;` between cells (what French spreadsheets expect), CRLF line ends, the header
 * and one example line (seeded programme and theme).
 */
export function buildFundedProjectTemplate(): string {
  const header = FUNDED_PROJECT_COLUMNS.map((column) => column.name);
  const example = FUNDED_PROJECT_COLUMNS.map((column) => csvCell(column.example));
  return `\uFEFF${header.join(';')}\r\n${example.join(';')}\r\n`;
}
