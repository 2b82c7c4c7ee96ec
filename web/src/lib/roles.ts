import { roles, type Role } from '../../../common/roles.ts';

export type { Role };
export { roles };

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** The roles that set up bodies, terms, people and appointments (the server's `organisation.manage`). */
const organisationManagers: readonly Role[] = ['administrator', 'secretary'];

export function canManageOrganisation(roles: readonly Role[]): boolean {
  return roles.some((role) => organisationManagers.includes(role));
}
