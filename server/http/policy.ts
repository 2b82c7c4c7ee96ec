import type { Role } from '../../common/roles.ts';
import { accountPolicy } from '../modules/accounts/accounts.policy.ts';
import { auditPolicy } from '../modules/audit/audit.policy.ts';
import { authPolicy } from '../modules/auth/auth.policy.ts';
import { municipalityPolicy } from '../modules/municipalities/municipalities.policy.ts';
import { mattersPolicy } from '../modules/matters/matters.policy.ts';
import { meetingsPolicy } from '../modules/meetings/meetings.policy.ts';
import { organisationPolicy } from '../modules/organisation/organisation.policy.ts';
import type { Actor } from './context.ts';

/** Every action in the system and the roles that may take it; each module contributes its own. */
const permissions = {
  ...municipalityPolicy,
  ...accountPolicy,
  ...authPolicy,
  ...auditPolicy,
  ...organisationPolicy,
  ...mattersPolicy,
  ...meetingsPolicy,
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof permissions;

/**
 * What a route declares in `config.policy`. `public`: anyone, signed in or not (and the reply must
 * be the same for both unless it is about the caller); `signed-in`: any signed-in person, about
 * themselves only; otherwise an action checked with `can` against the municipality in the URL.
 */
export type RoutePolicy = Action | 'public' | 'signed-in';

export function isAction(value: string): value is Action {
  return Object.hasOwn(permissions, value);
}

/**
 * The one authorisation check. An actor may take an action on a resource of a municipality only
 * when the actor acts within that same municipality and holds one of the action's roles there.
 */
export function can(actor: Actor, action: Action, resource: { municipalityId: string }): boolean {
  if (actor.municipalityId === null || actor.municipalityId !== resource.municipalityId) return false;
  const allowed: readonly Role[] = permissions[action];
  return actor.roles.some((role) => allowed.includes(role));
}
