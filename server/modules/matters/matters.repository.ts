import { and, asc, desc, eq, inArray, isNull, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { finalStates, type MatterState } from '../../../common/matters.ts';
import { selectRows, type DbOrTx } from '../../db/client.ts';
import { agendaItems, meetingParticipants, meetings, minutes } from '../meetings/meetings.schema.ts';
import { bodies, persons, positions } from '../organisation/organisation.schema.ts';
import {
  assignments,
  matterDecisions,
  matterDeadlines,
  matterDocuments,
  matterEvents,
  matterFiles,
  matterPriorities,
  matterSettings,
  matters,
  priorityLists,
  recommendations,
  registrySequences,
} from './matters.schema.ts';

export type SettingsRow = typeof matterSettings.$inferSelect;
export type MatterRow = typeof matters.$inferSelect;
export type DocumentRow = typeof matterDocuments.$inferSelect;
export type FileRow = typeof matterFiles.$inferSelect;
export type RecommendationRow = typeof recommendations.$inferSelect;
export type DecisionRow = typeof matterDecisions.$inferSelect;
export type AssignmentRow = typeof assignments.$inferSelect;
export type DeadlineRow = typeof matterDeadlines.$inferSelect;
export type EventRow = typeof matterEvents.$inferSelect;

const bump = <T extends { version: unknown }>(table: T) => sql`${table.version} + 1`;
const one = <T>(rows: T[]): T => {
  const [row] = rows;
  if (!row) throw new Error('insert returned no row');
  return row;
};

// Settings and numbers --------------------------------------------------------------------------

export async function findSettings(db: DbOrTx, municipalityId: string): Promise<SettingsRow | undefined> {
  const [row] = await db
    .select()
    .from(matterSettings)
    .where(eq(matterSettings.municipalityId, municipalityId));
  return row;
}

/**
 * Saves the settings if the version is the one stored (0: none stored yet, the defaults apply);
 * returns nothing when someone changed them first.
 */
export async function saveSettings(
  db: DbOrTx,
  municipalityId: string,
  version: number,
  values: Omit<typeof matterSettings.$inferInsert, 'municipalityId' | 'version'>,
): Promise<SettingsRow | undefined> {
  if (version === 0) {
    const [row] = await db
      .insert(matterSettings)
      .values({ ...values, municipalityId })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  const [row] = await db
    .update(matterSettings)
    .set({ ...values, updatedAt: new Date(), version: bump(matterSettings) })
    .where(and(eq(matterSettings.municipalityId, municipalityId), eq(matterSettings.version, version)))
    .returning();
  return row;
}

/** The next number in a series for a year; the row lock serialises concurrent registrations. */
export async function nextSequence(
  db: DbOrTx,
  municipalityId: string,
  series: 'matter' | 'journal',
  year: number,
): Promise<number> {
  const [row] = await db
    .insert(registrySequences)
    .values({ municipalityId, series, year, last: 1 })
    .onConflictDoUpdate({
      target: [registrySequences.municipalityId, registrySequences.series, registrySequences.year],
      set: { last: sql`${registrySequences.last} + 1` },
    })
    .returning({ last: registrySequences.last });
  if (!row) throw new Error('sequence returned no row');
  return row.last;
}

/** The last number used in a series for a year, without taking one. */
export async function peekSequence(
  db: DbOrTx,
  municipalityId: string,
  series: 'matter' | 'journal',
  year: number,
): Promise<number> {
  const [row] = await db
    .select({ last: registrySequences.last })
    .from(registrySequences)
    .where(
      and(
        eq(registrySequences.municipalityId, municipalityId),
        eq(registrySequences.series, series),
        eq(registrySequences.year, year),
      ),
    );
  return row?.last ?? 0;
}

// Matters ---------------------------------------------------------------------------------------

const responsibleBody = alias(bodies, 'responsible_body');
const responsiblePerson = alias(persons, 'responsible_person');

/** The open deadline that falls first, per matter. */
const nextDeadline = sql<string | null>`(
  select min(d.due_on)::text from ${matterDeadlines} d where d.matter_id = ${matters.id} and d.status = 'open'
)`;

const summaryColumns = {
  matter: matters,
  bodyName: responsibleBody.name,
  personName: responsiblePerson.name,
  nextDeadline,
};

export type MatterSummaryRow = {
  matter: MatterRow;
  bodyName: string | null;
  personName: string | null;
  nextDeadline: string | null;
};

function summaryQuery(db: DbOrTx) {
  return db
    .select(summaryColumns)
    .from(matters)
    .leftJoin(responsibleBody, eq(responsibleBody.id, matters.responsibleBodyId))
    .leftJoin(responsiblePerson, eq(responsiblePerson.id, matters.responsiblePersonId));
}

export async function insertMatter(db: DbOrTx, values: typeof matters.$inferInsert): Promise<MatterRow> {
  return one(await db.insert(matters).values(values).returning());
}

export async function findMatter(
  db: DbOrTx,
  municipalityId: string,
  id: string,
): Promise<MatterRow | undefined> {
  const [row] = await db
    .select()
    .from(matters)
    .where(and(eq(matters.municipalityId, municipalityId), eq(matters.id, id)));
  return row;
}

/**
 * Whether the user's person is called to a meeting (member, substitute or called in) that has the
 * matter on its agenda, from the notice until the minutes are signed: those who are to decide it
 * read it in full.
 */
export async function isCalledToDecide(
  db: DbOrTx,
  input: { municipalityId: string; matterId: string; userId: string },
): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(meetingParticipants, eq(meetingParticipants.meetingId, meetings.id))
    .innerJoin(persons, eq(persons.id, meetingParticipants.personId))
    .leftJoin(minutes, eq(minutes.meetingId, meetings.id))
    .where(
      and(
        eq(agendaItems.municipalityId, input.municipalityId),
        eq(agendaItems.matterId, input.matterId),
        // From the notice until the minutes are signed: while they are to decide it.
        or(
          inArray(meetings.state, ['notified', 'in_progress']),
          and(eq(meetings.state, 'closed'), sql`coalesce(${minutes.state}, 'draft') <> 'signed'`),
        ),
        eq(persons.municipalityId, input.municipalityId),
        eq(persons.userId, input.userId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Reads a matter and locks its row until the transaction ends (numbering its documents, transitions). */
export async function lockMatter(
  db: DbOrTx,
  municipalityId: string,
  id: string,
): Promise<MatterRow | undefined> {
  const [row] = await db
    .select()
    .from(matters)
    .where(and(eq(matters.municipalityId, municipalityId), eq(matters.id, id)))
    .for('update');
  return row;
}

export async function findMatterSummaries(
  db: DbOrTx,
  municipalityId: string,
  ids: string[],
): Promise<MatterSummaryRow[]> {
  if (ids.length === 0) return [];
  return summaryQuery(db).where(and(eq(matters.municipalityId, municipalityId), inArray(matters.id, ids)));
}

export type MatterFilter = {
  bodyId?: string;
  personId?: string;
  type?: MatterRow['type'];
  state?: MatterState;
  nature?: MatterRow['nature'];
  year?: number;
  openOnly?: boolean;
};

function matterConditions(municipalityId: string, f: MatterFilter): SQL | undefined {
  return and(
    eq(matters.municipalityId, municipalityId),
    f.bodyId ? eq(matters.responsibleBodyId, f.bodyId) : undefined,
    f.personId ? eq(matters.responsiblePersonId, f.personId) : undefined,
    f.type ? eq(matters.type, f.type) : undefined,
    f.state ? eq(matters.state, f.state) : undefined,
    f.nature ? eq(matters.nature, f.nature) : undefined,
    f.year ? eq(matters.year, f.year) : undefined,
    f.openOnly ? notInArray(matters.state, [...finalStates]) : undefined,
  );
}

export async function listMatters(
  db: DbOrTx,
  municipalityId: string,
  filter: MatterFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: MatterSummaryRow[]; total: number }> {
  const where = matterConditions(municipalityId, filter);
  const rows = await summaryQuery(db)
    .where(where)
    .orderBy(desc(matters.year), desc(matters.sequence))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(matters)
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

export async function updateMatter(
  db: DbOrTx,
  municipalityId: string,
  id: string,
  version: number,
  patch: Partial<typeof matters.$inferInsert>,
): Promise<MatterRow | undefined> {
  const [row] = await db
    .update(matters)
    .set({ ...patch, updatedAt: new Date(), version: bump(matters) })
    .where(and(eq(matters.municipalityId, municipalityId), eq(matters.id, id), eq(matters.version, version)))
    .returning();
  return row;
}

/** Matters ready for a body's agenda: the recommendation is ready and the body is to decide. */
export async function findReadyMatters(db: DbOrTx, municipalityId: string, bodyId: string) {
  return summaryQuery(db)
    .where(
      and(
        eq(matters.municipalityId, municipalityId),
        eq(matters.responsibleBodyId, bodyId),
        eq(matters.state, 'recommendation_ready'),
      ),
    )
    .orderBy(asc(matters.updatedAt));
}

// Names -----------------------------------------------------------------------------------------

export async function findBodyNames(db: DbOrTx, municipalityId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, { name: string; kind: string }>();
  const rows = await db
    .select({ id: bodies.id, name: bodies.name, kind: bodies.kind })
    .from(bodies)
    .where(and(eq(bodies.municipalityId, municipalityId), inArray(bodies.id, ids)));
  return new Map(rows.map((r) => [r.id, { name: r.name, kind: r.kind }]));
}

export async function findPersonNames(db: DbOrTx, municipalityId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: persons.id, name: persons.name })
    .from(persons)
    .where(and(eq(persons.municipalityId, municipalityId), inArray(persons.id, ids)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The person a user account is in this municipality, if any. */
export async function findPersonIdForUser(db: DbOrTx, municipalityId: string, userId: string) {
  const [row] = await db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.municipalityId, municipalityId), eq(persons.userId, userId)));
  return row?.id ?? null;
}

/** The units (departments, units) a person currently heads or works in, by their positions. */
export async function findUnitsOfPerson(db: DbOrTx, municipalityId: string, personId: string, today: string) {
  const rows = await db
    .select({ unitId: positions.unitId })
    .from(positions)
    .where(
      and(
        eq(positions.municipalityId, municipalityId),
        eq(positions.personId, personId),
        lte(positions.startsOn, today),
        or(isNull(positions.endsOn), sql`${positions.endsOn} >= ${today}`),
      ),
    );
  return rows.flatMap((r) => (r.unitId ? [r.unitId] : []));
}

/** The user accounts of people, for reminders. */
export async function findUsersOfPersons(db: DbOrTx, municipalityId: string, personIds: string[]) {
  if (personIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: persons.id, userId: persons.userId })
    .from(persons)
    .where(and(eq(persons.municipalityId, municipalityId), inArray(persons.id, personIds)));
  return new Map(rows.flatMap((r) => (r.userId ? [[r.id, r.userId] as const] : [])));
}

/** The people with positions in these units today (department heads and case officers), per unit. */
export async function findPeopleOfUnits(
  db: DbOrTx,
  municipalityId: string,
  unitIds: string[],
  today: string,
) {
  if (unitIds.length === 0) return [];
  return db
    .select({ unitId: positions.unitId, personId: positions.personId, kind: positions.kind })
    .from(positions)
    .where(
      and(
        eq(positions.municipalityId, municipalityId),
        inArray(positions.unitId, unitIds),
        lte(positions.startsOn, today),
        or(isNull(positions.endsOn), sql`${positions.endsOn} >= ${today}`),
      ),
    );
}

// Documents and files ---------------------------------------------------------------------------

export async function nextDocumentNumber(db: DbOrTx, matterId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${matterDocuments.number}), 0)::int + 1` })
    .from(matterDocuments)
    .where(eq(matterDocuments.matterId, matterId));
  return row?.n ?? 1;
}

export async function insertDocument(db: DbOrTx, values: typeof matterDocuments.$inferInsert) {
  return one(await db.insert(matterDocuments).values(values).returning());
}

export async function findDocuments(db: DbOrTx, matterId: string): Promise<DocumentRow[]> {
  return db
    .select()
    .from(matterDocuments)
    .where(eq(matterDocuments.matterId, matterId))
    .orderBy(asc(matterDocuments.number));
}

export async function findDocumentsByIds(db: DbOrTx, ids: string[]): Promise<DocumentRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(matterDocuments).where(inArray(matterDocuments.id, ids));
}

export async function findDocument(db: DbOrTx, municipalityId: string, matterId: string, id: string) {
  const [row] = await db
    .select()
    .from(matterDocuments)
    .where(
      and(
        eq(matterDocuments.municipalityId, municipalityId),
        eq(matterDocuments.matterId, matterId),
        eq(matterDocuments.id, id),
      ),
    );
  return row;
}

export async function updateDocument(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof matterDocuments.$inferInsert>,
): Promise<DocumentRow | undefined> {
  const [row] = await db
    .update(matterDocuments)
    .set({ ...patch, updatedAt: new Date(), version: bump(matterDocuments) })
    .where(and(eq(matterDocuments.id, id), eq(matterDocuments.version, version)))
    .returning();
  return row;
}

export async function insertFile(db: DbOrTx, values: typeof matterFiles.$inferInsert): Promise<FileRow> {
  return one(await db.insert(matterFiles).values(values).returning());
}

export async function findFilesOfDocuments(db: DbOrTx, documentIds: string[]): Promise<FileRow[]> {
  if (documentIds.length === 0) return [];
  return db
    .select()
    .from(matterFiles)
    .where(inArray(matterFiles.documentId, documentIds))
    .orderBy(asc(matterFiles.createdAt));
}

/** A file with the document and matter it belongs to, for deciding who may read it. */
export async function findFileWithParents(db: DbOrTx, municipalityId: string, fileId: string) {
  const [row] = await db
    .select({ file: matterFiles, document: matterDocuments, matter: matters })
    .from(matterFiles)
    .innerJoin(matterDocuments, eq(matterDocuments.id, matterFiles.documentId))
    .innerJoin(matters, eq(matters.id, matterDocuments.matterId))
    .where(and(eq(matterFiles.municipalityId, municipalityId), eq(matterFiles.id, fileId)));
  return row;
}

// Recommendation --------------------------------------------------------------------------------

export async function findRecommendation(
  db: DbOrTx,
  matterId: string,
): Promise<RecommendationRow | undefined> {
  const [row] = await db.select().from(recommendations).where(eq(recommendations.matterId, matterId));
  return row;
}

export async function insertRecommendation(db: DbOrTx, values: typeof recommendations.$inferInsert) {
  const [row] = await db.insert(recommendations).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateRecommendation(
  db: DbOrTx,
  matterId: string,
  version: number,
  patch: Partial<typeof recommendations.$inferInsert>,
): Promise<RecommendationRow | undefined> {
  const [row] = await db
    .update(recommendations)
    .set({ ...patch, updatedAt: new Date(), version: bump(recommendations) })
    .where(and(eq(recommendations.matterId, matterId), eq(recommendations.version, version)))
    .returning();
  return row;
}

// Decisions -------------------------------------------------------------------------------------

export async function insertDecision(db: DbOrTx, values: typeof matterDecisions.$inferInsert) {
  return one(await db.insert(matterDecisions).values(values).returning());
}

export async function findDecisions(db: DbOrTx, matterId: string): Promise<DecisionRow[]> {
  return db
    .select()
    .from(matterDecisions)
    .where(eq(matterDecisions.matterId, matterId))
    .orderBy(asc(matterDecisions.decidedOn), asc(matterDecisions.createdAt));
}

// Assignments -----------------------------------------------------------------------------------

export async function insertAssignment(db: DbOrTx, values: typeof assignments.$inferInsert) {
  return one(await db.insert(assignments).values(values).returning());
}

export async function findAssignment(db: DbOrTx, municipalityId: string, id: string) {
  const [row] = await db
    .select()
    .from(assignments)
    .where(and(eq(assignments.municipalityId, municipalityId), eq(assignments.id, id)));
  return row;
}

export type AssignmentFilter = {
  id?: string;
  matterId?: string;
  bodyId?: string;
  unitIds?: string[];
  personId?: string;
  /** Carried out by this person, or by one of these units. */
  assignee?: { personId: string | null; unitIds: string[] };
  state?: AssignmentRow['state'];
  dueBefore?: string;
};

export async function listAssignments(db: DbOrTx, municipalityId: string, f: AssignmentFilter) {
  const assigneeCondition = f.assignee
    ? or(
        f.assignee.personId ? eq(assignments.assigneePersonId, f.assignee.personId) : sql`false`,
        f.assignee.unitIds.length > 0 ? inArray(assignments.assigneeUnitId, f.assignee.unitIds) : sql`false`,
      )
    : undefined;
  return db
    .select({
      assignment: assignments,
      registryNumber: matters.registryNumber,
      matterTitle: matters.title,
      matterPublicTitle: matters.publicTitle,
      matterConfidential: matters.confidential,
    })
    .from(assignments)
    .innerJoin(matters, eq(matters.id, assignments.matterId))
    .where(
      and(
        eq(assignments.municipalityId, municipalityId),
        f.id ? eq(assignments.id, f.id) : undefined,
        f.matterId ? eq(assignments.matterId, f.matterId) : undefined,
        f.bodyId ? eq(assignments.commissioningBodyId, f.bodyId) : undefined,
        f.unitIds ? inArray(assignments.assigneeUnitId, f.unitIds) : undefined,
        f.personId ? eq(assignments.assigneePersonId, f.personId) : undefined,
        assigneeCondition,
        f.state ? eq(assignments.state, f.state) : undefined,
        f.dueBefore ? sql`${assignments.dueOn} < ${f.dueBefore}` : undefined,
      ),
    )
    .orderBy(asc(assignments.dueOn), asc(assignments.createdAt));
}

export async function updateAssignment(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof assignments.$inferInsert>,
): Promise<AssignmentRow | undefined> {
  const [row] = await db
    .update(assignments)
    .set({ ...patch, updatedAt: new Date(), version: bump(assignments) })
    .where(and(eq(assignments.id, id), eq(assignments.version, version)))
    .returning();
  return row;
}

// Deadlines -------------------------------------------------------------------------------------

export async function insertDeadline(db: DbOrTx, values: typeof matterDeadlines.$inferInsert) {
  return one(await db.insert(matterDeadlines).values(values).returning());
}

export async function findDeadline(db: DbOrTx, municipalityId: string, matterId: string, id: string) {
  const [row] = await db
    .select()
    .from(matterDeadlines)
    .where(
      and(
        eq(matterDeadlines.municipalityId, municipalityId),
        eq(matterDeadlines.matterId, matterId),
        eq(matterDeadlines.id, id),
      ),
    );
  return row;
}

export async function updateDeadline(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof matterDeadlines.$inferInsert>,
): Promise<DeadlineRow | undefined> {
  const [row] = await db
    .update(matterDeadlines)
    .set({ ...patch, updatedAt: new Date(), version: bump(matterDeadlines) })
    .where(and(eq(matterDeadlines.id, id), eq(matterDeadlines.version, version)))
    .returning();
  return row;
}

/** Closes every open legal deadline of a matter (it was decided, withdrawn or written off). */
export async function closeOpenDeadlines(
  db: DbOrTx,
  matterId: string,
  status: 'met' | 'void',
  on: string,
  kind?: 'legal' | 'custom',
) {
  return db
    .update(matterDeadlines)
    .set({ status, closedOn: on, updatedAt: new Date(), version: bump(matterDeadlines) })
    .where(
      and(
        eq(matterDeadlines.matterId, matterId),
        eq(matterDeadlines.status, 'open'),
        kind ? eq(matterDeadlines.kind, kind) : undefined,
      ),
    )
    .returning();
}

export type DeadlineListRow = {
  deadline: DeadlineRow;
  matter: MatterRow;
  bodyName: string | null;
  personName: string | null;
};

export async function listDeadlines(
  db: DbOrTx,
  municipalityId: string,
  f: {
    id?: string;
    matterId?: string;
    bodyId?: string;
    personId?: string;
    openOnly?: boolean;
    dueOnOrBefore?: string;
  },
): Promise<DeadlineListRow[]> {
  return db
    .select({
      deadline: matterDeadlines,
      matter: matters,
      bodyName: responsibleBody.name,
      personName: responsiblePerson.name,
    })
    .from(matterDeadlines)
    .innerJoin(matters, eq(matters.id, matterDeadlines.matterId))
    .leftJoin(responsibleBody, eq(responsibleBody.id, matters.responsibleBodyId))
    .leftJoin(responsiblePerson, eq(responsiblePerson.id, matters.responsiblePersonId))
    .where(
      and(
        eq(matterDeadlines.municipalityId, municipalityId),
        f.id ? eq(matterDeadlines.id, f.id) : undefined,
        f.matterId ? eq(matterDeadlines.matterId, f.matterId) : undefined,
        f.bodyId ? eq(matters.responsibleBodyId, f.bodyId) : undefined,
        f.personId ? eq(matters.responsiblePersonId, f.personId) : undefined,
        f.openOnly ? eq(matterDeadlines.status, 'open') : undefined,
        f.dueOnOrBefore ? lte(matterDeadlines.dueOn, f.dueOnOrBefore) : undefined,
      ),
    )
    .orderBy(asc(matterDeadlines.dueOn));
}

// Priorities ------------------------------------------------------------------------------------

export async function findPriorityVersion(db: DbOrTx, bodyId: string): Promise<number> {
  const [row] = await db
    .select({ version: priorityLists.version })
    .from(priorityLists)
    .where(eq(priorityLists.bodyId, bodyId));
  return row?.version ?? 0;
}

export async function findPriorities(db: DbOrTx, bodyId: string) {
  return db
    .select({ matterId: matterPriorities.matterId, rank: matterPriorities.rank })
    .from(matterPriorities)
    .where(eq(matterPriorities.bodyId, bodyId))
    .orderBy(asc(matterPriorities.rank));
}

export async function findPriorityOfMatter(db: DbOrTx, matterId: string, bodyId: string | null) {
  if (!bodyId) return null;
  const [row] = await db
    .select({ rank: matterPriorities.rank })
    .from(matterPriorities)
    .where(and(eq(matterPriorities.matterId, matterId), eq(matterPriorities.bodyId, bodyId)));
  return row?.rank ?? null;
}

/** Replaces a body's list if its version is the one given; false when someone changed it first. */
export async function replacePriorities(
  db: DbOrTx,
  municipalityId: string,
  bodyId: string,
  version: number,
  matterIds: string[],
): Promise<boolean> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`priorities:${bodyId}`}))`);
  const current = await findPriorityVersion(db, bodyId);
  if (current !== version) return false;
  if (current === 0) await db.insert(priorityLists).values({ bodyId, municipalityId, version: 1 });
  else
    await db
      .update(priorityLists)
      .set({ version: current + 1 })
      .where(eq(priorityLists.bodyId, bodyId));
  await db.delete(matterPriorities).where(eq(matterPriorities.bodyId, bodyId));
  if (matterIds.length > 0) {
    await db
      .insert(matterPriorities)
      .values(matterIds.map((matterId, i) => ({ municipalityId, bodyId, matterId, rank: i + 1 })));
  }
  return true;
}

/** A matter leaves every priority list when nothing more is to be decided on it. */
export async function removeFromPriorities(db: DbOrTx, matterId: string) {
  await db.delete(matterPriorities).where(eq(matterPriorities.matterId, matterId));
}

// Timeline --------------------------------------------------------------------------------------

export async function insertEvent(db: DbOrTx, values: typeof matterEvents.$inferInsert) {
  await db.insert(matterEvents).values(values);
}

export async function findEvents(db: DbOrTx, matterId: string, publicOnly: boolean): Promise<EventRow[]> {
  return db
    .select()
    .from(matterEvents)
    .where(and(eq(matterEvents.matterId, matterId), publicOnly ? eq(matterEvents.public, true) : undefined))
    .orderBy(asc(matterEvents.id));
}

// Search ----------------------------------------------------------------------------------------

export type SearchRow = {
  kind: 'matter' | 'document';
  matter_id: string;
  document_id: string | null;
  rank: number;
  headline: string;
};

/** Marks the words found in a snippet; control characters never occur in stored text. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

/**
 * How many candidates each part of a search ranks: the most recently registered matters and
 * documents that match. A word found in more places than this is ranked among its most recent
 * occurrences, which keeps a search for a common word as fast as one for a rare word.
 */
export const SEARCH_CANDIDATES = 500;

/**
 * Ranked full-text search over matters and documents (generated tsvector, GIN index) with the
 * municipality's stemming, plus typo-tolerant title matching (pg_trgm word similarity). Public
 * search reads only the public vectors and public text, and never a confidential matter's
 * documents. Snippets are made for the page of hits only.
 *
 * Each part ranks at most SEARCH_CANDIDATES candidates, the most recent first. Typo-tolerant title
 * matches rank below every single-word match, so they are looked for only when the words found
 * do not fill the page (and so are all there are); they never repeat a matter the words found.
 */
export async function searchMatters(
  db: DbOrTx,
  input: {
    municipalityId: string;
    config: 'swedish' | 'norwegian';
    q: string;
    publicOnly: boolean;
    filter: MatterFilter;
    limit: number;
    offset: number;
  },
): Promise<SearchRow[]> {
  const { municipalityId, config, q, publicOnly, filter, limit, offset } = input;
  // Written out at each use (not read from a CTE) so the planner sees the words and estimates how
  // many rows match: a rare word is read through the GIN index, a common one in registration order.
  const query = sql`websearch_to_tsquery(${config}::regconfig, ${q})`;
  const mVector = publicOnly ? sql.raw('m.public_search') : sql.raw('m.search');
  const dVector = publicOnly ? sql.raw('d.public_search') : sql.raw('d.search');
  const title = publicOnly ? sql.raw('m.public_title') : sql.raw('m.title');
  const matterFilters = [
    filter.bodyId ? sql`m.responsible_body_id = ${filter.bodyId}` : undefined,
    filter.personId ? sql`m.responsible_person_id = ${filter.personId}` : undefined,
    filter.type ? sql`m.type = ${filter.type}` : undefined,
    filter.state ? sql`m.state = ${filter.state}` : undefined,
    filter.year ? sql`m.year = ${filter.year}` : undefined,
    filter.openOnly ? sql`m.state not in ('closed', 'withdrawn', 'written_off')` : undefined,
  ].filter((c): c is SQL => c !== undefined);
  const filters = sql.join([sql`m.municipality_id = ${municipalityId}`, ...matterFilters], sql` and `);
  // A document is in its matter's municipality: the matter is read only to filter by it, and a
  // confidential matter's documents are left out of public search by the matters index.
  const documents =
    matterFilters.length > 0
      ? sql`matter_documents d join matters m on m.id = d.matter_id and ${filters}${publicOnly ? sql` and not m.confidential` : sql``}`
      : sql`matter_documents d`;
  const hiddenDocuments =
    publicOnly && matterFilters.length === 0
      ? sql`and not exists (select from matters c where c.id = d.matter_id and c.municipality_id = ${municipalityId} and c.confidential)`
      : sql``;
  const matterText = publicOnly
    ? sql`m.public_title || case when m.confidential then '' else E'\n' || m.description end`
    : sql`m.title || E'\n' || m.description`;
  const documentText = publicOnly
    ? sql`case when d.confidential then d.public_description else d.description end`
    : sql`d.description || coalesce(E'\n' || d.correspondent, '')`;
  const headlineOptions = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  const candidates = Math.max(SEARCH_CANDIDATES, offset + limit);
  const statement = sql`
    with found as (
      (select 'matter' as kind, m.id as matter_id, null::uuid as document_id,
              ts_rank_cd(${mVector}, ${query}) as rank
         from matters m
        where ${mVector} @@ ${query} and ${filters}
        order by m.year desc, m.sequence desc
        limit ${candidates})
      union all
      (select 'document', d.matter_id, d.id, ts_rank_cd(${dVector}, ${query}) * 0.9
         from ${documents}
        where d.municipality_id = ${municipalityId} and ${dVector} @@ ${query} ${hiddenDocuments}
        order by d.journal_year desc, d.journal_sequence desc
        limit ${candidates})
    ),
    fuzzy as (
      select 'matter' as kind, m.id as matter_id, null::uuid as document_id,
             word_similarity(lower(${q}), lower(${title})) * 0.05 as rank
        from matters m
       where (select count(*) from found) < ${offset + limit}
         and lower(${q}) <% lower(${title}) and ${filters}
         and m.id not in (select f.matter_id from found f where f.document_id is null)
       order by m.year desc, m.sequence desc
       limit ${candidates}
    ),
    hits as (select * from found union all select * from fuzzy),
    page as (
      select * from hits order by rank desc, matter_id, document_id nulls first limit ${limit} offset ${offset}
    )
    select p.kind, p.matter_id, p.document_id, p.rank::float8 as rank,
           case when p.document_id is null
             then ts_headline(${config}::regconfig, ${matterText}, ${query}, ${headlineOptions})
             else ts_headline(${config}::regconfig, ${documentText}, ${query}, ${headlineOptions})
           end as headline
      from page p
      join matters m on m.id = p.matter_id
      left join matter_documents d on d.id = p.document_id
     order by p.rank desc, p.matter_id, p.document_id nulls first`;
  return db.transaction(async (tx) => {
    // A search reads a bounded number of rows: starting parallel workers would cost more than it saves.
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    return selectRows<SearchRow>(tx, statement);
  });
}
