import type {
  FigureUnit,
  FundingKind,
  LegalForm,
  OrganisationKind,
  PlanKind,
  PlanStatus,
  StudyStatus,
  SupportStructureKind,
} from '@/lib/generated/prisma/enums';

// fr-FR display formats. Intl separates thousands with U+202F (narrow no-break
// space) and puts U+00A0 before "€" and "%": the output is kept as Intl gives it,
// so a number never wraps across lines.

const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

const wholeEuroFormat = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

const centEuroFormat = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

const percentFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

// Dates are stored as UTC midnight (@db.Date): formatting in the server's zone could shift the day.
const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const monthYearFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "695 303" */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Euros, without decimals when the amount is whole: "768 200 €", "12,50 €". */
export function formatEuros(euros: number): string {
  return Number.isInteger(euros) ? wholeEuroFormat.format(euros) : centEuroFormat.format(euros);
}

/** Money is stored in integer cents: 76 820 000 → "768 200 €". */
export function formatEurosFromCents(cents: number): string {
  if (!Number.isInteger(cents)) throw new TypeError(`Montant en centimes non entier : ${cents}`);
  return cents % 100 === 0 ? wholeEuroFormat.format(cents / 100) : centEuroFormat.format(cents / 100);
}

/** A value in percentage points: 43 → "43 %". */
export function formatPercent(points: number): string {
  return percentFormat.format(points / 100);
}

/** "5 mars 2019"; the first of the month is written "1er mars 2019". */
export function formatDate(date: Date): string {
  const formatted = dateFormat.format(date);
  return date.getUTCDate() === 1 ? formatted.replace(/^1 /, '1er ') : formatted;
}

/** "juillet 2019" */
export function formatMonthYear(year: number, month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Mois invalide : ${month}`);
  return monthYearFormat.format(new Date(Date.UTC(year, month - 1, 1)));
}

/** A source's date as precise as the page shows it: "22 mars 2019", "juin 2020" or "2018". */
export function formatSourceDate(date: Date, precision: 'DAY' | 'MONTH' | 'YEAR'): string {
  if (precision === 'YEAR') return String(date.getUTCFullYear());
  if (precision === 'MONTH') return formatMonthYear(date.getUTCFullYear(), date.getUTCMonth() + 1);
  return formatDate(date);
}

/** <time dateTime> of a source's date at its precision: "2019-03-05", "2020-06" or "2018". */
export function toSourceIsoDate(date: Date, precision: 'DAY' | 'MONTH' | 'YEAR'): string {
  const iso = date.toISOString();
  return precision === 'YEAR' ? iso.slice(0, 4) : precision === 'MONTH' ? iso.slice(0, 7) : iso.slice(0, 10);
}

/** Machine-readable value for <time dateTime>: "2019-03-05". */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "2015-2020", "depuis 2011", "2019" */
export function formatYearRange(startYear: number | null, endYear: number | null): string | null {
  if (startYear === null && endYear === null) return null;
  if (startYear === null) return `jusqu'en ${endYear}`;
  if (endYear === null) return `depuis ${startYear}`;
  if (startYear === endYear) return String(startYear);
  return `${startYear}-${endYear}`;
}

/** "2e groupe de travail": French ordinal abbreviations ("1er", "2e", "3e"). */
export function formatOrdinal(n: number): string {
  return n === 1 ? '1er' : `${n}e`;
}

export interface FigureValueOptions {
  value: number;
  unit: FigureUnit;
  isLowerBound?: boolean;
}

/** A declared figure's value with its unit: "768 200 €", "43 %", "plus de 600". */
export function formatFigureValue({ value, unit, isLowerBound = false }: FigureValueOptions): string {
  const formatted = {
    COUNT: () => formatNumber(value),
    EUR: () => formatEuros(value),
    PERCENT: () => formatPercent(value),
    INHABITANTS: () => `${formatNumber(value)}\u00a0hab.`,
  }[unit]();
  return isLowerBound ? `plus de ${formatted}` : formatted;
}

export const planStatusLabels: Record<PlanStatus, string> = {
  PLANNED: 'Prévu',
  IN_FORCE: 'En vigueur',
  ENDED: 'Terminé',
  UNDER_EVALUATION: 'En cours d’évaluation',
  UNKNOWN: 'Non établi par les sources',
};

export const datePrecisionLabels: Record<'DAY' | 'MONTH' | 'YEAR', string> = {
  DAY: 'Jour, mois et année',
  MONTH: 'Mois et année seulement',
  YEAR: 'Année seulement',
};

export const planKindLabels: Record<PlanKind, string> = {
  PLAN: 'Plan',
  SCHEMA: 'Schéma',
  ROADMAP: 'Feuille de route',
  FRAMEWORK_RESOLUTION: 'Délibération-cadre',
};

export const fundingKindLabels: Record<FundingKind, string> = {
  CALL_FOR_PROJECTS: 'Appel à projets',
  PRIZE: 'Prix',
  GRANT_SCHEME: 'Dispositif de subvention',
};

export const legalFormLabels: Record<LegalForm, string> = {
  ASSOCIATION: 'Association',
  SCOP: 'SCOP (société coopérative et participative)',
  SCIC: 'SCIC (société coopérative d’intérêt collectif)',
  COOPERATIVE: 'Coopérative',
  MUTUAL: 'Mutuelle',
  FOUNDATION: 'Fondation',
  ESUS_COMPANY: 'Entreprise agréée ESUS',
  OTHER: 'Autre forme juridique',
};

export const supportStructureKindLabels: Record<SupportStructureKind, string> = {
  ACCOMPANIMENT_NETWORK: 'Réseau d’accompagnement',
  INCUBATOR: 'Incubateur',
  COOPERATIVE: 'Coopérative',
  RESEARCH_CENTRE: 'Centre de recherche et de transfert',
  ACTOR_NETWORK: 'Réseau d’acteurs de l’ESS',
  OTHER: 'Autre structure',
};

export const studyStatusLabels: Record<StudyStatus, string> = {
  FORTHCOMING: 'À paraître',
  PUBLISHED: 'Publiée',
};

export const figureUnitLabels: Record<FigureUnit, string> = {
  COUNT: 'Nombre',
  EUR: 'Euros',
  PERCENT: 'Pourcentage',
  INHABITANTS: 'Habitants',
};

export const organisationKindLabels: Record<OrganisationKind, string> = {
  NATIONAL_NETWORK: 'Réseau national',
  NATIONAL_AGENCY: 'Agence nationale',
  LOCAL_AUTHORITY: 'Collectivité territoriale',
  COMPANY: 'Entreprise',
  ASSOCIATION: 'Association',
  UNIVERSITY: 'Université',
  OTHER: 'Autre organisation',
};

export interface StudyStatusOptions {
  studyStatus: StudyStatus;
  expectedYear: number | null;
  expectedMonth: number | null;
  publishedOn: Date | null;
}

/** "à paraître — annoncée pour juillet 2019", "publiée le 3 juillet 2019" */
export function formatStudyStatus({ studyStatus, expectedYear, expectedMonth, publishedOn }: StudyStatusOptions): string {
  if (studyStatus === 'PUBLISHED') return publishedOn ? `publiée le ${formatDate(publishedOn)}` : 'publiée';
  if (expectedYear === null) return 'à paraître';
  const when = expectedMonth === null ? String(expectedYear) : formatMonthYear(expectedYear, expectedMonth);
  return `à paraître — annoncée pour ${when}`;
}
