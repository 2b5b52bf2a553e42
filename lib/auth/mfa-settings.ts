import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { ROLES, type Role } from './roles';
import { MFA_REQUIRED_ROLES_SETTING } from './session-policy';

const RolesSchema = z.array(z.enum(ROLES));

/** Roles whose accounts must use a second factor (none on a fresh install). */
export async function getRolesRequiringMfa(db: Database): Promise<Role[]> {
  const setting = await db.setting.findUnique({ where: { key: MFA_REQUIRED_ROLES_SETTING }, select: { value: true } });
  const parsed = RolesSchema.safeParse(setting?.value ?? []);
  return parsed.success ? parsed.data : [];
}

export interface MfaSettings {
  roles: Role[];
  /** When the setting was last saved (null: never), for detecting concurrent edits. */
  updatedAt: Date | null;
}

export async function getMfaSettings(db: Database): Promise<MfaSettings> {
  const setting = await db.setting.findUnique({ where: { key: MFA_REQUIRED_ROLES_SETTING }, select: { value: true, updatedAt: true } });
  const parsed = RolesSchema.safeParse(setting?.value ?? []);
  return { roles: parsed.success ? parsed.data : [], updatedAt: setting?.updatedAt ?? null };
}

export type UpdateMfaSettingsResult = { ok: true } | { ok: false; reason: 'conflict' };

/**
 * Saves the roles that must use a second factor. `expectedUpdatedAt` is the
 * version the admin's form showed (null: never saved): a concurrent save wins
 * and this one reports a conflict instead of silently overwriting it.
 */
export async function updateRolesRequiringMfa(
  db: Database,
  options: { roles: Role[]; expectedUpdatedAt: Date | null; actor: { id: string; email: string }; ipAddress?: string | null },
): Promise<UpdateMfaSettingsResult> {
  const roles = ROLES.filter((role) => options.roles.includes(role));
  return db.$transaction(async (tx): Promise<UpdateMfaSettingsResult> => {
    const current = await tx.setting.findUnique({ where: { key: MFA_REQUIRED_ROLES_SETTING }, select: { value: true, updatedAt: true } });
    if ((current?.updatedAt.getTime() ?? null) !== (options.expectedUpdatedAt?.getTime() ?? null)) return { ok: false, reason: 'conflict' };
    if (current) {
      const { count } = await tx.setting.updateMany({
        where: { key: MFA_REQUIRED_ROLES_SETTING, updatedAt: current.updatedAt },
        data: { value: roles, updatedAt: new Date() },
      });
      if (count !== 1) return { ok: false, reason: 'conflict' };
    } else {
      // A concurrent first save wins: ON CONFLICT DO NOTHING inserts nothing and this one reports a conflict.
      const { count } = await tx.setting.createMany({ data: [{ key: MFA_REQUIRED_ROLES_SETTING, value: roles }], skipDuplicates: true });
      if (count !== 1) return { ok: false, reason: 'conflict' };
    }
    const previous = RolesSchema.safeParse(current?.value ?? []);
    await recordAuditEvent(tx, {
      action: 'settings.updated',
      actor: options.actor,
      entityType: 'Setting',
      entityId: MFA_REQUIRED_ROLES_SETTING,
      ipAddress: options.ipAddress,
      details: { key: MFA_REQUIRED_ROLES_SETTING, before: previous.success ? previous.data : [], after: roles },
    });
    return { ok: true };
  });
}
