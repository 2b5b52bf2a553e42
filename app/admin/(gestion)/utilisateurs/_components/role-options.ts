import { ROLES, roleLabels } from '@/lib/auth/roles';
import type { SelectOption } from '@/components/forms/select-field';

export const roleOptions: SelectOption[] = ROLES.map((role) => ({ value: role, label: roleLabels[role] }));
