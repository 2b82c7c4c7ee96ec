import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  gt,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { MeetingState } from '../../../common/meetings.ts';
import { seatRoles } from '../../../common/organisation.ts';
import { selectRows, type DbOrTx } from '../../db/client.ts';
import { matters, recommendations } from '../matters/matters.schema.ts';
import { bodies, memberships, persons, terms } from '../organisation/organisation.schema.ts';
import {
  agendaItems,
  attendanceLog,
  conflicts,
  meetingEvents,
  meetingParticipants,
  meetingSettings,
  meetings,
  minutes,
  minutesRevisions,
  minutesSignatures,
  notices,
  privateNotes,
  proposals,
  secretBallots,
  speakers,
  statements,
  voteCasts,
  votings,
} from './meetings.schema.ts';

export type MeetingSettingsRow = typeof meetingSettings.$inferSelect;
export type MeetingRow = typeof meetings.$inferSelect;
export type ItemRow = typeof agendaItems.$inferSelect;
export type ParticipantRow = typeof meetingParticipants.$inferSelect;
export type ConflictRow = typeof conflicts.$inferSelect;
export type SpeakerRow = typeof speakers.$inferSelect;
export type ProposalRow = typeof proposals.$inferSelect;
export type VotingRow = typeof votings.$inferSelect;
export type CastRow = typeof voteCasts.$inferSelect;
export type StatementRow = typeof statements.$inferSelect;
export type MinutesRow = typeof minutes.$inferSelect;
export type SignatureRow = typeof minutesSignatures.$inferSelect;
export type NoticeRow = typeof notices.$inferSelect;
export type EventRow = typeof meetingEvents.$inferSelect;

const one = <T>(rows: T[]): T => {
  const [row] = rows;
  if (!row) throw new Error('insert returned no row');
  return row;
};

type Versioned = PgTable & { version: PgColumn; updatedAt: PgColumn };

/**
 * The one optimistic-locking update: writes only when the stored version is the one given, and
 * returns nothing when someone else changed the row first.
 */
async function updateVersioned<T extends Versioned>(
  db: DbOrTx,
  table: T,
  where: SQL,
  version: number,
  values: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect'] | undefined> {
  const rows = (await db
    .update(table)
    .set({ ...values, updatedAt: new Date(), version: sql`${table.version} + 1` } as never)
    .where(and(where, eq(table.version, version)))
    .returning()) as T['$inferSelect'][];
  return rows[0];
}

// Settings --------------------------------------------------------------------------------------

export async function findSettings(db: DbOrTx, bodyId: string): Promise<MeetingSettingsRow | undefined> {
  const [row] = await db.select().from(meetingSettings).where(eq(meetingSettings.bodyId, bodyId));
  return row;
}

export async function saveSettings(
  db: DbOrTx,
  row: Pick<
    MeetingSettingsRow,
    'bodyId' | 'municipalityId' | 'noticeLeadDays' | 'publicMeetings' | 'signersCount' | 'minutesApproval'
  >,
  version: number,
): Promise<MeetingSettingsRow | undefined> {
  if (version === 0) {
    const [created] = await db.insert(meetingSettings).values(row).onConflictDoNothing().returning();
    return created;
  }
  return updateVersioned(db, meetingSettings, eq(meetingSettings.bodyId, row.bodyId), version, row);
}

// Meetings --------------------------------------------------------------------------------------

export async function insertMeeting(db: DbOrTx, values: typeof meetings.$inferInsert): Promise<MeetingRow> {
  return one(await db.insert(meetings).values(values).returning());
}

export async function findMeeting(
  db: DbOrTx,
  municipalityId: string,
  id: string,
  lock = false,
): Promise<MeetingRow | undefined> {
  const query = db
    .select()
    .from(meetings)
    .where(and(eq(meetings.municipalityId, municipalityId), eq(meetings.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function updateMeeting(
  db: DbOrTx,
  municipalityId: string,
  id: string,
  version: number,
  values: Partial<typeof meetings.$inferInsert>,
): Promise<MeetingRow | undefined> {
  return updateVersioned(
    db,
    meetings,
    and(eq(meetings.municipalityId, municipalityId), eq(meetings.id, id)) as SQL,
    version,
    values,
  );
}

export type MeetingListRow = MeetingRow & { bodyName: string; bodyKind: string; itemCount: number };

export async function listMeetings(
  db: DbOrTx,
  municipalityId: string,
  filter: {
    bodyIds?: string[];
    from?: Date;
    to?: Date;
    state?: MeetingState;
    states?: MeetingState[];
    ids?: string[];
  },
  order: 'asc' | 'desc' = 'asc',
): Promise<MeetingListRow[]> {
  const conditions = [
    eq(meetings.municipalityId, municipalityId),
    filter.bodyIds ? inArray(meetings.bodyId, filter.bodyIds) : undefined,
    filter.ids ? inArray(meetings.id, filter.ids) : undefined,
    filter.from ? gte(meetings.startsAt, filter.from) : undefined,
    filter.to ? lt(meetings.startsAt, filter.to) : undefined,
    filter.state ? eq(meetings.state, filter.state) : undefined,
    filter.states ? inArray(meetings.state, filter.states) : undefined,
  ];
  if (filter.bodyIds?.length === 0 || filter.ids?.length === 0) return [];
  const rows = await db
    .select({
      meeting: meetings,
      bodyName: bodies.name,
      bodyKind: bodies.kind,
      itemCount: sql<number>`(select count(*)::int from agenda_items i where i.meeting_id = ${meetings.id})`,
    })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(and(...conditions))
    .orderBy(order === 'asc' ? asc(meetings.startsAt) : desc(meetings.startsAt))
    .limit(1000);
  return rows.map((r) => ({
    ...r.meeting,
    bodyName: r.bodyName,
    bodyKind: r.bodyKind,
    itemCount: r.itemCount,
  }));
}

// Bodies, people and matters as meetings see them -----------------------------------------------

export async function findBody(db: DbOrTx, municipalityId: string, id: string) {
  const [row] = await db
    .select({ id: bodies.id, name: bodies.name, kind: bodies.kind, canDecide: bodies.canDecide })
    .from(bodies)
    .where(and(eq(bodies.municipalityId, municipalityId), eq(bodies.id, id)));
  return row;
}

export async function findPersonOfUser(db: DbOrTx, municipalityId: string, userId: string) {
  const [row] = await db
    .select({ id: persons.id, name: persons.name })
    .from(persons)
    .where(and(eq(persons.municipalityId, municipalityId), eq(persons.userId, userId)))
    .orderBy(asc(persons.createdAt))
    .limit(1);
  return row;
}

export async function findPeople(db: DbOrTx, municipalityId: string, ids: string[]) {
  if (ids.length === 0)
    return new Map<string, { name: string; party: string | null; userId: string | null }>();
  const rows = await db
    .select({ id: persons.id, name: persons.name, party: persons.party, userId: persons.userId })
    .from(persons)
    .where(and(eq(persons.municipalityId, municipalityId), inArray(persons.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, { name: r.name, party: r.party, userId: r.userId }]));
}

/** The body's members and substitutes on a day: who is called to its meeting. */
export async function findActiveMemberships(db: DbOrTx, municipalityId: string, bodyId: string, on: string) {
  return db
    .select()
    .from(memberships)
    .where(
      and(
        eq(memberships.municipalityId, municipalityId),
        eq(memberships.bodyId, bodyId),
        lte(memberships.startsOn, on),
        or(isNull(memberships.endsOn), gte(memberships.endsOn, on)),
        inArray(memberships.role, [...seatRoles, 'substitute']),
      ),
    )
    .orderBy(asc(memberships.role), asc(memberships.substituteOrder));
}

/** Bodies in which a person holds a seat or is a substitute (for the person's calendar). */
export async function findBodiesOfPerson(db: DbOrTx, municipalityId: string, personId: string, on: string) {
  const rows = await db
    .selectDistinct({ bodyId: memberships.bodyId })
    .from(memberships)
    .where(
      and(
        eq(memberships.municipalityId, municipalityId),
        eq(memberships.personId, personId),
        or(isNull(memberships.endsOn), gte(memberships.endsOn, on)),
      ),
    );
  return rows.map((r) => r.bodyId);
}

export type MatterSummary = {
  id: string;
  registryNumber: string;
  title: string;
  publicTitle: string;
  type: string;
  nature: string;
  state: string;
  confidential: boolean;
  responsibleBodyId: string | null;
  responsiblePersonId: string | null;
};

export async function findMatters(db: DbOrTx, municipalityId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, MatterSummary>();
  const rows = await db
    .select({
      id: matters.id,
      registryNumber: matters.registryNumber,
      title: matters.title,
      publicTitle: matters.publicTitle,
      type: matters.type,
      nature: matters.nature,
      state: matters.state,
      confidential: matters.confidential,
      responsibleBodyId: matters.responsibleBodyId,
      responsiblePersonId: matters.responsiblePersonId,
    })
    .from(matters)
    .where(and(eq(matters.municipalityId, municipalityId), inArray(matters.id, ids)));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The proposed decision of a matter's recommendation: the main proposal when its item is handled. */
export async function findProposedDecision(db: DbOrTx, matterId: string): Promise<string | null> {
  const [row] = await db
    .select({ sections: recommendations.sections })
    .from(recommendations)
    .where(eq(recommendations.matterId, matterId));
  return row?.sections.proposed_decision?.trim() || null;
}

// Agenda items ----------------------------------------------------------------------------------

export async function findItems(db: DbOrTx, meetingId: string): Promise<ItemRow[]> {
  return db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position));
}

export async function findItem(db: DbOrTx, meetingId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertItems(
  db: DbOrTx,
  values: (typeof agendaItems.$inferInsert)[],
): Promise<ItemRow[]> {
  if (values.length === 0) return [];
  return db.insert(agendaItems).values(values).returning();
}

export async function updateItem(
  db: DbOrTx,
  meetingId: string,
  id: string,
  version: number,
  values: Partial<typeof agendaItems.$inferInsert>,
): Promise<ItemRow | undefined> {
  return updateVersioned(
    db,
    agendaItems,
    and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.id, id)) as SQL,
    version,
    values,
  );
}

export async function deleteItem(db: DbOrTx, meetingId: string, id: string): Promise<void> {
  await db.delete(agendaItems).where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.id, id)));
}

export async function setPositions(db: DbOrTx, meetingId: string, itemIds: string[]): Promise<void> {
  for (const [position, id] of itemIds.entries()) {
    await db
      .update(agendaItems)
      .set({ position })
      .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.id, id)));
  }
}

/** Which of these matters are on an agenda of a meeting that is not over. */
export async function findMattersOnOpenAgendas(db: DbOrTx, matterIds: string[]) {
  if (matterIds.length === 0) return [];
  return db
    .select({ matterId: agendaItems.matterId, meetingId: agendaItems.meetingId })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(
      and(
        inArray(agendaItems.matterId, matterIds),
        inArray(agendaItems.state, ['pending', 'in_progress']),
        inArray(meetings.state, ['planned', 'notified', 'in_progress']),
      ),
    );
}

/** The body's matters that may go on its agenda: ready for decision, or postponed. */
export async function findCandidateMatters(db: DbOrTx, municipalityId: string, bodyId: string) {
  return db
    .select({
      id: matters.id,
      registryNumber: matters.registryNumber,
      title: matters.title,
      type: matters.type,
      nature: matters.nature,
      state: matters.state,
      confidential: matters.confidential,
    })
    .from(matters)
    .where(
      and(
        eq(matters.municipalityId, municipalityId),
        eq(matters.responsibleBodyId, bodyId),
        inArray(matters.state, ['recommendation_ready', 'postponed']),
      ),
    )
    .orderBy(asc(matters.updatedAt));
}

// Participants ----------------------------------------------------------------------------------

export async function findParticipants(db: DbOrTx, meetingId: string): Promise<ParticipantRow[]> {
  return (
    db
      .select()
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meetingId))
      // Seats in rank (chair, vice chairs, members), then substitutes in their order.
      .orderBy(
        sql`case ${meetingParticipants.role} when 'chair' then 0 when 'first_vice_chair' then 1 when 'second_vice_chair' then 2 when 'member' then 3 else 4 end`,
        asc(meetingParticipants.listName),
        asc(meetingParticipants.substituteOrder),
        asc(meetingParticipants.id),
      )
  );
}

export async function insertParticipants(db: DbOrTx, values: (typeof meetingParticipants.$inferInsert)[]) {
  if (values.length === 0) return;
  await db.insert(meetingParticipants).values(values).onConflictDoNothing();
}

export async function updateParticipant(
  db: DbOrTx,
  id: string,
  values: Partial<typeof meetingParticipants.$inferInsert>,
): Promise<ParticipantRow | undefined> {
  const [row] = await db
    .update(meetingParticipants)
    .set({ ...values, updatedAt: new Date(), version: sql`${meetingParticipants.version} + 1` })
    .where(eq(meetingParticipants.id, id))
    .returning();
  return row;
}

export async function logAttendance(db: DbOrTx, values: typeof attendanceLog.$inferInsert): Promise<void> {
  await db.insert(attendanceLog).values(values);
}

// Conflicts, speakers, proposals, statements ----------------------------------------------------

export async function findConflicts(db: DbOrTx, meetingId: string): Promise<ConflictRow[]> {
  return db
    .select()
    .from(conflicts)
    .where(eq(conflicts.meetingId, meetingId))
    .orderBy(asc(conflicts.createdAt));
}

export async function upsertConflict(
  db: DbOrTx,
  values: typeof conflicts.$inferInsert,
): Promise<ConflictRow> {
  return one(
    await db
      .insert(conflicts)
      .values(values)
      .onConflictDoUpdate({
        target: [conflicts.agendaItemId, conflicts.personId],
        set: {
          reason: values.reason,
          status: values.status,
          raisedBy: values.raisedBy,
          ruledAt: null,
          updatedAt: new Date(),
          version: sql`${conflicts.version} + 1`,
        },
      })
      .returning(),
  );
}

export async function findConflict(db: DbOrTx, meetingId: string, id: string) {
  const [row] = await db
    .select()
    .from(conflicts)
    .where(and(eq(conflicts.meetingId, meetingId), eq(conflicts.id, id)));
  return row;
}

export async function updateConflict(db: DbOrTx, id: string, values: Partial<typeof conflicts.$inferInsert>) {
  const [row] = await db
    .update(conflicts)
    .set({ ...values, updatedAt: new Date(), version: sql`${conflicts.version} + 1` })
    .where(eq(conflicts.id, id))
    .returning();
  return row;
}

export async function findSpeakers(db: DbOrTx, meetingId: string): Promise<SpeakerRow[]> {
  return db
    .select()
    .from(speakers)
    .where(eq(speakers.meetingId, meetingId))
    .orderBy(asc(speakers.requestedAt));
}

export async function insertSpeaker(db: DbOrTx, values: typeof speakers.$inferInsert): Promise<SpeakerRow> {
  return one(await db.insert(speakers).values(values).returning());
}

export async function findSpeaker(db: DbOrTx, itemId: string, id: string) {
  const [row] = await db
    .select()
    .from(speakers)
    .where(and(eq(speakers.agendaItemId, itemId), eq(speakers.id, id)));
  return row;
}

export async function updateSpeaker(db: DbOrTx, id: string, values: Partial<typeof speakers.$inferInsert>) {
  await db.update(speakers).set(values).where(eq(speakers.id, id));
}

export async function deleteSpeaker(db: DbOrTx, id: string) {
  await db.delete(speakers).where(eq(speakers.id, id));
}

export async function findProposals(db: DbOrTx, meetingId: string): Promise<ProposalRow[]> {
  return db
    .select()
    .from(proposals)
    .where(eq(proposals.meetingId, meetingId))
    .orderBy(asc(proposals.createdAt));
}

export async function insertProposal(
  db: DbOrTx,
  values: typeof proposals.$inferInsert,
): Promise<ProposalRow> {
  return one(await db.insert(proposals).values(values).returning());
}

export async function updateProposals(
  db: DbOrTx,
  ids: string[],
  values: Partial<typeof proposals.$inferInsert>,
) {
  if (ids.length === 0) return;
  await db.update(proposals).set(values).where(inArray(proposals.id, ids));
}

export async function findStatements(db: DbOrTx, meetingId: string): Promise<StatementRow[]> {
  return db
    .select()
    .from(statements)
    .where(eq(statements.meetingId, meetingId))
    .orderBy(asc(statements.createdAt));
}

export async function insertStatement(
  db: DbOrTx,
  values: typeof statements.$inferInsert,
): Promise<StatementRow> {
  return one(await db.insert(statements).values(values).returning());
}

export async function findStatement(db: DbOrTx, meetingId: string, id: string) {
  const [row] = await db
    .select()
    .from(statements)
    .where(and(eq(statements.meetingId, meetingId), eq(statements.id, id)));
  return row;
}

export async function updateStatement(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<typeof statements.$inferInsert>,
) {
  return updateVersioned(db, statements, eq(statements.id, id), version, values);
}

// Votes -----------------------------------------------------------------------------------------

export async function findVotings(db: DbOrTx, meetingId: string): Promise<VotingRow[]> {
  return db.select().from(votings).where(eq(votings.meetingId, meetingId)).orderBy(asc(votings.round));
}

export async function findVoting(db: DbOrTx, meetingId: string, id: string, lock?: 'share' | 'update') {
  const query = db
    .select()
    .from(votings)
    .where(and(eq(votings.meetingId, meetingId), eq(votings.id, id)));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

export async function insertVoting(db: DbOrTx, values: typeof votings.$inferInsert): Promise<VotingRow> {
  return one(await db.insert(votings).values(values).returning());
}

export async function closeVoting(db: DbOrTx, id: string, values: Pick<VotingRow, 'closedAt' | 'result'>) {
  const [row] = await db
    .update(votings)
    .set(values)
    .where(and(eq(votings.id, id), isNull(votings.closedAt)))
    .returning();
  return row;
}

/** Records who voted; nothing when the person has voted already in this round. */
export async function insertCast(db: DbOrTx, values: typeof voteCasts.$inferInsert): Promise<boolean> {
  const rows = await db
    .insert(voteCasts)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: voteCasts.personId });
  return rows.length > 0;
}

export async function insertSecretBallot(db: DbOrTx, votingId: string, choice: string): Promise<void> {
  await db.insert(secretBallots).values({ votingId, choice });
}

export async function findCasts(db: DbOrTx, votingIds: string[]): Promise<CastRow[]> {
  if (votingIds.length === 0) return [];
  return db.select().from(voteCasts).where(inArray(voteCasts.votingId, votingIds));
}

export async function findSecretBallots(db: DbOrTx, votingId: string) {
  return db
    .select({ choice: secretBallots.choice })
    .from(secretBallots)
    .where(eq(secretBallots.votingId, votingId));
}

export async function countCasts(db: DbOrTx, votingId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(voteCasts).where(eq(voteCasts.votingId, votingId));
  return row?.n ?? 0;
}

export type VoteContext = {
  id: string;
  meeting_id: string;
  agenda_item_id: string;
  method: 'roll_call' | 'secret' | 'acclamation';
  option_ids: string[];
  eligible_person_ids: string[];
  closed_at: Date | null;
  public: boolean;
  election: boolean;
  exercise_of_authority: boolean;
  person_id: string | null;
  list_name: string | null;
  jurisdiction: 'se' | 'no';
};

/**
 * Everything a vote needs in one read, the round locked against closing while the vote is cast:
 * the round, its item's kind, the voter's person and list, and the municipality's law.
 */
export async function findVoteContext(
  db: DbOrTx,
  input: { municipalityId: string; meetingId: string; votingId: string } & (
    { userId: string | null } | { personId: string }
  ),
): Promise<VoteContext | undefined> {
  const voter = 'personId' in input ? sql`p.id = ${input.personId}` : sql`p.user_id = ${input.userId}`;
  const [row] = await selectRows<VoteContext>(
    db,
    sql`select v.id, v.meeting_id, v.agenda_item_id, v.method, v.option_ids, v.eligible_person_ids, v.closed_at,
          i.public, i.election, i.exercise_of_authority, p.id as person_id, mp.list_name, mu.jurisdiction
        from votings v
        join agenda_items i on i.id = v.agenda_item_id
        join municipalities mu on mu.id = v.municipality_id
        left join persons p on p.municipality_id = v.municipality_id and ${voter}
        left join meeting_participants mp on mp.meeting_id = v.meeting_id and mp.person_id = p.id
        where v.id = ${input.votingId} and v.meeting_id = ${input.meetingId} and v.municipality_id = ${input.municipalityId}
        order by p.created_at nulls last
        limit 1
        for share of v`,
  );
  return row;
}

// Notes -----------------------------------------------------------------------------------------

export async function findNotes(db: DbOrTx, userId: string, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select()
    .from(privateNotes)
    .where(and(eq(privateNotes.userId, userId), inArray(privateNotes.agendaItemId, itemIds)));
}

export async function saveNote(db: DbOrTx, userId: string, itemId: string, text: string, version: number) {
  if (version === 0) {
    const [row] = await db
      .insert(privateNotes)
      .values({ userId, agendaItemId: itemId, text })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  return updateVersioned(
    db,
    privateNotes,
    and(eq(privateNotes.userId, userId), eq(privateNotes.agendaItemId, itemId)) as SQL,
    version,
    { text },
  );
}

// Minutes ---------------------------------------------------------------------------------------

/** An approval item still to be handled at a meeting that is still to be held. */
const openApprovalItem = sql`a.state in ('pending', 'in_progress') and n.state in ('planned', 'notified', 'in_progress')`;

/**
 * Meetings of a body, before `before`, whose minutes await approval at a meeting and are on no
 * agenda still to be handled: an approval postponed, left pending at a closed meeting, on a cancelled
 * meeting's agenda, or not approved, goes to the next meeting again.
 */
export async function findMinutesAwaitingApproval(
  db: DbOrTx,
  bodyId: string,
  before: Date,
): Promise<MeetingRow[]> {
  return db
    .select(getTableColumns(meetings))
    .from(meetings)
    .innerJoin(minutes, eq(minutes.meetingId, meetings.id))
    .where(
      and(
        eq(meetings.bodyId, bodyId),
        eq(minutes.state, 'signing'),
        eq(minutes.approval, 'next_meeting'),
        lt(meetings.startsAt, before),
        sql`not exists (select 1 from agenda_items a join meetings n on n.id = a.meeting_id
          where a.approves_meeting_id = ${meetings.id} and ${openApprovalItem})`,
      ),
    )
    .orderBy(asc(meetings.startsAt));
}

/** The meeting whose agenda has the approval of this meeting's minutes, to be handled or approved there. */
export async function findApprovingMeeting(db: DbOrTx, meetingId: string): Promise<MeetingRow | undefined> {
  const [row] = await db
    .select(getTableColumns(meetings))
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(minutes, eq(minutes.meetingId, meetingId))
    .where(
      and(
        eq(agendaItems.approvesMeetingId, meetingId),
        or(
          and(
            inArray(agendaItems.state, ['pending', 'in_progress']),
            inArray(meetings.state, ['planned', 'notified', 'in_progress']),
          ),
          and(eq(agendaItems.state, 'decided'), eq(minutes.state, 'signed')),
        ),
      ),
    )
    .orderBy(desc(meetings.startsAt))
    .limit(1);
  return row;
}

/** The body's next decision meeting after `after` that has not begun: where approvals of minutes go. */
export async function findNextMeeting(
  db: DbOrTx,
  bodyId: string,
  after: Date,
): Promise<MeetingRow | undefined> {
  const [row] = await db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.bodyId, bodyId),
        eq(meetings.kind, 'decision'),
        inArray(meetings.state, ['planned', 'notified']),
        gt(meetings.startsAt, after),
      ),
    )
    .orderBy(asc(meetings.startsAt))
    .limit(1);
  return row;
}

export async function findMinutes(db: DbOrTx, meetingId: string, lock = false) {
  const query = db.select().from(minutes).where(eq(minutes.meetingId, meetingId));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertMinutes(db: DbOrTx, values: typeof minutes.$inferInsert): Promise<MinutesRow> {
  return one(await db.insert(minutes).values(values).returning());
}

export async function updateMinutes(
  db: DbOrTx,
  meetingId: string,
  version: number,
  values: Partial<typeof minutes.$inferInsert>,
): Promise<MinutesRow | undefined> {
  return updateVersioned(db, minutes, eq(minutes.meetingId, meetingId), version, values);
}

export async function insertRevision(db: DbOrTx, values: typeof minutesRevisions.$inferInsert) {
  await db.insert(minutesRevisions).values(values);
}

export async function findRevisions(db: DbOrTx, meetingId: string) {
  return db
    .select({
      version: minutesRevisions.version,
      editedBy: minutesRevisions.editedByLabel,
      editedAt: minutesRevisions.editedAt,
    })
    .from(minutesRevisions)
    .where(eq(minutesRevisions.meetingId, meetingId))
    .orderBy(asc(minutesRevisions.id));
}

export async function findSignatures(db: DbOrTx, meetingId: string): Promise<SignatureRow[]> {
  return db
    .select()
    .from(minutesSignatures)
    .where(eq(minutesSignatures.meetingId, meetingId))
    .orderBy(asc(minutesSignatures.signedAt));
}

export async function insertSignature(db: DbOrTx, values: typeof minutesSignatures.$inferInsert) {
  const rows = await db.insert(minutesSignatures).values(values).onConflictDoNothing().returning();
  return rows[0];
}

// Notice board ----------------------------------------------------------------------------------

export async function insertNotice(
  db: DbOrTx,
  values: typeof notices.$inferInsert,
): Promise<NoticeRow | undefined> {
  const [row] = await db.insert(notices).values(values).onConflictDoNothing().returning();
  return row;
}

export type NoticeListRow = NoticeRow & {
  bodyId: string;
  bodyName: string;
  startsAt: Date;
  signedOn: string | null;
};

export async function listNotices(
  db: DbOrTx,
  municipalityId: string,
  filter: { current?: string; archivedBefore?: string; id?: string },
): Promise<NoticeListRow[]> {
  const rows = await db
    .select({
      notice: notices,
      bodyId: bodies.id,
      bodyName: bodies.name,
      startsAt: meetings.startsAt,
      signedOn: minutes.signedOn,
    })
    .from(notices)
    .innerJoin(meetings, eq(meetings.id, notices.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(minutes, eq(minutes.meetingId, notices.meetingId))
    .where(
      and(
        eq(notices.municipalityId, municipalityId),
        filter.current ? gte(notices.deadlineOn, filter.current) : undefined,
        filter.archivedBefore ? lt(notices.deadlineOn, filter.archivedBefore) : undefined,
        filter.id ? eq(notices.id, filter.id) : undefined,
      ),
    )
    .orderBy(desc(notices.postedAt))
    .limit(500);
  return rows.map((r) => ({
    ...r.notice,
    bodyId: r.bodyId,
    bodyName: r.bodyName,
    startsAt: r.startsAt,
    signedOn: r.signedOn,
  }));
}

export async function deleteNotice(db: DbOrTx, municipalityId: string, id: string) {
  await db.delete(notices).where(and(eq(notices.municipalityId, municipalityId), eq(notices.id, id)));
}

// Live events -----------------------------------------------------------------------------------

export async function insertEvent(db: DbOrTx, values: typeof meetingEvents.$inferInsert): Promise<EventRow> {
  return one(await db.insert(meetingEvents).values(values).returning());
}

export async function findEventsAfter(db: DbOrTx, meetingId: string, afterId: number, limit = 1000) {
  return db
    .select()
    .from(meetingEvents)
    .where(and(eq(meetingEvents.meetingId, meetingId), gt(meetingEvents.id, afterId)))
    .orderBy(asc(meetingEvents.id))
    .limit(limit);
}

export async function findLastEventId(db: DbOrTx, meetingId: string): Promise<number> {
  const [row] = await db
    .select({ id: sql<number>`coalesce(max(${meetingEvents.id}), 0)::bigint` })
    .from(meetingEvents)
    .where(eq(meetingEvents.meetingId, meetingId));
  return Number(row?.id ?? 0);
}

// Statistics ------------------------------------------------------------------------------------

export async function findTerm(
  db: DbOrTx,
  municipalityId: string,
  termId: string | undefined,
  today: string,
) {
  const [row] = await db
    .select()
    .from(terms)
    .where(
      and(
        eq(terms.municipalityId, municipalityId),
        termId ? eq(terms.id, termId) : and(lte(terms.startsOn, today), gte(terms.endsOn, today)),
      ),
    )
    .limit(1);
  return row;
}

export type BodyTimeRow = {
  body_id: string;
  body_name: string;
  body_kind: string;
  meetings: number;
  seconds: number;
  strategic: number;
  operational: number;
  other: number;
};

/** Per body: held meetings, their length, and item time by the nature of the matter. */
export async function findTimeByBody(db: DbOrTx, municipalityId: string, from: Date, to: Date) {
  return selectRows<BodyTimeRow>(
    db,
    sql`
      with held as (
        select m.id, m.body_id, extract(epoch from (coalesce(m.closed_at, m.ends_at) - coalesce(m.opened_at, m.starts_at))) as seconds
        from meetings m
        where m.municipality_id = ${municipalityId} and m.state = 'closed'
          and m.starts_at >= ${from.toISOString()} and m.starts_at < ${to.toISOString()}
      ),
      item_time as (
        select h.body_id,
          sum(case when mt.nature = 'strategic' then extract(epoch from (i.ended_at - i.started_at)) else 0 end) as strategic,
          sum(case when mt.nature = 'operational' then extract(epoch from (i.ended_at - i.started_at)) else 0 end) as operational,
          sum(case when mt.id is null then extract(epoch from (i.ended_at - i.started_at)) else 0 end) as other
        from held h
        join agenda_items i on i.meeting_id = h.id and i.started_at is not null and i.ended_at is not null
        left join matters mt on mt.id = i.matter_id
        group by h.body_id
      )
      select b.id as body_id, b.name as body_name, b.kind as body_kind,
        count(h.id)::int as meetings, coalesce(sum(h.seconds), 0)::float as seconds,
        coalesce(max(t.strategic), 0)::float as strategic, coalesce(max(t.operational), 0)::float as operational,
        coalesce(max(t.other), 0)::float as other
      from held h
      join bodies b on b.id = h.body_id
      left join item_time t on t.body_id = h.body_id
      group by b.id, b.name, b.kind
      order by b.name`,
  );
}

export type AttendanceRow = {
  person_id: string;
  person_name: string;
  party: string | null;
  body_id: string;
  body_name: string;
  attended: number;
  called: number;
};

/** Per member and body: meetings attended, of those they were called to (absence reported included). */
export async function findAttendanceByMember(db: DbOrTx, municipalityId: string, from: Date, to: Date) {
  return selectRows<AttendanceRow>(
    db,
    sql`
      select p.id as person_id, p.name as person_name, p.party, b.id as body_id, b.name as body_name,
        count(*) filter (where mp.present or exists (
          select 1 from attendance_log l where l.meeting_id = m.id and l.person_id = p.id and l.present))::int as attended,
        count(*) filter (where mp.status <> 'not_called')::int as called
      from meeting_participants mp
      join meetings m on m.id = mp.meeting_id
      join persons p on p.id = mp.person_id
      join bodies b on b.id = m.body_id
      where m.municipality_id = ${municipalityId} and m.state = 'closed'
        and m.starts_at >= ${from.toISOString()} and m.starts_at < ${to.toISOString()}
        and (mp.role <> 'substitute' or mp.status = 'called_in')
      group by p.id, p.name, p.party, b.id, b.name
      order by b.name, p.name`,
  );
}
