import 'server-only';
import { createHash, randomInt } from 'node:crypto';
import type { Database, Transaction } from '@/lib/db/client';

export const RECOVERY_CODE_COUNT = 10;

// No i, l, o, 0, 1: codes are copied by hand from paper.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/** One code: 16 characters (~79 bits), shown as "abcd-efgh-jkmn-pqrs". */
export function generateRecoveryCode(): string {
  const groups: string[] = [];
  for (let group = 0; group < GROUPS; group++) {
    let text = '';
    for (let index = 0; index < GROUP_LENGTH; index++) text += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(text);
  }
  return groups.join('-');
}

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(generateRecoveryCode());
  return [...codes];
}

/** What the user typed, without spaces or hyphens, lower-cased. */
export function normaliseRecoveryCode(input: string): string {
  return input.trim().replace(/[\s\u00a0\u2010-\u2015\u2212-]+/g, '').toLowerCase();
}

export function isRecoveryCodeShape(normalised: string): boolean {
  return normalised.length === GROUPS * GROUP_LENGTH && [...normalised].every((char) => ALPHABET.includes(char));
}

/**
 * SHA-256 is enough for random 79-bit codes (no dictionary to try); the user id
 * in the input means one table of hashes cannot serve for every account.
 */
export function hashRecoveryCode(userId: string, code: string): string {
  return createHash('sha256').update(`${userId}:${normaliseRecoveryCode(code)}`, 'utf8').digest('hex');
}

/** Replaces the user's codes with new ones; returns them in plain text, to be shown once. */
export async function replaceRecoveryCodes(tx: Transaction, userId: string): Promise<string[]> {
  const codes = generateRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(userId, code) })) });
  return codes;
}

/** Marks an unused code as used; true only for the one request that did it. */
export async function consumeRecoveryCode(db: Database, options: { userId: string; code: string; now?: Date }): Promise<boolean> {
  const normalised = normaliseRecoveryCode(options.code);
  if (!isRecoveryCodeShape(normalised)) return false;
  const match = await db.recoveryCode.findFirst({
    where: { userId: options.userId, codeHash: hashRecoveryCode(options.userId, normalised), usedAt: null },
    select: { id: true },
  });
  if (!match) return false;
  // The usedAt condition makes two concurrent uses of the same code count once.
  const { count } = await db.recoveryCode.updateMany({ where: { id: match.id, usedAt: null }, data: { usedAt: options.now ?? new Date() } });
  return count === 1;
}

export async function countUnusedRecoveryCodes(db: Database, userId: string): Promise<number> {
  return db.recoveryCode.count({ where: { userId, usedAt: null } });
}
