import { describe, expect, it } from 'vitest';
import { isVerificationDue, parisToday, verificationCutoff, verificationWhere } from './verification';

describe('parisToday', () => {
  it('gives the day in Paris, not in UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris (UTC+1 in winter).
    expect(parisToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Paris (UTC+2 in summer).
    expect(parisToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(parisToday(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
});

describe('verification age', () => {
  it('puts the cutoff a year before today', () => {
    expect(verificationCutoff('2026-12-01')).toBe('2025-12-01');
    expect(verificationCutoff('2028-02-29')).toBe('2027-03-01');
  });

  it('is due when never verified or verified before the cutoff, not on or after it', () => {
    expect(isVerificationDue(null, '2026-12-01')).toBe(true);
    expect(isVerificationDue('2025-11-30', '2026-12-01')).toBe(true);
    expect(isVerificationDue('2025-12-01', '2026-12-01')).toBe(false);
    expect(isVerificationDue('2026-12-01', '2026-12-01')).toBe(false);
  });

  it('filters the same way in the database', () => {
    const cutoff = new Date('2025-12-01T00:00:00.000Z');
    expect(verificationWhere('a-reverifier', '2026-12-01')).toEqual({ OR: [{ lastVerifiedOn: null }, { lastVerifiedOn: { lt: cutoff } }] });
    expect(verificationWhere('jamais', '2026-12-01')).toEqual({ lastVerifiedOn: null });
    expect(verificationWhere('moins-d-un-an', '2026-12-01')).toEqual({ lastVerifiedOn: { gte: cutoff } });
  });
});
