import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's minimum profile (19 MiB, 2 passes, 1 lane): about 30 ms
 * here, slow enough against offline guessing, fast enough for a 2-core server.
 * See docs/decisions/005-staff-authentication.md.
 */
// algorithm 2 is Argon2id (the package's const enum cannot be imported under isolatedModules).
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export { isCommonPassword, NewPasswordSchema, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';

export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/**
 * A stored hash that argon2 cannot read (truncated, another scheme, corrupted):
 * a fault of the account's data, not a wrong password. The message carries
 * neither the hash nor the password.
 */
export class PasswordHashError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('Empreinte de mot de passe illisible (argon2).', options);
    this.name = 'PasswordHashError';
  }
}

// Verifying against a real hash when the account does not exist keeps the
// response time the same, so timing does not reveal which e-mails have accounts.
let dummyHash: Promise<string> | undefined;

/**
 * True for the right password, false for a wrong one; a hash argon2 cannot read
 * throws PasswordHashError (only a mismatch is a wrong password).
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hashPassword('compte-inexistant-pour-egaliser-le-temps');
    await verify(await dummyHash, password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch (error) {
    // @node-rs/argon2 answers false for a mismatch and throws only when it cannot decode or run.
    throw new PasswordHashError({ cause: (error as { code?: unknown })?.code });
  }
}

/** A readable random password (for accounts created or reset by an admin), ~120 bits. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  const chars = Array.from(bytes, (byte) => alphabet[byte % alphabet.length]);
  return [0, 6, 12, 18].map((start) => chars.slice(start, start + 6).join('')).join('-');
}
