import { roles, type Role } from '../../../common/roles.ts';

export const municipalityPolicy = {
  'municipality.update': ['administrator'],
  /** The signed-in start page: anyone who holds a role in the municipality. */
  'municipality.overview': roles,
} as const satisfies Record<string, readonly Role[]>;
