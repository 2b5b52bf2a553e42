import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, isCommonPassword, NewPasswordSchema, PasswordHashError, verifyPassword } from './password';

describe('NewPasswordSchema', () => {
  it('refuses fewer than 15 characters, with a French message', () => {
    const result = NewPasswordSchema.safeParse('court mais 14c');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('au moins 15 caractères');
  });

  it('accepts 15 characters without composition rules, and long passphrases up to 256', () => {
    expect(NewPasswordSchema.safeParse('aaaaaaaaaaaaaab').success).toBe(true);
    expect(NewPasswordSchema.safeParse('mot '.repeat(64)).success).toBe(true);
    expect(NewPasswordSchema.safeParse('x'.repeat(257)).success).toBe(false);
  });

  it('refuses passwords from the common list, whatever their case', () => {
    expect(isCommonPassword('password')).toBe(true);
    expect(isCommonPassword('PassWord')).toBe(true);
    // Long enough for the length rule, but on the list.
    expect(isCommonPassword('1qaz2wsx3edc4rfv')).toBe(true);
    expect(NewPasswordSchema.safeParse('1qaz2wsx3edc4rfv').success).toBe(false);
    expect(NewPasswordSchema.safeParse('1QAZ2WSX3EDC4RFV').success).toBe(false);
  });
});

describe('argon2id hashing', () => {
  it('uses argon2id with m=19456 KiB, t=2, p=1 and verifies', async () => {
    const hash = await hashPassword('une phrase de passe suffisamment longue');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'une phrase de passe suffisamment longue')).toBe(true);
    expect(await verifyPassword(hash, 'une phrase de passe suffisamment longuE')).toBe(false);
  });

  it('does not truncate long passwords', async () => {
    const long = 'a'.repeat(200);
    const hash = await hashPassword(long);
    expect(await verifyPassword(hash, 'a'.repeat(199))).toBe(false);
    expect(await verifyPassword(hash, long)).toBe(true);
  });

  it('treats a malformed stored hash as an error, not as a wrong password', async () => {
    await expect(verifyPassword('pas une empreinte argon2', 'peu importe')).rejects.toBeInstanceOf(PasswordHashError);
    await expect(verifyPassword('$argon2id$v=19$m=19456,t=2,p=1$tronqué', 'peu importe')).rejects.toThrow(/empreinte/i);
    // The error says what is wrong without carrying the hash or the password.
    const error = await verifyPassword('$argon2id$v=19$secret-de-hash', 'le mot de passe tapé').catch((caught: unknown) => caught);
    expect(String((error as Error).message)).not.toMatch(/secret-de-hash|le mot de passe tapé/);
  });

  it('answers false for an unknown account after doing the same work', async () => {
    expect(await verifyPassword(null, 'peu importe')).toBe(false);
  });
});

describe('generatePassword', () => {
  it('produces distinct passwords that satisfy the policy', () => {
    const passwords = new Set(Array.from({ length: 20 }, generatePassword));
    expect(passwords.size).toBe(20);
    for (const password of passwords) expect(NewPasswordSchema.safeParse(password).success).toBe(true);
  });
});
