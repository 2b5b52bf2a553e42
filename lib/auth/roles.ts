import type { UserRole } from '@/lib/generated/prisma/enums';

export type Role = UserRole;
export const ROLES = ['ADMIN', 'EDITOR', 'CONTRIBUTOR'] as const satisfies readonly Role[];

export const roleLabels: Record<Role, string> = {
  ADMIN: 'Administrateur·rice',
  EDITOR: 'Éditeur·rice',
  CONTRIBUTOR: 'Contributeur·rice',
};

export type Permission =
  | 'content:create'
  | 'content:edit'
  | 'content:submit'
  | 'content:publish'
  | 'content:delete'
  | 'trash:empty'
  | 'users:manage'
  | 'audit:read'
  | 'settings:manage'
  /** Subscribers, their export and the stored e-mails (personal data): admins only. */
  | 'newsletter:manage'
  | 'admin:access';

// admin: everything; editor: all content work; contributor: drafts and review requests.
const PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: ['admin:access', 'content:create', 'content:edit', 'content:submit', 'content:publish', 'content:delete', 'trash:empty', 'users:manage', 'audit:read', 'settings:manage', 'newsletter:manage'],
  EDITOR: ['admin:access', 'content:create', 'content:edit', 'content:submit', 'content:publish', 'content:delete'],
  CONTRIBUTOR: ['admin:access', 'content:create', 'content:edit', 'content:submit'],
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission);
}
