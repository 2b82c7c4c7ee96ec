import { roles, type Role } from '../../../common/roles.ts';

export const accountPolicy = {
  'user.read': ['administrator'],
  'user.manage': ['administrator'],
  /** Anyone with a role may hold personal API tokens, scoped to a role they hold. */
  'token.manage': roles,
} as const satisfies Record<string, readonly Role[]>;
