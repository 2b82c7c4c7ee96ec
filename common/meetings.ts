/** Kinds of meeting: only a decision meeting decides; the others prepare, listen and follow up. */
export const meetingKinds = ['decision', 'dialogue', 'citizen_dialogue', 'check_in'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/**
 * The life of a meeting (OParl meetingState: terminiert, eingeladen, durchgeführt): planned, its
 * notice published, in progress, closed; or cancelled.
 */
export const meetingStates = ['planned', 'notified', 'in_progress', 'closed', 'cancelled'] as const;
export type MeetingState = (typeof meetingStates)[number];

/** Standard items every decision meeting may have, besides the matters on its agenda. */
export const standardItemKinds = [
  'opening',
  'roll_call',
  'adjusters',
  'agenda_approval',
  'delegated_decisions',
  'information',
] as const;
/** `minutes_approval`: Norway, where the body approves a meeting's minutes at its next meeting. */
export const agendaItemKinds = [...standardItemKinds, 'minutes_approval', 'matter', 'other'] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];

/** An item's handling: waiting, being handled, and how it ended. */
export const agendaItemStates = [
  'pending',
  'in_progress',
  'decided',
  'noted',
  'postponed',
  'referred_back',
] as const;
export type AgendaItemState = (typeof agendaItemStates)[number];

/**
 * Legal grounds for handling an item behind closed doors. Norway: kommuneloven § 11-5 (personnel
 * matters and statutory confidentiality must be closed; privacy and weighty public interests may
 * be). Sweden: a committee meets behind closed doors unless the council allows otherwise, and items
 * of public authority over individuals or with secret information are always closed (KL 6 kap.
 * 25 §); the council may close an item with secret information (KL 5 kap. 42 §).
 */
export const closingGrounds = {
  se: ['committee_default', 'exercise_of_authority', 'secrecy'],
  no: ['personnel', 'statutory_confidentiality', 'privacy', 'public_interest'],
} as const;
export type ClosingGround = (typeof closingGrounds)[keyof typeof closingGrounds][number];
export const allClosingGrounds = [...closingGrounds.se, ...closingGrounds.no] as const;

/** Grounds on which an item must be closed, whatever the body decides. */
export const mandatoryClosingGrounds: readonly ClosingGround[] = [
  'exercise_of_authority',
  'secrecy',
  'personnel',
  'statutory_confidentiality',
];

/** Whether someone was called, reported absence, or was called in to replace someone. */
export const participantStatuses = ['invited', 'absent', 'called_in', 'not_called'] as const;
export type ParticipantStatus = (typeof participantStatuses)[number];

/** A conflict of interest: declared by the member, raised by others, and the body's ruling. */
export const conflictStatuses = ['declared', 'questioned', 'upheld', 'rejected'] as const;
export type ConflictStatus = (typeof conflictStatuses)[number];

export const proposalKinds = ['main', 'counter', 'amendment'] as const;
export type ProposalKind = (typeof proposalKinds)[number];

/** How a round is decided: by acclamation, an open roll-call vote, or a secret ballot (elections). */
export const voteMethods = ['acclamation', 'roll_call', 'secret'] as const;
export type VoteMethod = (typeof voteMethods)[number];

/** How a tie was broken: the chair's casting vote, or a drawn lot in elections. */
export const tieBreaks = ['chair', 'lot'] as const;
export type TieBreak = (typeof tieBreaks)[number];

/** A written dissent (reservation; Sweden) or a note in the minutes (protokollsanteckning / protokolltilførsel). */
export const statementKinds = ['reservation', 'protocol_note'] as const;
export type StatementKind = (typeof statementKinds)[number];

export const minutesStates = ['draft', 'signing', 'signed'] as const;

/**
 * How a body approves its minutes: signed by the chair and the adjusters or members elected to sign
 * (Sweden's justering; common in Norway), or, in Norway where the body's rules say so, approved by
 * the body at its next meeting.
 */
export const minutesApprovals = ['signing', 'next_meeting'] as const;
export type MinutesApproval = (typeof minutesApprovals)[number];
export type MinutesState = (typeof minutesStates)[number];

/** Who signs the minutes: the chair, and the adjusters (justerare) or members elected to sign. */
export const signerRoles = ['chair', 'adjuster'] as const;
export type SignerRole = (typeof signerRoles)[number];

/** What the public notice board carries. */
export const noticeKinds = ['meeting_notice', 'minutes'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

/** The value of an abstention (or a blank ballot in an election). */
export const ABSTAIN = 'abstain';

/** Kinds of live event a meeting sends its viewers. */
export const liveEventTypes = [
  'meeting',
  'attendance',
  'item',
  'speakers',
  'proposals',
  'voting',
  'vote_cast',
  'voting_result',
  'conflict',
  'statement',
] as const;
export type LiveEventType = (typeof liveEventTypes)[number];
