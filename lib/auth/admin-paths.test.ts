import { describe, expect, it } from 'vitest';
import { permissionForAdminPath } from './admin-paths';

describe('permissionForAdminPath', () => {
  it.each([
    ['/admin/utilisateurs', 'users:manage'],
    ['/admin/utilisateurs/abc', 'users:manage'],
    ['/admin/journal', 'audit:read'],
    ['/admin/parametres', 'settings:manage'],
    ['/admin/corbeille', 'content:delete'],
    ['/admin/abonnes/export.csv', 'newsletter:manage'],
    ['/admin/courriels/abc', 'newsletter:manage'],
    ['/admin', undefined],
    ['/admin/profil', undefined],
    ['/admin/utilisateurs-bis', undefined],
  ])('%s → %s', (path, permission) => {
    expect(permissionForAdminPath(path)).toBe(permission);
  });
});
