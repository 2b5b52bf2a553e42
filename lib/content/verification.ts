// When an entry was last checked against its sources ("Vérifié aujourd’hui"), and
// when it is due again. Dates are days in Paris (the editors' calendar), as ISO
// strings "YYYY-MM-DD", stored as UTC midnight (@db.Date). Client-safe.

/** An entry checked longer ago than this is due again. */
export const VERIFICATION_MAX_AGE_YEARS = 1;

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Paris, "2026-12-01": an editor verifying at 00:30 in Paris verifies on that day, not the UTC one. */
export function parisToday(now: Date = new Date()): string {
  return parisDay.format(now);
}

/** The date column value of a day. */
export function dayToDate(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00.000Z`);
}

/**
 * The earliest verification that is still recent: the same day a year before
 * (29 February falls back to 1 March). An entry verified before it is due.
 */
export function verificationCutoff(today: string): string {
  const date = dayToDate(today);
  date.setUTCFullYear(date.getUTCFullYear() - VERIFICATION_MAX_AGE_YEARS);
  return date.toISOString().slice(0, 10);
}

/** Never verified, or verified more than a year before `today`. */
export function isVerificationDue(lastVerifiedOn: string | null, today: string): boolean {
  return lastVerifiedOn === null || lastVerifiedOn < verificationCutoff(today);
}

/** Choices of the content lists' "Vérification" filter (`?verification=`). */
export const VERIFICATION_CHECKS = {
  'a-reverifier': 'À vérifier (jamais, ou il y a plus d’un an)',
  jamais: 'Jamais vérifiée',
  'moins-d-un-an': 'Vérifiée depuis moins d’un an',
} as const;

export type VerificationCheck = keyof typeof VERIFICATION_CHECKS;

export function isVerificationCheck(value: string): value is VerificationCheck {
  return Object.hasOwn(VERIFICATION_CHECKS, value);
}

/** The where clause of a verification check on any content model (every one has the column). */
export function verificationWhere(check: VerificationCheck, today: string): Record<string, unknown> {
  const cutoff = dayToDate(verificationCutoff(today));
  switch (check) {
    case 'a-reverifier':
      return { OR: [{ lastVerifiedOn: null }, { lastVerifiedOn: { lt: cutoff } }] };
    case 'jamais':
      return { lastVerifiedOn: null };
    case 'moins-d-un-an':
      return { lastVerifiedOn: { gte: cutoff } };
  }
}
