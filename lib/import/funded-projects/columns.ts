// The columns of the funded-project CSV import: one list for the parser, the
// template, the import page and the README. Client-safe.

export const MAX_IMPORT_ROWS = 2_000;
export const MAX_IMPORT_BYTES = 1024 * 1024;
export const TITLE_MAX_LENGTH = 200;
export const CARRIER_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 5_000;
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
/** Separator of the theme slugs inside the `thematiques` cell. */
export const THEME_SEPARATOR = '|';

export interface ImportColumn {
  /** The header expected in the file (matched ignoring case and accents). */
  name: string;
  label: string;
  /** A required column must be in the header, and its cells filled. */
  isRequired: boolean;
  description: string;
  /** Value of the template's example line. */
  example: string;
}

export const FUNDED_PROJECT_COLUMNS = [
  {
    name: 'titre',
    label: 'Titre du projet',
    isRequired: true,
    description: `Texte, ${TITLE_MAX_LENGTH} caractères au plus.`,
    example: 'Exemple : recyclerie de quartier (ligne à remplacer)',
  },
  {
    name: 'porteur',
    label: 'Structure porteuse',
    isRequired: true,
    description: `Nom de la structure qui porte le projet, ${CARRIER_MAX_LENGTH} caractères au plus.`,
    example: 'Association Les Ateliers partagés',
  },
  {
    name: 'forme_juridique',
    label: 'Forme juridique',
    isRequired: true,
    description: 'Association, SCOP, SCIC, Coopérative, Mutuelle, Fondation, Entreprise ESUS ou Autre.',
    example: 'Association',
  },
  {
    name: 'annee',
    label: 'Année',
    isRequired: true,
    description: `Année du financement : nombre entier entre ${MIN_YEAR} et ${MAX_YEAR}.`,
    example: '2016',
  },
  {
    name: 'montant_euros',
    label: 'Montant accordé',
    isRequired: true,
    description: 'En euros, au plus deux décimales : 768 200 ou 768 200,50 (le signe € est accepté). Plus de 0 €, au plus 20 000 000 €.',
    example: '12 500',
  },
  {
    name: 'dispositif',
    label: 'Dispositif de financement',
    isRequired: true,
    description: 'Identifiant du dispositif, tel qu’il apparaît dans son adresse (exemple : entreprendre-autrement). Il détermine la métropole du projet.',
    example: 'entreprendre-autrement',
  },
  {
    name: 'quartier_prioritaire',
    label: 'En quartier prioritaire',
    isRequired: false,
    description: 'oui, non, ou vide si on ne sait pas (quartier prioritaire de la politique de la ville).',
    example: 'oui',
  },
  {
    name: 'thematiques',
    label: 'Thématiques',
    isRequired: false,
    description: `Identifiants de thématiques séparés par « ${THEME_SEPARATOR} » (exemple : ess${THEME_SEPARATOR}innovation-sociale).`,
    example: 'innovation-sociale',
  },
  {
    name: 'description',
    label: 'Description',
    isRequired: false,
    description: `Texte en Markdown, ${DESCRIPTION_MAX_LENGTH.toLocaleString('fr-FR')} caractères au plus.`,
    example: 'Collecte, réparation et revente d’objets du quotidien ; ateliers de réparation ouverts aux habitants.',
  },
] as const satisfies readonly ImportColumn[];

export type ImportColumnName = (typeof FUNDED_PROJECT_COLUMNS)[number]['name'];

/** One cell per column, '' when empty or when an optional column is absent. */
export type ImportRowValues = Record<ImportColumnName, string>;

export const IMPORT_COLUMN_NAMES: readonly ImportColumnName[] = FUNDED_PROJECT_COLUMNS.map((column) => column.name);

/** Case, accents, spaces and hyphens do not matter: "Année", "Forme juridique" and "forme-juridique" all match. */
export function normalizeHeaderName(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s\-_]+/g, '_');
}

export function isImportColumnName(name: string): name is ImportColumnName {
  return (IMPORT_COLUMN_NAMES as readonly string[]).includes(name);
}
