import type { Role } from '../../../common/roles.ts';

export const auditPolicy = {
  'audit.read': ['administrator'],
} as const satisfies Record<string, readonly Role[]>;
