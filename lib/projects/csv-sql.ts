// The explorer's CSV lines, written by PostgreSQL: each batch of the export
// comes back as one string, so the server allocates about the size of the file
// and not, per row, a row object, its cells and their copies (measured on
// 100 000 rows: formatting in JavaScript let the server's memory grow by 150 to
// 200 MB before the garbage collector ran, for a 32 MB file). The same columns
// and the same rules as csv.ts, which stays the reference: the integration test
// compares the two byte for byte.
import { Prisma } from '@/lib/generated/prisma/client';
import { SHORT_LEGAL_FORM_LABELS } from '@/lib/import/funded-projects/schema';
import type { LegalForm } from '@/lib/generated/prisma/enums';
import { EXPORT_COLUMNS, type CsvDialect } from './csv';

interface ColumnSql {
  name: string;
  isNumber?: boolean;
  /** The cell's value as text, NULL when empty (p project, fp programme, m métropole). */
  value: (dialect: CsvDialect) => Prisma.Sql;
}

const legalFormLabel = Prisma.sql`CASE p."legalForm" ${Prisma.join(
  (Object.entries(SHORT_LEGAL_FORM_LABELS) as [LegalForm, string][]).map(([code, label]) => Prisma.sql`WHEN ${code}::"LegalForm" THEN ${label}::text`),
  ' ',
)} END`;

export const EXPORT_COLUMN_SQL: readonly ColumnSql[] = [
  { name: 'identifiant', value: () => Prisma.sql`p."slug"` },
  { name: 'titre', value: () => Prisma.sql`p."title"` },
  { name: 'porteur', value: () => Prisma.sql`p."carrierName"` },
  { name: 'forme_juridique', value: () => legalFormLabel },
  { name: 'annee', isNumber: true, value: () => Prisma.sql`p."year"::text` },
  {
    name: 'montant_euros',
    isNumber: true,
    value: (dialect) => Prisma.sql`(p."amountCents" / 100)::text || ${dialect.decimalMark}::text || lpad((p."amountCents" % 100)::text, 2, '0')`,
  },
  { name: 'quartier_prioritaire', value: () => Prisma.sql`CASE WHEN p."isInPriorityNeighbourhood" THEN 'oui' WHEN NOT p."isInPriorityNeighbourhood" THEN 'non' END` },
  {
    name: 'thematiques',
    value: () => Prisma.sql`array_to_string(ARRAY(SELECT t."slug" FROM "_FundedProjectToTheme" pt JOIN "Theme" t ON t."id" = pt."B"
      WHERE pt."A" = p."id" AND t."status" = 'PUBLISHED' AND t."deletedAt" IS NULL ORDER BY t."name", t."id"), '|')`,
  },
  { name: 'dispositif', value: () => Prisma.sql`fp."slug"` },
  { name: 'dispositif_nom', value: () => Prisma.sql`fp."name"` },
  { name: 'metropole', value: () => Prisma.sql`m."slug"` },
  { name: 'metropole_nom', value: () => Prisma.sql`m."officialName"` },
  { name: 'metropole_siren', value: () => Prisma.sql`m."sirenCode"` },
  { name: 'date_publication', value: () => Prisma.sql`to_char(p."publishedAt", 'YYYY-MM-DD')` },
  { name: 'description', value: () => Prisma.sql`p."description"` },
];

if (EXPORT_COLUMN_SQL.map((column) => column.name).join() !== EXPORT_COLUMNS.map((column) => column.name).join()) {
  throw new Error('csv-sql.ts and csv.ts must list the same columns in the same order');
}

/** csvTextCell in SQL: empty for NULL, an apostrophe before a formula start, quotes when needed. */
function textCell(column: Prisma.Sql, dialect: CsvDialect): Prisma.Sql {
  const neutralised = Prisma.sql`(CASE WHEN left(${column}, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN '''' || ${column} ELSE ${column} END)`;
  return Prisma.sql`CASE WHEN ${column} IS NULL OR ${column} = '' THEN ''
    WHEN strpos(${neutralised}, ${dialect.separator}::text) > 0 OR strpos(${column}, '"') > 0 OR strpos(${column}, chr(10)) > 0 OR strpos(${column}, chr(13)) > 0
      THEN '"' || replace(${neutralised}, '"', '""') || '"'
    ELSE ${neutralised} END`;
}

/** The lateral subquery naming each cell's value c0, c1… and the CSV line made of them. */
export function csvLineSql(dialect: CsvDialect): { values: Prisma.Sql; line: Prisma.Sql } {
  const values = Prisma.join(
    EXPORT_COLUMN_SQL.map((column, index) => Prisma.sql`${column.value(dialect)} AS ${Prisma.raw(`c${index}`)}`),
    ', ',
  );
  const cells = EXPORT_COLUMN_SQL.map((column, index) => {
    const reference = Prisma.raw(`cells.c${index}`);
    return column.isNumber ? Prisma.sql`coalesce(${reference}, '')` : textCell(reference, dialect);
  });
  return { values, line: Prisma.sql`concat_ws(${dialect.separator}::text, ${Prisma.join(cells, ', ')}) || chr(13) || chr(10)` };
}
