import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { generateRecoveryCodes, hashRecoveryCode, isRecoveryCodeShape, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes';
import { buildOtpauthUri, matchTotpCode, normaliseTotpCode, TOTP_PERIOD_SECONDS, totpTimeStep } from './totp';

// RFC 6238 appendix B, SHA-1 seed "12345678901234567890" (base32), 6-digit truncation.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const at = (seconds: number) => new Date(seconds * 1000);

describe('normaliseTotpCode', () => {
  it('keeps six digits, ignoring spaces and hyphens', () => {
    expect(normaliseTotpCode('123456')).toBe('123456');
    expect(normaliseTotpCode(' 123 456 ')).toBe('123456');
    expect(normaliseTotpCode('123-456')).toBe('123456');
    expect(normaliseTotpCode('123\u00a0456')).toBe('123456');
    expect(normaliseTotpCode('123–456')).toBe('123456');
  });

  it('refuses anything else', () => {
    for (const input of ['', '12345', '1234567', '12345a', 'abcdef', '１２３４５６', 'abcd-efgh-jkmn-pqrs']) {
      expect(normaliseTotpCode(input)).toBeNull();
    }
  });
});

describe('matchTotpCode', () => {
  it('matches the RFC 6238 test vectors (SHA-1, 6 digits, 30 s)', async () => {
    expect(await matchTotpCode({ secret: RFC_SECRET, code: '287082', now: at(59) })).toBe(1);
    expect(await matchTotpCode({ secret: RFC_SECRET, code: '081804', now: at(1111111109) })).toBe(37037036);
    expect(await matchTotpCode({ secret: RFC_SECRET, code: '005924', now: at(1234567890) })).toBe(41152263);
    expect(await matchTotpCode({ secret: RFC_SECRET, code: '005 924', now: at(1234567890) })).toBe(41152263);
  });

  it('accepts one step of drift either way, not two', async () => {
    const now = at(1_800_000_015);
    const step = totpTimeStep(now);
    const codeAt = (offset: number) => generate({ secret: RFC_SECRET, epoch: (step + offset) * TOTP_PERIOD_SECONDS });
    expect(await matchTotpCode({ secret: RFC_SECRET, code: await codeAt(0), now })).toBe(step);
    expect(await matchTotpCode({ secret: RFC_SECRET, code: await codeAt(-1), now })).toBe(step - 1);
    expect(await matchTotpCode({ secret: RFC_SECRET, code: await codeAt(1), now })).toBe(step + 1);
    expect(await matchTotpCode({ secret: RFC_SECRET, code: await codeAt(-2), now })).toBeNull();
    expect(await matchTotpCode({ secret: RFC_SECRET, code: await codeAt(2), now })).toBeNull();
  });

  it('refuses a code whose step is not after the last used one (replay)', async () => {
    const now = at(1_800_000_015);
    const step = totpTimeStep(now);
    const code = await generate({ secret: RFC_SECRET, epoch: step * TOTP_PERIOD_SECONDS });
    expect(await matchTotpCode({ secret: RFC_SECRET, code, now, afterTimeStep: step - 1 })).toBe(step);
    expect(await matchTotpCode({ secret: RFC_SECRET, code, now, afterTimeStep: step })).toBeNull();
    // A last step ahead of the clock (drift) refuses everything instead of throwing.
    expect(await matchTotpCode({ secret: RFC_SECRET, code, now, afterTimeStep: step + 5 })).toBeNull();
  });

  it('refuses a wrong or malformed code', async () => {
    expect(await matchTotpCode({ secret: RFC_SECRET, code: '000000', now: at(59) })).toBeNull();
    expect(await matchTotpCode({ secret: RFC_SECRET, code: '28708', now: at(59) })).toBeNull();
    expect(await matchTotpCode({ secret: RFC_SECRET, code: 'abcdef', now: at(59) })).toBeNull();
  });
});

describe('buildOtpauthUri', () => {
  it('describes a SHA-1, 6-digit, 30-second TOTP for the account', () => {
    const uri = new URL(buildOtpauthUri({ secret: RFC_SECRET, accountLabel: 'jeanne@exemple.test' }));
    expect(uri.protocol).toBe('otpauth:');
    expect(decodeURIComponent(uri.pathname)).toContain('jeanne@exemple.test');
    expect(uri.searchParams.get('secret')).toBe(RFC_SECRET);
    expect(uri.searchParams.get('issuer')).toBe('Observatoire ESS');
    expect(uri.searchParams.get('algorithm') ?? 'SHA1').toBe('SHA1');
    expect(uri.searchParams.get('digits') ?? '6').toBe('6');
    expect(uri.searchParams.get('period') ?? '30').toBe('30');
  });
});

describe('recovery codes', () => {
  it('generates ten distinct random codes of 16 characters in four groups', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
      expect(isRecoveryCodeShape(normaliseRecoveryCode(code))).toBe(true);
    }
    expect(generateRecoveryCodes()).not.toEqual(codes);
  });

  it('normalises case, spaces and hyphens', () => {
    expect(normaliseRecoveryCode('  ABCD-efgh jkmn–pqrs ')).toBe('abcdefghjkmnpqrs');
    expect(normaliseRecoveryCode(' ABCD-EFGH JKMN-PQRS\n')).toBe('abcdefghjkmnpqrs');
    expect(isRecoveryCodeShape('abcdefghjkmnpqrs')).toBe(true);
    expect(isRecoveryCodeShape('abcdefghjkmnpqr')).toBe(false);
    expect(isRecoveryCodeShape('abcdefghjkmnpqr0')).toBe(false);
  });

  it('hashes the normalised code, per user', () => {
    const hash = hashRecoveryCode('user-1', 'abcd-efgh-jkmn-pqrs');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode('user-1', ' ABCD EFGH JKMN PQRS ')).toBe(hash);
    expect(hashRecoveryCode('user-2', 'abcd-efgh-jkmn-pqrs')).not.toBe(hash);
    expect(hash).not.toContain('abcd');
  });
});
