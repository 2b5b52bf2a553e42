// Amounts typed by people (forms, CSV imports) ↔ integer euro cents. Pure and
// client-safe: the editing forms and the import share these two functions.

/** Largest amount accepted, in cents (20 000 000 €): amountCents is a 32-bit Int column. */
export const MAX_AMOUNT_CENTS = 2_000_000_000;

// Thousands may be grouped by a space, a no-break space (U+00A0), a narrow no-break
// space (U+202F, what Intl fr-FR writes) or a thin space (U+2009), in groups of three.
// "768.200" and "768,200" are refused (three decimals): they are ambiguous.
const AMOUNT_PATTERN = /^(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:[.,](\d{1,2}))?$/;
const CURRENCY_SUFFIX = /[\s\u00a0\u202f]*(?:€|eur|euros?)$/i;

/**
 * "768 200", "768 200,50", "768200.5", "768 200 €" → cents; null for anything
 * else (empty, negative, more than two decimals, above MAX_AMOUNT_CENTS, text).
 */
export function parseEurosToCents(input: string): number | null {
  const match = AMOUNT_PATTERN.exec(input.trim().replace(CURRENCY_SUFFIX, ''));
  if (!match) return null;
  const euros = match[1]!.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  // Checked on the digits before any arithmetic, so huge inputs never lose precision.
  if (euros.length > String(MAX_AMOUNT_CENTS / 100).length) return null;
  const cents = Number(euros) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return cents <= MAX_AMOUNT_CENTS ? cents : null;
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
