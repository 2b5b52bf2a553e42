// No 'server-only' here: the CLI (scripts/user-create.ts) runs this outside Next.
// Callers decide who may create accounts: lib/users/mutations.ts checks the
// actor's role; the CLI is trusted because it already holds the database URL.
import { recordAuditEvent } from '@/lib/audit/record';
import { generatePassword, hashPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/auth/roles';
import type { Database } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { CreateUserSchema, type CreateUserInput } from './schema';

export const EMAIL_TAKEN_MESSAGE = 'Un compte existe déjà avec cette adresse.';

/** A duplicate e-mail: forms show it on the e-mail field. */
export class EmailTakenError extends AppError {
  readonly field = 'email';
  constructor() {
    super('CONFLICT', { message: 'email already used', userMessage: EMAIL_TAKEN_MESSAGE });
  }
}

export interface CreatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface CreateUserRecordOptions {
  db: Database;
  input: CreateUserInput;
  /** Who creates it; null from the command line. */
  actor: { id: string; email: string } | null;
  ipAddress?: string | null;
  via: 'admin' | 'cli';
}

export interface CreateUserResult {
  user: CreatedUser;
  /** Set only when no password was given: to show once, never stored in clear. */
  generatedPassword?: string;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

export async function createUserRecord({ db, input, actor, ipAddress, via }: CreateUserRecordOptions): Promise<CreateUserResult> {
  const parsed = CreateUserSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INVALID_INPUT');
  const { name, email, role, password } = parsed.data;

  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new EmailTakenError();

  const generatedPassword = password === undefined ? generatePassword() : undefined;
  const passwordHash = await hashPassword(password ?? generatedPassword!);

  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { name, email, role, passwordHash, passwordChangedAt: new Date() },
        select: { id: true, email: true, name: true, role: true },
      });
      await recordAuditEvent(tx, {
        action: 'user.created',
        actor,
        entityType: 'User',
        entityId: created.id,
        ipAddress,
        details: { email, role, via, isPasswordGenerated: generatedPassword !== undefined },
      });
      return created;
    });
    return { user, generatedPassword };
  } catch (error) {
    // The check above cannot see an account created at the same moment.
    if (isUniqueViolation(error)) throw new EmailTakenError();
    throw error;
  }
}
