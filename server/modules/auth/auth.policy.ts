import type { Role } from '../../../common/roles.ts';

export const authPolicy = {
  'oidc-provider.manage': ['administrator'],
} as const satisfies Record<string, readonly Role[]>;
