// Validation of one CSV row, before the database lookups (validate.ts). Client-safe.
import { z } from 'zod';
import { legalFormLabels } from '@/lib/format';
import { LegalForm } from '@/lib/generated/prisma/enums';
import { GRANTED_AMOUNT_BOUNDS, readAmount } from '@/lib/money';
import { isSlug } from '@/lib/slug';
import { checkText, type TextShape } from '@/lib/text';
import {
  CARRIER_MAX_LENGTH,
  DESCRIPTION_MAX_LENGTH,
  IMPORT_COLUMN_NAMES,
  MAX_IMPORT_BYTES,
  MAX_YEAR,
  MIN_YEAR,
  THEME_SEPARATOR,
  TITLE_MAX_LENGTH,
  type ImportColumnName,
} from './columns';

/** One problem of the report. `line` is the row number a spreadsheet shows (header = 1); null for the whole file. */
export interface ImportIssue {
  line: number | null;
  /** The column's header name, or null when the problem is not about one cell. */
  column: string | null;
  message: string;
}

/** A user's value quoted in a message, cut so that a pasted paragraph stays readable. */
export function quote(value: string, max = 40): string {
  const text = value.replace(/\s+/g, ' ').trim();
  return `« ${text.length > max ? `${text.slice(0, max - 1)}…` : text} »`;
}

function normalizeWord(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[\s\-_]+/g, ' ')
    .trim();
}

/** The short names of legal forms, as the import reads them and the explorer shows them. */
export const SHORT_LEGAL_FORM_LABELS: Record<LegalForm, string> = {
  ASSOCIATION: 'Association',
  SCOP: 'SCOP',
  SCIC: 'SCIC',
  COOPERATIVE: 'Coopérative',
  MUTUAL: 'Mutuelle',
  FOUNDATION: 'Fondation',
  ESUS_COMPANY: 'Entreprise ESUS',
  OTHER: 'Autre',
};

// The short French label, the code (ESUS_COMPANY) or the label the portal shows ("Entreprise agréée ESUS").
const LEGAL_FORM_ALIASES = new Map<string, LegalForm>(
  Object.values(LegalForm).flatMap((code) => [code, SHORT_LEGAL_FORM_LABELS[code], legalFormLabels[code]].map((text) => [normalizeWord(text), code] as const)),
);

export function parseLegalForm(value: string): LegalForm | null {
  return LEGAL_FORM_ALIASES.get(normalizeWord(value)) ?? null;
}

const PRIORITY_NEIGHBOURHOOD_VALUES = new Map<string, boolean>([
  ['oui', true],
  ['non', false],
]);

/** A trimmed cell under the shared character rule (lib/text.ts), as in the editing form. */
function cell(shape: TextShape = 'single-line') {
  return z.string().transform((value, context) => {
    const checked = checkText(value.trim(), shape, 'Cette cellule');
    if (checked.ok) return checked.text;
    context.addIssue({ code: 'custom', message: checked.message });
    return z.NEVER;
  });
}

function requiredText(missing: string, tooLong: (length: number) => string, max: number) {
  return cell().pipe(
    z
      .string()
      .min(1, missing)
      .refine((value) => value.length <= max, { error: (issue) => tooLong(String(issue.input).length) }),
  );
}

function fromText<T>(read: (value: string, context: z.core.$RefinementCtx<string>) => T | typeof z.NEVER) {
  return cell().transform((value, context) => read(value, context));
}

export const FundedProjectImportRowSchema = z.object({
  titre: requiredText('Le titre est obligatoire.', (length) => `Le titre dépasse ${TITLE_MAX_LENGTH} caractères (${length}).`, TITLE_MAX_LENGTH),
  porteur: requiredText(
    'Le porteur est obligatoire.',
    (length) => `Le nom du porteur dépasse ${CARRIER_MAX_LENGTH} caractères (${length}).`,
    CARRIER_MAX_LENGTH,
  ),
  forme_juridique: fromText((value, context) => {
    const legalForm = value ? parseLegalForm(value) : null;
    if (legalForm) return legalForm;
    context.addIssue({
      code: 'custom',
      message: value
        ? `Forme juridique inconnue ${quote(value)} : Association, SCOP, SCIC, Coopérative, Mutuelle, Fondation, Entreprise ESUS ou Autre.`
        : 'La forme juridique est obligatoire.',
    });
    return z.NEVER;
  }),
  annee: fromText((value, context) => {
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (year >= MIN_YEAR && year <= MAX_YEAR) return year;
    context.addIssue({
      code: 'custom',
      message: value
        ? `Année invalide ${quote(value)} : un nombre entier entre ${MIN_YEAR} et ${MAX_YEAR} est attendu.`
        : 'L’année est obligatoire.',
    });
    return z.NEVER;
  }),
  montant_euros: fromText((value, context) => {
    // The same rule as the editing form's amount field (lib/content/types/funded-project.ts).
    const amount = value ? readAmount(value, GRANTED_AMOUNT_BOUNDS) : null;
    if (amount?.status === 'valid') return amount.cents;
    context.addIssue({
      code: 'custom',
      message: !amount
        ? 'Le montant est obligatoire.'
        : amount.status === 'out-of-range'
          ? amount.message
          : `Montant invalide ${quote(value)} : un nombre d’euros positif, avec au plus deux décimales, est attendu (exemple : 768 200 ou 768 200,50).`,
    });
    return z.NEVER;
  }),
  dispositif: fromText((value, context) => {
    const slug = value.toLowerCase();
    if (isSlug(slug)) return slug;
    context.addIssue({
      code: 'custom',
      message: value
        ? `Dispositif inconnu ${quote(value)} : indiquez l’identifiant d’un dispositif existant (exemple : entreprendre-autrement).`
        : 'Le dispositif est obligatoire.',
    });
    return z.NEVER;
  }),
  quartier_prioritaire: fromText((value, context) => {
    if (!value) return null;
    const answer = PRIORITY_NEIGHBOURHOOD_VALUES.get(value.toLowerCase());
    if (answer !== undefined) return answer;
    context.addIssue({ code: 'custom', message: `Valeur non comprise ${quote(value)} : oui, non, ou vide si on ne sait pas.` });
    return z.NEVER;
  }),
  thematiques: fromText((value, context) => {
    const slugs = [...new Set(value.split(THEME_SEPARATOR).map((slug) => slug.trim().toLowerCase()).filter(Boolean))];
    const invalid = slugs.filter((slug) => !isSlug(slug));
    if (invalid.length === 0) return slugs;
    context.addIssue({
      code: 'custom',
      message: `Thématique inconnue ${invalid.map((slug) => quote(slug)).join(', ')} : indiquez des identifiants de thématiques séparés par « ${THEME_SEPARATOR} ».`,
    });
    return z.NEVER;
  }),
  description: cell('multi-line')
    .refine((value) => value.length <= DESCRIPTION_MAX_LENGTH, {
      error: (issue) => `La description dépasse ${DESCRIPTION_MAX_LENGTH.toLocaleString('fr-FR')} caractères (${String(issue.input).length}).`,
    })
    .transform((value) => value || null),
});

export type FundedProjectImportRow = z.output<typeof FundedProjectImportRowSchema>;

/** The first problem of each cell, in column order. */
export function rowIssues(error: z.ZodError, line: number): ImportIssue[] {
  const byColumn = new Map<ImportColumnName, string>();
  for (const issue of error.issues) {
    const column = issue.path[0] as ImportColumnName;
    if (!byColumn.has(column)) byColumn.set(column, issue.message);
  }
  return IMPORT_COLUMN_NAMES.filter((column) => byColumn.has(column)).map((column) => ({ line, column, message: byColumn.get(column)! }));
}

const PublishOptionSchema = z.literal('on', { error: 'Valeur invalide : cochez ou décochez la case.' }).optional();

/** Step 1 of the import page: the uploaded file and the publishing choice. */
export const ImportFileFormSchema = z.object({
  fichier: z.file({ error: 'Choisissez un fichier CSV.' }).superRefine((file, context) => {
    if (file.size === 0 && file.name === '') context.addIssue({ code: 'custom', message: 'Choisissez un fichier CSV.' });
    else if (!/\.csv$/i.test(file.name)) {
      context.addIssue({ code: 'custom', message: 'Choisissez un fichier au format CSV (.csv) : dans votre tableur, « Enregistrer sous » puis « CSV UTF-8 ».' });
    } else if (file.size === 0) context.addIssue({ code: 'custom', message: 'Le fichier est vide.' });
    else if (file.size > MAX_IMPORT_BYTES) context.addIssue({ code: 'custom', message: 'Le fichier dépasse 1 Mo : découpez-le en plusieurs fichiers.' });
  }),
  publier: PublishOptionSchema,
});

/** Step 2: the checked text, carried by the preview's form, validated again by the commit. */
export const ImportCommitFormSchema = z.object({
  csv: z
    .string({ error: 'Le contenu du fichier manque : vérifiez-le à nouveau.' })
    .min(1, 'Le contenu du fichier manque : vérifiez-le à nouveau.')
    .max(MAX_IMPORT_BYTES, 'Le fichier dépasse 1 Mo : découpez-le en plusieurs fichiers.'),
  fileName: z.string().max(255, 'Nom de fichier trop long.').default(''),
  publier: PublishOptionSchema,
});
