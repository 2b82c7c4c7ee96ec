import { roles, type Role } from '../../../common/roles.ts';

export type { Role };
export { roles };

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
