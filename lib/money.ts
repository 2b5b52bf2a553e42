// Amounts typed by people (forms, CSV imports) ↔ integer euro cents. Pure and
// client-safe: the editing forms and the import share these two functions.

/** Largest amount accepted, in cents (20 000 000 €): amountCents is a 32-bit Int column. */
export const MAX_AMOUNT_CENTS = 2_000_000_000;

// Thousands may be grouped by a space, a no-break space (U+00A0), a narrow no-break
// space (U+202F, what Intl fr-FR writes) or a thin space (U+2009), in groups of three.
// "768.200" and "768,200" are refused (three decimals): they are ambiguous.
const AMOUNT_PATTERN = /^(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:[.,](\d{1,2}))?$/;
const CURRENCY_SUFFIX = /[\s\u00a0\u202f]*(?:€|eur|euros?)$/i;

function readCents(input: string): number | null {
  const match = AMOUNT_PATTERN.exec(input.trim().replace(CURRENCY_SUFFIX, ''));
  if (!match) return null;
  const euros = match[1]!.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  // Checked on the digits before any arithmetic, so huge inputs never lose precision.
  if (euros.length > String(MAX_AMOUNT_CENTS / 100).length) return Number.POSITIVE_INFINITY;
  return Number(euros) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/**
 * "768 200", "768 200,50", "768200.5", "768 200 €" → cents; null for anything
 * else (empty, negative, more than two decimals, above MAX_AMOUNT_CENTS, text).
 */
export function parseEurosToCents(input: string): number | null {
  const cents = readCents(input);
  return cents !== null && cents <= MAX_AMOUNT_CENTS ? cents : null;
}

/** Smallest and largest amount a field accepts, in cents; maxCents never above MAX_AMOUNT_CENTS. */
export interface AmountBounds {
  minCents: number;
  maxCents: number;
}

/**
 * The amount granted to a funded project, in the editing form and in the CSV import
 * alike: more than 0 € (a project listed as funded got something), at most the column's limit.
 */
export const GRANTED_AMOUNT_BOUNDS: AmountBounds = { minCents: 1, maxCents: MAX_AMOUNT_CENTS };

export type AmountReading = { status: 'valid'; cents: number } | { status: 'malformed' } | { status: 'out-of-range'; message: string };

function euros(cents: number): string {
  return `${(cents / 100).toLocaleString('fr-FR', { maximumFractionDigits: 2 })} €`;
}

/**
 * Reads an amount and checks it against its bounds. The out-of-range message is
 * the one every path shows (form and import); a malformed amount is described by
 * the caller, who knows whether to quote the value.
 */
export function readAmount(input: string, bounds: AmountBounds): AmountReading {
  const cents = readCents(input);
  if (cents === null) return { status: 'malformed' };
  if (cents < bounds.minCents) {
    const message = bounds.minCents === 1 ? 'Le montant doit être supérieur à 0 €.' : `Le montant doit être d’au moins ${euros(bounds.minCents)}.`;
    return { status: 'out-of-range', message };
  }
  if (cents > bounds.maxCents) return { status: 'out-of-range', message: `Le montant ne peut pas dépasser ${euros(bounds.maxCents)}.` };
  return { status: 'valid', cents };
}

/** Cents → what a form field is refilled with: "768200", "768200,50", "0,05". */
export function formatCentsForInput(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new TypeError(`Montant en centimes non entier : ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const euros = Math.floor(absolute / 100);
  const rest = absolute % 100;
  return rest === 0 ? `${sign}${euros}` : `${sign}${euros},${String(rest).padStart(2, '0')}`;
}
