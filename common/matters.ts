import type { Role } from './roles.ts';

/** Kinds of matter (ärende / sak; OParl Paper). */
export const matterTypes = [
  'motion',
  'citizen_proposal',
  'assignment',
  'question',
  'administration',
  'budget_plan',
  'information',
  'report_back',
] as const;
export type MatterType = (typeof matterTypes)[number];

/** Politics decides "what" (strategic); the profession decides "how" (operational). */
export const matterNatures = ['strategic', 'operational'] as const;
export type MatterNature = (typeof matterNatures)[number];

/** The life of a matter, from registration to closing. */
export const matterStates = [
  'registered',
  'in_preparation',
  'recommendation_ready',
  'scheduled',
  'decided',
  'in_implementation',
  'reported_back',
  'closed',
  'referred_back',
  'postponed',
  'withdrawn',
  'written_off',
] as const;
export type MatterState = (typeof matterStates)[number];

/** States in which nothing more happens to a matter. */
export const finalStates: readonly MatterState[] = ['closed', 'withdrawn', 'written_off'];

/** States in which a matter has been decided (a legal decision deadline is then met). */
export const decidedStates: readonly MatterState[] = [
  'decided',
  'in_implementation',
  'reported_back',
  'closed',
];

/** Who acts: the profession (officials, the director, the secretary who keeps the registry). */
const profession: readonly Role[] = ['official', 'director', 'secretary'];
const registrar: readonly Role[] = ['secretary', 'official'];
const secretary: readonly Role[] = ['secretary'];

export type Transition = {
  from: MatterState;
  to: MatterState;
  /** The roles that may make this change. */
  roles: readonly Role[];
  /** Whether the law or practice expects a written reason. */
  reasonRequired: boolean;
  /** Made only by recording a decision, never by a plain state change. */
  viaDecision?: boolean;
};

const t = (
  from: MatterState,
  to: MatterState,
  roles: readonly Role[],
  reasonRequired = false,
  viaDecision = false,
): Transition => ({ from, to, roles, reasonRequired, viaDecision });

/**
 * Every allowed change of state. Preparation, the recommendation and implementation belong to the
 * profession; scheduling, postponing and referring back follow the body's handling, which the
 * secretary records; a decision is recorded, never set.
 */
export const transitions: readonly Transition[] = [
  t('registered', 'in_preparation', profession),
  t('in_preparation', 'recommendation_ready', ['official', 'director']),
  t('recommendation_ready', 'in_preparation', ['official', 'director'], true),
  t('recommendation_ready', 'scheduled', secretary),
  t('recommendation_ready', 'decided', secretary, false, true),
  t('scheduled', 'decided', secretary, false, true),
  t('scheduled', 'referred_back', secretary, true),
  t('scheduled', 'postponed', secretary, true),
  t('scheduled', 'recommendation_ready', secretary, true),
  t('postponed', 'scheduled', secretary),
  t('referred_back', 'in_preparation', profession),
  t('decided', 'in_implementation', profession),
  t('decided', 'closed', profession),
  t('in_implementation', 'reported_back', ['official', 'director']),
  t('in_implementation', 'closed', profession),
  t('reported_back', 'closed', profession),
  ...(
    [
      'registered',
      'in_preparation',
      'recommendation_ready',
      'scheduled',
      'postponed',
      'referred_back',
    ] as const
  ).flatMap((from) => [t(from, 'withdrawn', registrar, true), t(from, 'written_off', secretary, true)]),
];

export function transitionsFrom(state: MatterState): Transition[] {
  return transitions.filter((x) => x.from === state);
}

export function findTransition(from: MatterState, to: MatterState): Transition | undefined {
  return transitions.find((x) => x.from === from && x.to === to);
}

/** Directions of a registered document (Noark 5 journalposttype). */
export const documentDirections = ['incoming', 'outgoing', 'internal', 'recommendation'] as const;
export type DocumentDirection = (typeof documentDirections)[number];

/** Noark 5 journalposttype for each direction. */
export const noarkDocumentType: Record<DocumentDirection, string> = {
  incoming: 'Inngående dokument',
  outgoing: 'Utgående dokument',
  internal: 'Organinternt dokument uten oppfølging',
  recommendation: 'Saksframlegg',
};

/** Noark 5 journalstatus. */
export const journalStatuses = ['registered', 'dispatched', 'archived', 'cancelled'] as const;
export type JournalStatus = (typeof journalStatuses)[number];

/** Sections of the official's recommendation (tjänsteskrivelse / saksframlegg). */
export const recommendationSections = [
  'background',
  'assessment',
  'financial_consequences',
  'gender_equality',
  'children_rights',
  'climate_environment',
  'legal_basis',
  'proposed_decision',
] as const;
export type RecommendationSection = (typeof recommendationSections)[number];

/** Who commissioned an assignment: a body, its chair, or the director (the seed's question). */
export const commissioners = ['body', 'chair', 'director'] as const;
export type Commissioner = (typeof commissioners)[number];

export const assignmentStates = ['open', 'reported', 'cancelled'] as const;
export type AssignmentState = (typeof assignmentStates)[number];

export const deadlineKinds = ['legal', 'custom'] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/** Open: running; met: the matter was decided or the task done; reported: reported to the council. */
export const deadlineStatuses = ['open', 'met', 'reported', 'void'] as const;
export type DeadlineStatus = (typeof deadlineStatuses)[number];

/** Kinds of event on a matter's timeline. */
export const timelineEventKinds = [
  'registered',
  'updated',
  'state_changed',
  'document_added',
  'file_added',
  'recommendation_saved',
  'preparation_updated',
  'decision_recorded',
  'assignment_created',
  'assignment_reported',
  'deadline_set',
  'deadline_met',
  'deadline_reported',
  'priority_changed',
] as const;
export type TimelineEventKind = (typeof timelineEventKinds)[number];

/** File types a document may carry, checked by content as well as by declared type. */
export const allowedFileTypes = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'image/png': 'png',
  'image/jpeg': 'jpg',
} as const;
export type AllowedFileType = keyof typeof allowedFileTypes;
