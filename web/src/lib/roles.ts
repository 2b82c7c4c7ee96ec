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

/**
 * Who may do what with matters: the server's matters policy (`matters.read`, `matters.register`,
 * …), so that pages offer only what the server will accept.
 */
const matterRoles = {
  read: ['administrator', 'secretary', 'official', 'director', 'politician'],
  readConfidential: ['secretary', 'official', 'director'],
  register: ['secretary', 'official'],
  prepare: ['secretary', 'official', 'director'],
  confirmInvestigated: ['director'],
  decide: ['secretary'],
  prioritise: ['secretary'],
  report: ['official', 'director', 'secretary'],
} as const satisfies Record<string, readonly Role[]>;

export type MatterAction = keyof typeof matterRoles;

export function canDoWithMatters(roles: readonly Role[], action: MatterAction): boolean {
  const allowed: readonly Role[] = matterRoles[action];
  return roles.some((role) => allowed.includes(role));
}

/** The internal registry: every role but the public's. */
export function canReadMatters(roles: readonly Role[]): boolean {
  return canDoWithMatters(roles, 'read');
}

/**
 * Who may do what with meetings: the server's meetings policy (`meetings.read`, `meetings.manage`,
 * `meetings.configure`). Chairing, voting and a member's own absence follow the person's place in
 * the meeting, which the meeting itself tells (`you`).
 */
const meetingRoles = {
  read: ['administrator', 'secretary', 'official', 'director', 'politician'],
  manage: ['secretary'],
  configure: ['administrator', 'secretary'],
} as const satisfies Record<string, readonly Role[]>;

export type MeetingAction = keyof typeof meetingRoles;

export function canDoWithMeetings(roles: readonly Role[], action: MeetingAction): boolean {
  const allowed: readonly Role[] = meetingRoles[action];
  return roles.some((role) => allowed.includes(role));
}

/** Meetings, agendas and the member portal, inside: every role but the public's. */
export function canReadMeetings(roles: readonly Role[]): boolean {
  return canDoWithMeetings(roles, 'read');
}
