import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ProjectExportRow } from './explorer';
import { CSV_DIALECTS, csvHeader, csvRow, EXPORT_COLUMNS, exportFileName, formatCentsForCsv } from './csv';

const row: ProjectExportRow = {
  id: 'cm1',
  slug: 'recyclerie-du-quartier',
  title: 'Recyclerie « Le Grenier », réparation; vente',
  carrierName: 'Association "Les Ateliers"',
  legalForm: 'ESUS_COMPANY',
  year: 2019,
  amountCents: 76_820_050,
  isInPriorityNeighbourhood: true,
  programmeSlug: 'entreprendre-autrement',
  programmeName: 'Entreprendre autrement',
  metropolisSlug: 'metropole-europeenne-de-lille',
  metropolisName: 'Métropole européenne de Lille',
  metropolisSiren: '200093201',
  themeSlugs: ['ess', 'innovation-sociale'],
  themeNames: ['ESS', 'Innovation sociale'],
  publishedOn: '2026-12-01',
  description: 'Deux lignes :\nréparer, puis revendre.',
};

function readBack(text: string, delimiter: string) {
  return parse(text, { bom: true, delimiter, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
}

describe('formatCentsForCsv', () => {
  it('writes euros from integer cents, two decimals, no grouping', () => {
    expect(formatCentsForCsv(76_820_050, '.')).toBe('768200.50');
    expect(formatCentsForCsv(5, ',')).toBe('0,05');
    expect(formatCentsForCsv(2_000_000_000, '.')).toBe('20000000.00');
    expect(() => formatCentsForCsv(1.5, '.')).toThrow();
  });
});

describe('the open-data CSV', () => {
  const dialect = CSV_DIALECTS['open-data'];

  it('is UTF-8 without BOM, comma-separated, with a header row and CRLF line ends', () => {
    const header = csvHeader(dialect);
    expect(header.charCodeAt(0)).not.toBe(0xfeff);
    expect(header).toBe(`${EXPORT_COLUMNS.map((column) => column.name).join(',')}\r\n`);
    expect(header).toContain('titre,porteur,forme_juridique,annee,montant_euros,quartier_prioritaire');
  });

  it('parses back with a CSV library to the row, dot decimals and ISO dates', () => {
    const [record] = readBack(csvHeader(dialect) + csvRow(row, dialect), ',');
    expect(record).toEqual({
      identifiant: 'recyclerie-du-quartier',
      titre: 'Recyclerie « Le Grenier », réparation; vente',
      porteur: 'Association "Les Ateliers"',
      forme_juridique: 'Entreprise ESUS',
      annee: '2019',
      montant_euros: '768200.50',
      quartier_prioritaire: 'oui',
      thematiques: 'ess|innovation-sociale',
      dispositif: 'entreprendre-autrement',
      dispositif_nom: 'Entreprendre autrement',
      metropole: 'metropole-europeenne-de-lille',
      metropole_nom: 'Métropole européenne de Lille',
      metropole_siren: '200093201',
      date_publication: '2026-12-01',
      description: 'Deux lignes :\nréparer, puis revendre.',
    });
    expect(Number(record!.montant_euros) * 100).toBe(76_820_050);
  });

  it('leaves unknown values empty', () => {
    const [record] = readBack(csvHeader(dialect) + csvRow({ ...row, isInPriorityNeighbourhood: null, metropolisSiren: null, themeSlugs: [], description: null }, dialect), ',');
    expect(record).toMatchObject({ quartier_prioritaire: '', metropole_siren: '', thematiques: '', description: '' });
  });
});

describe('the Excel (FR) CSV', () => {
  const dialect = CSV_DIALECTS.excel;

  it('starts with a BOM, separates with semicolons and writes a decimal comma', () => {
    const text = csvHeader(dialect) + csvRow(row, dialect);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${EXPORT_COLUMNS.map((column) => column.name).join(';')}`);
    const [record] = readBack(text, ';');
    expect(record!.montant_euros).toBe('768200,50');
    // The title holds a ";": quoted in this dialect, not in the other.
    expect(text).toContain('"Recyclerie « Le Grenier », réparation; vente"');
    expect(csvRow(row, CSV_DIALECTS['open-data'])).toContain('"Recyclerie « Le Grenier », réparation; vente"');
    expect(record!.titre).toBe(row.title);
    expect(record!.quartier_prioritaire).toBe('oui');
  });
});

describe('cells that a spreadsheet would run', () => {
  it.each(['=1+1', '+33 1 23', '-2', '@SUM(A1)', '\tcaché', '\rligne'])('are kept as text with a leading apostrophe: %j', (title) => {
    for (const dialect of Object.values(CSV_DIALECTS)) {
      const [record] = readBack(csvHeader(dialect) + csvRow({ ...row, title }, dialect), dialect.separator);
      expect(record!.titre).toBe(`'${title}`);
    }
  });
});

describe('exportFileName', () => {
  it('names the day of extraction in France', () => {
    expect(exportFileName('open-data', new Date('2026-12-01T22:30:00Z'))).toBe('projets-finances_extrait-2026-12-01.csv');
    expect(exportFileName('excel', new Date('2026-12-01T23:30:00Z'))).toBe('projets-finances_extrait-2026-12-02_excel.csv');
  });
});
