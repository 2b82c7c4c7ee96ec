import type { Role } from '../../../common/roles.ts';

/** Who may do what with matters; each state change also checks its own roles (common/matters.ts). */
export const mattersPolicy = {
  /** The internal registry: every role but the public's. Confidential matters show their public face. */
  'matters.read': ['administrator', 'secretary', 'official', 'director', 'politician'],
  /** Titles, documents and files of confidential matters. */
  'matters.read-confidential': ['secretary', 'official', 'director'],
  /** Registering matters and documents, setting deadlines. */
  'matters.register': ['secretary', 'official'],
  /** Preparing: editing a matter, its recommendation and preparation, changing its state. */
  'matters.prepare': ['secretary', 'official', 'director'],
  /** Confirming that a matter is properly investigated (kommuneloven § 13-1). */
  'matters.confirm-investigated': ['director'],
  /** Recording a body's decision until meetings record them. */
  'matters.decide': ['secretary'],
  /** Recording a body's ranked list of prioritised matters. */
  'matters.prioritise': ['secretary'],
  /** Reporting on an assignment (the assignee, or the director and secretary on their behalf). */
  'assignments.report': ['official', 'director', 'secretary'],
  /** Registry number format and the recommendation template. */
  'matters.configure': ['administrator'],
} as const satisfies Record<string, readonly Role[]>;
