import type { Role } from '../../../common/roles.ts';

export const accountPolicy = {
  'user.read': ['administrator'],
  'user.manage': ['administrator'],
  /** Anyone with a role may hold personal API tokens, scoped to a role they hold. */
  'token.manage': [
    'administrator',
    'secretary',
    'official',
    'director',
    'politician',
    'security_officer',
    'citizen',
  ],
} as const satisfies Record<string, readonly Role[]>;
