import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  agendaItemKinds,
  agendaItemStates,
  allClosingGrounds,
  conflictStatuses,
  meetingKinds,
  meetingStates,
  minutesApprovals,
  minutesStates,
  noticeKinds,
  participantStatuses,
  proposalKinds,
  signerRoles,
  statementKinds,
  type tieBreaks,
  voteMethods,
} from '../../../common/meetings.ts';
import { membershipRoles } from '../../../common/organisation.ts';
import { users } from '../accounts/accounts.schema.ts';
import { matters } from '../matters/matters.schema.ts';
import { municipalities } from '../municipalities/municipalities.schema.ts';
import { bodies, memberships, persons } from '../organisation/organisation.schema.ts';

const municipalityId = () =>
  uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id, { onDelete: 'cascade' });
const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
const meetingId = () =>
  uuid('meeting_id')
    .notNull()
    .references(() => meetings.id, { onDelete: 'cascade' });
const itemId = () =>
  uuid('agenda_item_id')
    .notNull()
    .references(() => agendaItems.id, { onDelete: 'cascade' });
const personId = () =>
  uuid('person_id')
    .notNull()
    .references(() => persons.id, { onDelete: 'cascade' });

/** A body's meeting rules, within what the law allows: notice lead time, publicity, signers. */
export const meetingSettings = pgTable('meeting_settings', {
  bodyId: uuid('body_id')
    .primaryKey()
    .references(() => bodies.id, { onDelete: 'cascade' }),
  municipalityId: municipalityId(),
  noticeLeadDays: integer('notice_lead_days').notNull(),
  /** Sweden: a committee meets in public only when the council allows it (KL 6 kap. 25 §). */
  publicMeetings: boolean('public_meetings').notNull(),
  /** Adjusters (justerare) or members elected to sign the minutes besides the chair. */
  signersCount: integer('signers_count').notNull(),
  /** Signing, or (Norway) approval at the body's next meeting. */
  minutesApproval: text('minutes_approval', { enum: minutesApprovals }).notNull().default('signing'),
  ...timestamps(),
});

/** A meeting (OParl Meeting). */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: meetingKinds }).notNull(),
    name: text('name').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    location: text('location'),
    onlineUrl: text('online_url'),
    description: text('description').notNull().default(''),
    state: text('state', { enum: meetingStates }).notNull().default('planned'),
    urgent: boolean('urgent').notNull().default(false),
    urgentReason: text('urgent_reason'),
    noticePublishedAt: timestamp('notice_published_at', { withTimezone: true }),
    noticePublishedOn: date('notice_published_on'),
    /** The person presiding (the body's chair, or whoever stands in). */
    chairPersonId: uuid('chair_person_id').references(() => persons.id, { onDelete: 'set null' }),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    /** Raised on every change a calendar must see (iCalendar SEQUENCE). */
    calendarSequence: integer('calendar_sequence').notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    index('meetings_body_idx').on(t.municipalityId, t.bodyId, t.startsAt),
    index('meetings_starts_idx').on(t.municipalityId, t.startsAt),
    check('meetings_times', sql`${t.endsAt} > ${t.startsAt}`),
    check('meetings_place', sql`${t.location} is not null or ${t.onlineUrl} is not null`),
    check('meetings_urgent', sql`not ${t.urgent} or ${t.urgentReason} is not null`),
  ],
);

export type ItemQuorum = {
  seats: number;
  present: number;
  conflicted: number;
  counted: number;
  needed: number;
  met: boolean;
  source: string;
  /** Substitutes who sat in the seats of members with a conflict on the item. */
  standIns?: StandIn[];
};
export type StandIn = { personId: string; replacesPersonId: string };
export type ItemAssignment = {
  title: string;
  description?: string;
  commissionedBy: 'body' | 'chair' | 'director';
  assigneePersonId?: string | null;
  assigneeUnitId?: string | null;
  dueOn: string;
  reportBackRequired?: boolean;
};

/** An item on a meeting's agenda (OParl AgendaItem). */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    meetingId: meetingId(),
    position: integer('position').notNull(),
    kind: text('kind', { enum: agendaItemKinds }).notNull(),
    title: text('title').notNull(),
    matterId: uuid('matter_id').references(() => matters.id, { onDelete: 'restrict' }),
    /** A `minutes_approval` item: the earlier meeting whose minutes it approves. */
    approvesMeetingId: uuid('approves_meeting_id').references((): AnyPgColumn => meetings.id, {
      onDelete: 'set null',
    }),
    public: boolean('public').notNull(),
    closingGround: text('closing_ground', { enum: allClosingGrounds }),
    /** Public authority over an individual: always closed; in Sweden no abstaining (KL 6 kap. 36 §). */
    exerciseOfAuthority: boolean('exercise_of_authority').notNull().default(false),
    election: boolean('election').notNull().default(false),
    state: text('state', { enum: agendaItemStates }).notNull().default('pending'),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    decisionText: text('decision_text'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: text('decided_by', { enum: voteMethods }),
    /** The matter's decision this item recorded. */
    matterDecisionId: uuid('matter_decision_id'),
    /** Who was present and counted when the item was decided (per-item attendance). */
    presentPersonIds: jsonb('present_person_ids').$type<string[]>(),
    quorum: jsonb('quorum').$type<ItemQuorum>(),
    /** The assignments the decision gives; created when the extract of the signed minutes goes out. */
    assignments: jsonb('assignments').$type<ItemAssignment[]>().notNull().default([]),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    extractSentAt: timestamp('extract_sent_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    index('agenda_items_meeting_idx').on(t.meetingId, t.position),
    index('agenda_items_matter_idx').on(t.matterId),
    index('agenda_items_approves_idx').on(t.approvesMeetingId),
    check('agenda_items_closed_ground', sql`${t.public} or ${t.closingGround} is not null`),
  ],
);

/** Who is called to a meeting: members, substitutes and those called in to replace the absent. */
export const meetingParticipants = pgTable(
  'meeting_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    meetingId: meetingId(),
    personId: personId(),
    membershipId: uuid('membership_id').references(() => memberships.id, { onDelete: 'set null' }),
    role: text('role', { enum: membershipRoles }).notNull(),
    listName: text('list_name'),
    votingRight: boolean('voting_right').notNull(),
    substituteOrder: integer('substitute_order'),
    status: text('status', { enum: participantStatuses }).notNull(),
    /** The member a called-in substitute replaces. */
    replacesPersonId: uuid('replaces_person_id').references(() => persons.id, { onDelete: 'set null' }),
    absenceReason: text('absence_reason'),
    present: boolean('present').notNull().default(false),
    adjuster: boolean('adjuster').notNull().default(false),
    ...timestamps(),
  },
  (t) => [uniqueIndex('meeting_participants_person_key').on(t.meetingId, t.personId)],
);

/** Every arrival and departure, with the item then being handled. */
export const attendanceLog = pgTable(
  'attendance_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    meetingId: meetingId(),
    personId: personId(),
    present: boolean('present').notNull(),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('attendance_log_meeting_idx').on(t.meetingId, t.id)],
);

/** A conflict of interest (jäv / inhabilitet) on an item, and the body's ruling on it. */
export const conflicts = pgTable(
  'conflicts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    meetingId: meetingId(),
    agendaItemId: itemId(),
    personId: personId(),
    reason: text('reason').notNull(),
    status: text('status', { enum: conflictStatuses }).notNull(),
    raisedBy: uuid('raised_by').references(() => users.id, { onDelete: 'set null' }),
    ruledAt: timestamp('ruled_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [uniqueIndex('conflicts_item_person_key').on(t.agendaItemId, t.personId)],
);

/** The speakers' list of an item. */
export const speakers = pgTable(
  'speakers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: meetingId(),
    agendaItemId: itemId(),
    personId: personId(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('speakers_item_idx').on(t.agendaItemId, t.requestedAt)],
);

/** A proposal on an item: the recommendation (main), counter-proposals and amendments. */
export const proposals = pgTable(
  'proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    meetingId: meetingId(),
    agendaItemId: itemId(),
    kind: text('kind', { enum: proposalKinds }).notNull(),
    /** Who proposed it; none for the recommendation. */
    personId: uuid('person_id').references(() => persons.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    /** Set when the proposal loses a round, or is withdrawn. */
    eliminatedAt: timestamp('eliminated_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('proposals_item_idx').on(t.agendaItemId, t.createdAt)],
);

export type VotingResult = {
  counts: Record<string, number>;
  abstentions: number;
  winner: string;
  tie: boolean;
  tieBreak: (typeof tieBreaks)[number] | null;
  /** The drawn lot: its seed and the options in the order drawn, so it can be re-run. */
  lot: { seed: string; order: string[] } | null;
  /** Norway: how each party voted (kommuneloven § 11-4). */
  parties: Record<string, Record<string, number>> | null;
};

/** One round of voting on an item: proposals put against each other. */
export const votings = pgTable(
  'votings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    meetingId: meetingId(),
    agendaItemId: itemId(),
    round: integer('round').notNull(),
    method: text('method', { enum: voteMethods }).notNull(),
    optionIds: jsonb('option_ids').$type<string[]>().notNull(),
    /** Those who may vote in this round: present, with a voting right, without a conflict. */
    eligiblePersonIds: jsonb('eligible_person_ids').$type<string[]>().notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    result: jsonb('result').$type<VotingResult>(),
  },
  (t) => [uniqueIndex('votings_item_round_key').on(t.agendaItemId, t.round)],
);

/**
 * A vote: who voted. The choice is kept here in an open vote; in a secret ballot it is kept apart
 * in `secret_ballots`, with nothing that ties it to the voter.
 */
export const voteCasts = pgTable(
  'vote_casts',
  {
    votingId: uuid('voting_id')
      .notNull()
      .references(() => votings.id, { onDelete: 'cascade' }),
    personId: personId(),
    choice: text('choice'),
    listName: text('list_name'),
    castAt: timestamp('cast_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.votingId, t.personId] })],
);

export const secretBallots = pgTable(
  'secret_ballots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    votingId: uuid('voting_id')
      .notNull()
      .references(() => votings.id, { onDelete: 'cascade' }),
    choice: text('choice').notNull(),
  },
  (t) => [index('secret_ballots_voting_idx').on(t.votingId)],
);

/** A reservation (Sweden) or a note for the minutes, announced during the meeting. */
export const statements = pgTable(
  'statements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    meetingId: meetingId(),
    agendaItemId: itemId(),
    personId: personId(),
    kind: text('kind', { enum: statementKinds }).notNull(),
    text: text('text').notNull().default(''),
    textAddedAt: timestamp('text_added_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [index('statements_meeting_idx').on(t.meetingId)],
);

/** A member's own notes on an item, seen by no one else. */
export const privateNotes = pgTable(
  'private_notes',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    agendaItemId: itemId(),
    text: text('text').notNull(),
    ...timestamps(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.agendaItemId] })],
);

/** The minutes (protokoll / møtebok) of a meeting. */
export const minutes = pgTable('minutes', {
  meetingId: uuid('meeting_id')
    .primaryKey()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  municipalityId: municipalityId(),
  state: text('state', { enum: minutesStates }).notNull().default('draft'),
  /** How these minutes are approved, fixed when they are sent: the body's rule may change later. */
  approval: text('approval', { enum: minutesApprovals }).notNull().default('signing'),
  /** The opening part: who took part, who was absent, who presided and signs. */
  text: text('text').notNull(),
  /** The text of each item, by item id; a closed item's never leaves the entitled. */
  sections: jsonb('sections').$type<Record<string, string>>().notNull().default({}),
  /** Sweden: signed within 14 days of the meeting (KL 5 kap. 69 §). */
  dueOn: date('due_on').notNull(),
  signedOn: date('signed_on'),
  ...timestamps(),
});

/** Every edit of the minutes' text, for the audit. */
export const minutesRevisions = pgTable(
  'minutes_revisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    meetingId: meetingId(),
    version: integer('version').notNull(),
    text: text('text').notNull(),
    editedBy: uuid('edited_by').references(() => users.id, { onDelete: 'set null' }),
    editedByLabel: text('edited_by_label').notNull(),
    editedAt: timestamp('edited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('minutes_revisions_meeting_idx').on(t.meetingId, t.id)],
);

/** An authenticated approval of the minutes, or of one item signed at once. */
export const minutesSignatures = pgTable(
  'minutes_signatures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: meetingId(),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'cascade' }),
    personId: personId(),
    role: text('role', { enum: signerRoles }).notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('minutes_signatures_key').on(
      t.meetingId,
      sql`coalesce(${t.agendaItemId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.personId,
    ),
  ],
);

/** The public notice board (anslagstavla / oppslagstavle). */
export const notices = pgTable(
  'notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    kind: text('kind', { enum: noticeKinds }).notNull(),
    meetingId: meetingId(),
    title: text('title').notNull(),
    postedOn: date('posted_on').notNull(),
    postedAt: timestamp('posted_at', { withTimezone: true }).notNull().defaultNow(),
    /** The appeal deadline (minutes), or the meeting day (a meeting's notice). */
    deadlineOn: date('deadline_on').notNull(),
    deadlineSource: text('deadline_source'),
    /** Sweden: posted later than the second day after signing (KL 8 kap. 12 §). */
    late: boolean('late').notNull().default(false),
    /** Where the signed minutes are kept, as the notice must say. */
    keptAt: text('kept_at'),
    postedBy: text('posted_by').notNull(),
  },
  (t) => [
    index('notices_board_idx').on(t.municipalityId, t.deadlineOn),
    uniqueIndex('notices_meeting_kind_key').on(t.meetingId, t.kind),
  ],
);

/** A meeting's live events, in order: what viewers are sent, and what a reconnecting viewer replays. */
export const meetingEvents = pgTable(
  'meeting_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    meetingId: meetingId(),
    /** Who may see it: everyone, or only those entitled to the meeting's closed items. */
    audience: text('audience', { enum: ['public', 'internal'] }).notNull(),
    type: text('type').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meeting_events_meeting_idx').on(t.meetingId, t.id)],
);
