import { roles, type Role } from '../../../common/roles.ts';

export const organisationPolicy = {
  /** Bodies, terms, people, memberships, positions, role descriptions, import and export. */
  'organisation.manage': ['administrator', 'secretary'],
  /** Contact details marked internal: anyone who holds a role in the municipality. */
  'organisation.read-internal': roles,
} as const satisfies Record<string, readonly Role[]>;
