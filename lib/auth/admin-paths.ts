import type { Permission } from './roles';

/** Admin sections reserved to a permission beyond 'admin:access' (checked in proxy.ts and in each page). */
const RESTRICTED_SECTIONS: Array<[prefix: string, permission: Permission]> = [
  ['/admin/utilisateurs', 'users:manage'],
  ['/admin/journal', 'audit:read'],
  ['/admin/parametres', 'settings:manage'],
  ['/admin/corbeille', 'content:delete'],
  ['/admin/abonnes', 'newsletter:manage'],
  ['/admin/courriels', 'newsletter:manage'],
];

export function permissionForAdminPath(pathname: string): Permission | undefined {
  return RESTRICTED_SECTIONS.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`))?.[1];
}
