import { formatDate, formatNumber, formatSourceDate } from '@/lib/format';
import { slugify } from '@/lib/slug';
import type { SourceRef } from '@/lib/sources/select';

// Pure and client-safe: the citation's text is built on the server, and the
// copy button (a client component) only swaps the consultation date in.

/** The portal as the citing work, as readers should name it. */
export const PORTAL_CITATION_NAME = 'Observatoire des politiques ESS des métropoles (RTES et Avise)';

/**
 * Stands for the day the reader consults the page. Public pages are cached
 * (ADR 004), so the server cannot know that day: the text says so until the
 * browser, when it runs scripts, puts today's date in its place.
 */
export const CONSULTATION_DATE_PLACEHOLDER = '[date de consultation]';

export const NO_PERIOD_TEXT = 'année non précisée par la source';

const ANCHOR_PREFIX = 'chiffre-';

/** `id` of a declared figure's card: its row id never changes, whatever is edited. */
export function declaredFigureAnchor(figureId: string): string {
  return `${ANCHOR_PREFIX}${figureId}`;
}

/**
 * `id` of a computed figure's card, from stable keys (row ids, fixed words):
 * "chiffre-calcule-<programme id>-projets".
 */
export function computedFigureAnchor(...keys: Array<string | number>): string {
  const key = keys.map((part) => slugify(String(part))).filter(Boolean).join('-');
  return `${ANCHOR_PREFIX}calcule-${key}`;
}

/** Absolute address of a figure: the page it belongs to, with its anchor. */
export function figurePermalink(siteUrl: string, pagePath: string, anchorId: string): string {
  const path = pagePath.startsWith('/') ? pagePath : `/${pagePath}`;
  return `${siteUrl.replace(/\/+$/, '')}${path === '/' ? '/' : path}#${anchorId}`;
}

export type CitationOrigin =
  | { kind: 'source'; source: SourceRef }
  /** How the portal computed it: "calculé à partir de 3 projets enregistrés (au 5 décembre 2026)". */
  | { kind: 'computed'; basis: string };

export interface CitationInput {
  /** What the figure measures. */
  label: string;
  /** Already in French format ("768 200 €"). */
  value: string;
  /** "2015-2018"; null when the source gives none. */
  period: string | null;
  origin: CitationOrigin;
  permalink: string;
}

function sourceText(source: SourceRef): string {
  const parts = [source.publisher, `« ${source.title} »`];
  if (source.publishedOn) parts.push(formatSourceDate(source.publishedOn, source.publishedOnPrecision));
  if (source.url) parts.push(source.url);
  return parts.join(', ');
}

/**
 * A ready-to-paste French citation: figure, value, period, source (or how the
 * portal computed it), permalink and consultation date.
 */
export function buildCitation({ label, value, period, origin, permalink }: CitationInput, consultedOn: string = CONSULTATION_DATE_PLACEHOLDER): string {
  const head = `${label} : ${value} (${period ?? NO_PERIOD_TEXT}).`;
  if (origin.kind === 'source') {
    return `${head} Source : ${sourceText(origin.source)}. Cité d’après l’${PORTAL_CITATION_NAME}, ${permalink}, consulté le ${consultedOn}.`;
  }
  return `${head} ${PORTAL_CITATION_NAME}, ${origin.basis}, ${permalink}, consulté le ${consultedOn}.`;
}

/** The citation with the reader's day in place of the placeholder. */
export function withConsultationDate(citation: string, consultedOn: string): string {
  return citation.split(CONSULTATION_DATE_PLACEHOLDER).join(consultedOn);
}

/** Today in the reader's calendar, in French ("1er décembre 2026"). */
export function formatConsultationDate(now: Date): string {
  return formatDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day of an instant in France ("au 5 décembre 2026" must not shift at midnight UTC). */
export function formatDayInFrance(instant: Date): string {
  return formatDate(dayInFrance(instant));
}

/**
 * Basis of a figure computed from stored funded projects. The date is the
 * latest publication among the projects counted: the figure takes into account
 * every change published until that day (ADR 010).
 */
export function projectsBasis(projectCount: number, lastPublishedAt: Date | null): string {
  if (projectCount === 0) return 'calculé sur ce portail, qui n’enregistre aucun projet pour ce périmètre';
  const projects = projectCount > 1 ? `${formatNumber(projectCount)} projets enregistrés` : '1 projet enregistré';
  return lastPublishedAt ? `calculé à partir de ${projects} (au ${formatDayInFrance(lastPublishedAt)})` : `calculé à partir de ${projects}`;
}

// ---------------------------------------------------------------- pages

/** Absolute, stable address of a public page: its current slug (old slugs answer with a 308 to it). */
export function pagePermalink(siteUrl: string, pagePath: string): string {
  const path = pagePath.startsWith('/') ? pagePath : `/${pagePath}`;
  return `${siteUrl.replace(/\/+$/, '')}${path}`;
}

/** Calendar days (UTC midnight, as `@db.Date` columns are read) a page citation names. */
export interface PageDates {
  publishedOn: Date | null;
  updatedOn: Date | null;
}

/** An instant → its calendar day in France, as a UTC-midnight date (what formatDate expects). */
export function dayInFrance(instant: Date): Date {
  const [year, month, day] = parisDay.format(instant).split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!));
}

/**
 * The dates a page citation gives for an entry without editorial dates (every
 * type but the recaps): its first publication on the portal and its last public
 * correction, from the published revisions (lib/history). A back-office preview
 * has no public history: it gives the row's last publication only.
 */
export function entryPageDates({ publishedAt }: { publishedAt: Date | null }, history?: { firstPublishedOn: Date | null; updatedOn: Date | null }): PageDates {
  if (history) {
    return { publishedOn: history.firstPublishedOn && dayInFrance(history.firstPublishedOn), updatedOn: history.updatedOn && dayInFrance(history.updatedOn) };
  }
  return { publishedOn: null, updatedOn: publishedAt ? dayInFrance(publishedAt) : null };
}

export interface PageCitationInput {
  /** The page's title, as its heading says it. */
  title: string;
  dates: PageDates;
  permalink: string;
}

/**
 * "Citer cette page": `Observatoire des politiques ESS des métropoles (RTES et
 * Avise), « Titre », publié le 22 mars 2019, mis à jour le 2 avril 2019. En
 * ligne : <permalink> (consulté le <date>).` An update on the day of publication
 * is not repeated.
 */
export function buildPageCitation({ title, dates, permalink }: PageCitationInput, consultedOn: string = CONSULTATION_DATE_PLACEHOLDER): string {
  const parts = [PORTAL_CITATION_NAME, `« ${title} »`];
  const { publishedOn, updatedOn } = dates;
  if (publishedOn) parts.push(`publié le ${formatDate(publishedOn)}`);
  if (updatedOn && (!publishedOn || formatDate(updatedOn) !== formatDate(publishedOn))) parts.push(`mis à jour le ${formatDate(updatedOn)}`);
  return `${parts.join(', ')}. En ligne : ${permalink} (consulté le ${consultedOn}).`;
}
