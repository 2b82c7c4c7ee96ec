import type { Role } from '../../../common/roles.ts';

/**
 * Who may do what with meetings. Chairing and voting follow the person's place in the meeting
 * (its chair, its members and called-in substitutes), which the services check on the record.
 */
export const meetingsPolicy = {
  /** Meetings, agendas and the live meeting, inside: every role but the public's. */
  'meetings.read': ['administrator', 'secretary', 'official', 'director', 'politician'],
  /** Closed items in full, besides those called to the meeting. */
  'meetings.read-closed': ['secretary', 'official', 'director'],
  /** Planning meetings, building agendas, publishing notices, keeping the record and the minutes. */
  'meetings.manage': ['secretary'],
  /** A body's notice lead time, publicity and signers. */
  'meetings.configure': ['administrator', 'secretary'],
} as const satisfies Record<string, readonly Role[]>;
