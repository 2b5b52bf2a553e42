import type { Prisma } from '@/lib/generated/prisma/client';

/** Anything that can write (the client or a transaction): audit rows join the caller's transaction. */
interface AuditWriter {
  auditEvent: { create: (args: { data: Prisma.AuditEventUncheckedCreateInput }) => Promise<unknown> };
}

export interface AuditEventInput {
  action: string;
  actor?: { id: string; email: string } | null;
  entityType?: string;
  entityId?: string;
  ipAddress?: string | null;
  /** Never passwords, hashes, secrets or tokens. */
  details?: Prisma.InputJsonValue;
}

// CR/LF and control characters would let a value forge lines in exported logs.
function clean(value: string | null | undefined, max = 200): string | null {
  if (value == null) return null;
  return value.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, max);
}

export async function recordAuditEvent(db: AuditWriter, input: AuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: clean(input.action, 64)!,
      actorId: input.actor?.id ?? null,
      actorLabel: clean(input.actor?.email),
      entityType: clean(input.entityType, 64),
      entityId: clean(input.entityId, 64),
      ipAddress: clean(input.ipAddress, 64),
      details: input.details,
    },
  });
}
