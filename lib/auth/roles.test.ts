import { describe, expect, it } from 'vitest';
import { can, ROLES, type Permission, type Role } from './roles';

const EXPECTED: Record<Permission, Role[]> = {
  'admin:access': ['ADMIN', 'EDITOR', 'CONTRIBUTOR'],
  'content:create': ['ADMIN', 'EDITOR', 'CONTRIBUTOR'],
  'content:edit': ['ADMIN', 'EDITOR', 'CONTRIBUTOR'],
  'content:submit': ['ADMIN', 'EDITOR', 'CONTRIBUTOR'],
  'content:publish': ['ADMIN', 'EDITOR'],
  'content:delete': ['ADMIN', 'EDITOR'],
  'trash:empty': ['ADMIN'],
  'users:manage': ['ADMIN'],
  'audit:read': ['ADMIN'],
  'settings:manage': ['ADMIN'],
  'newsletter:manage': ['ADMIN'],
};

describe('permissions by role', () => {
  for (const [permission, allowed] of Object.entries(EXPECTED) as [Permission, Role[]][]) {
    it(`${permission}: ${allowed.join(', ')}`, () => {
      for (const role of ROLES) expect(can(role, permission)).toBe(allowed.includes(role));
    });
  }
});
