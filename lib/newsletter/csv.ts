import type { NewsletterList } from '@/lib/generated/prisma/enums';
import { listLabel } from './lists';

export interface SubscriberCsvRow {
  email: string;
  lists: NewsletterList[];
  consentAt: Date;
  confirmedAt: Date;
}

// A spreadsheet would run text starting like a formula (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(text: string): string {
  const value = FORMULA_START.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Confirmed subscribers as CSV (semicolons, UTF-8 with BOM: opens as is in French spreadsheets). */
export function subscribersCsv(rows: SubscriberCsvRow[]): string {
  const header = ['adresse', 'listes', 'consentement', 'confirmation'].join(';');
  const lines = rows.map((row) => [row.email, row.lists.map(listLabel).join(', '), row.consentAt.toISOString(), row.confirmedAt.toISOString()].map(cell).join(';'));
  return `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
}
