import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { BodyKind, RoleType } from '../../../common/organisation.ts';
import type { DbOrTx } from '../../db/client.ts';
import { bodies, memberships, persons, positions, roleDescriptions, terms } from './organisation.schema.ts';

export type TermRow = typeof terms.$inferSelect;
export type BodyRow = typeof bodies.$inferSelect;
export type PersonRow = typeof persons.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;
export type PositionRow = typeof positions.$inferSelect;
export type RoleDescriptionRow = typeof roleDescriptions.$inferSelect;

const bumpVersion = <T extends { version: unknown }>(table: T) => sql`${table.version} + 1`;

/** Serialises changes to one body's composition until the transaction ends. */
export async function lockBody(db: DbOrTx, bodyId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`body:${bodyId}`}))`);
}

/** Serialises changes to the municipality's director position until the transaction ends. */
export async function lockPositions(db: DbOrTx, municipalityId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`positions:${municipalityId}`}))`);
}

// Terms

export async function findTerms(db: DbOrTx, municipalityId: string): Promise<TermRow[]> {
  return db
    .select()
    .from(terms)
    .where(eq(terms.municipalityId, municipalityId))
    .orderBy(desc(terms.startsOn));
}

export async function findTerm(db: DbOrTx, municipalityId: string, id: string): Promise<TermRow | undefined> {
  const [row] = await db
    .select()
    .from(terms)
    .where(and(eq(terms.municipalityId, municipalityId), eq(terms.id, id)));
  return row;
}

export async function insertTerm(db: DbOrTx, values: typeof terms.$inferInsert): Promise<TermRow> {
  const [row] = await db.insert(terms).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateTerm(
  db: DbOrTx,
  municipalityId: string,
  id: string,
  version: number,
  patch: Partial<Pick<TermRow, 'name' | 'startsOn' | 'endsOn' | 'constitutedOn'>>,
): Promise<TermRow | undefined> {
  const [row] = await db
    .update(terms)
    .set({ ...patch, updatedAt: new Date(), version: bumpVersion(terms) })
    .where(and(eq(terms.municipalityId, municipalityId), eq(terms.id, id), eq(terms.version, version)))
    .returning();
  return row;
}

// Bodies

export async function findBodies(db: DbOrTx, municipalityId: string, kind?: BodyKind): Promise<BodyRow[]> {
  return db
    .select()
    .from(bodies)
    .where(and(eq(bodies.municipalityId, municipalityId), kind ? eq(bodies.kind, kind) : undefined))
    .orderBy(asc(bodies.name));
}

export async function findBody(db: DbOrTx, municipalityId: string, id: string): Promise<BodyRow | undefined> {
  const [row] = await db
    .select()
    .from(bodies)
    .where(and(eq(bodies.municipalityId, municipalityId), eq(bodies.id, id)));
  return row;
}

export async function findBodyByName(
  db: DbOrTx,
  municipalityId: string,
  name: string,
): Promise<BodyRow | undefined> {
  const [row] = await db
    .select()
    .from(bodies)
    .where(
      and(eq(bodies.municipalityId, municipalityId), sql`lower(${bodies.name}) = ${name.toLowerCase()}`),
    );
  return row;
}

export async function insertBody(db: DbOrTx, values: typeof bodies.$inferInsert): Promise<BodyRow> {
  const [row] = await db.insert(bodies).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateBody(
  db: DbOrTx,
  municipalityId: string,
  id: string,
  version: number,
  patch: Partial<typeof bodies.$inferInsert>,
): Promise<BodyRow | undefined> {
  const [row] = await db
    .update(bodies)
    .set({ ...patch, updatedAt: new Date(), version: bumpVersion(bodies) })
    .where(and(eq(bodies.municipalityId, municipalityId), eq(bodies.id, id), eq(bodies.version, version)))
    .returning();
  return row;
}

// Persons

export async function findPersons(db: DbOrTx, municipalityId: string, query?: string): Promise<PersonRow[]> {
  return db
    .select()
    .from(persons)
    .where(
      and(
        eq(persons.municipalityId, municipalityId),
        query ? or(ilike(persons.name, `%${query}%`), ilike(persons.party, `%${query}%`)) : undefined,
      ),
    )
    .orderBy(asc(persons.name))
    .limit(500);
}

export async function findPerson(
  db: DbOrTx,
  municipalityId: string,
  id: string,
): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(persons)
    .where(and(eq(persons.municipalityId, municipalityId), eq(persons.id, id)));
  return row;
}

export async function findPersonsByIds(
  db: DbOrTx,
  municipalityId: string,
  ids: string[],
): Promise<PersonRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(persons)
    .where(and(eq(persons.municipalityId, municipalityId), inArray(persons.id, ids)));
}

export async function insertPerson(db: DbOrTx, values: typeof persons.$inferInsert): Promise<PersonRow> {
  const [row] = await db.insert(persons).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updatePerson(
  db: DbOrTx,
  municipalityId: string,
  id: string,
  version: number,
  patch: Partial<typeof persons.$inferInsert>,
): Promise<PersonRow | undefined> {
  const [row] = await db
    .update(persons)
    .set({ ...patch, updatedAt: new Date(), version: bumpVersion(persons) })
    .where(and(eq(persons.municipalityId, municipalityId), eq(persons.id, id), eq(persons.version, version)))
    .returning();
  return row;
}

// Memberships

export type MembershipWithPerson = MembershipRow & { person: PersonRow };

export async function findMembershipsOfBody(
  db: DbOrTx,
  municipalityId: string,
  bodyId: string,
): Promise<MembershipWithPerson[]> {
  const rows = await db
    .select({ membership: memberships, person: persons })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(and(eq(memberships.municipalityId, municipalityId), eq(memberships.bodyId, bodyId)))
    .orderBy(asc(memberships.startsOn), asc(persons.name));
  return rows.map((r) => ({ ...r.membership, person: r.person }));
}

/** Every membership in the municipality, with its person, in body and start order. */
export async function findMembershipsOfMunicipality(
  db: DbOrTx,
  municipalityId: string,
): Promise<MembershipWithPerson[]> {
  const rows = await db
    .select({ membership: memberships, person: persons })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(eq(memberships.municipalityId, municipalityId))
    .orderBy(asc(memberships.bodyId), asc(memberships.startsOn), asc(persons.name));
  return rows.map((r) => ({ ...r.membership, person: r.person }));
}

export async function findMembershipsOfPerson(db: DbOrTx, municipalityId: string, personId: string) {
  return db
    .select({ membership: memberships, body: bodies, term: terms })
    .from(memberships)
    .innerJoin(bodies, eq(bodies.id, memberships.bodyId))
    .leftJoin(terms, eq(terms.id, memberships.termId))
    .where(and(eq(memberships.municipalityId, municipalityId), eq(memberships.personId, personId)))
    .orderBy(desc(memberships.startsOn));
}

export async function findMembership(
  db: DbOrTx,
  municipalityId: string,
  id: string,
): Promise<MembershipWithPerson | undefined> {
  const [row] = await db
    .select({ membership: memberships, person: persons })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(and(eq(memberships.municipalityId, municipalityId), eq(memberships.id, id)));
  return row ? { ...row.membership, person: row.person } : undefined;
}

export async function insertMemberships(
  db: DbOrTx,
  values: Array<typeof memberships.$inferInsert>,
): Promise<MembershipRow[]> {
  if (values.length === 0) return [];
  return db.insert(memberships).values(values).returning();
}

export async function deleteMemberships(db: DbOrTx, municipalityId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .delete(memberships)
    .where(and(eq(memberships.municipalityId, municipalityId), inArray(memberships.id, ids)));
}

export async function endMembership(
  db: DbOrTx,
  municipalityId: string,
  id: string,
  version: number,
  patch: { endsOn: string; endReason: string | null },
): Promise<MembershipRow | undefined> {
  const [row] = await db
    .update(memberships)
    .set({ ...patch, updatedAt: new Date(), version: bumpVersion(memberships) })
    .where(
      and(
        eq(memberships.municipalityId, municipalityId),
        eq(memberships.id, id),
        eq(memberships.version, version),
      ),
    )
    .returning();
  return row;
}

/** Every seat in political bodies with the person's gender and birth year, for statistics. */
export async function findSeatsForStatistics(db: DbOrTx, municipalityId: string) {
  return db
    .select({
      termId: memberships.termId,
      bodyId: bodies.id,
      bodyName: bodies.name,
      bodyKind: bodies.kind,
      role: memberships.role,
      personId: persons.id,
      gender: persons.gender,
      birthYear: persons.birthYear,
    })
    .from(memberships)
    .innerJoin(bodies, eq(bodies.id, memberships.bodyId))
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(eq(memberships.municipalityId, municipalityId));
}

// Positions

export type PositionWithNames = PositionRow & { personName: string; unitName: string | null };

export async function findPositions(
  db: DbOrTx,
  municipalityId: string,
  personId?: string,
): Promise<PositionWithNames[]> {
  const rows = await db
    .select({ position: positions, personName: persons.name, unitName: bodies.name })
    .from(positions)
    .innerJoin(persons, eq(persons.id, positions.personId))
    .leftJoin(bodies, eq(bodies.id, positions.unitId))
    .where(
      and(
        eq(positions.municipalityId, municipalityId),
        personId ? eq(positions.personId, personId) : undefined,
      ),
    )
    .orderBy(asc(positions.kind), desc(positions.startsOn));
  return rows.map((r) => ({ ...r.position, personName: r.personName, unitName: r.unitName }));
}

export async function findPosition(
  db: DbOrTx,
  municipalityId: string,
  id: string,
): Promise<PositionRow | undefined> {
  const [row] = await db
    .select()
    .from(positions)
    .where(and(eq(positions.municipalityId, municipalityId), eq(positions.id, id)));
  return row;
}

export async function findPositionsOfKind(db: DbOrTx, municipalityId: string, kind: PositionRow['kind']) {
  return db
    .select()
    .from(positions)
    .where(and(eq(positions.municipalityId, municipalityId), eq(positions.kind, kind)));
}

export async function insertPosition(
  db: DbOrTx,
  values: typeof positions.$inferInsert,
): Promise<PositionRow> {
  const [row] = await db.insert(positions).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function endPosition(
  db: DbOrTx,
  municipalityId: string,
  id: string,
  version: number,
  endsOn: string,
): Promise<PositionRow | undefined> {
  const [row] = await db
    .update(positions)
    .set({ endsOn, updatedAt: new Date(), version: bumpVersion(positions) })
    .where(
      and(eq(positions.municipalityId, municipalityId), eq(positions.id, id), eq(positions.version, version)),
    )
    .returning();
  return row;
}

// Role descriptions

export async function findRoleDescriptions(
  db: DbOrTx,
  municipalityId: string,
  roleType?: RoleType,
): Promise<RoleDescriptionRow[]> {
  return db
    .select()
    .from(roleDescriptions)
    .where(
      and(
        eq(roleDescriptions.municipalityId, municipalityId),
        roleType ? eq(roleDescriptions.roleType, roleType) : undefined,
      ),
    )
    .orderBy(asc(roleDescriptions.roleType), desc(roleDescriptions.versionNo));
}

export async function insertRoleDescription(
  db: DbOrTx,
  values: Omit<typeof roleDescriptions.$inferInsert, 'versionNo'>,
): Promise<RoleDescriptionRow> {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`role-description:${values.municipalityId}:${values.roleType}`}))`,
  );
  const [latest] = await db
    .select({ n: sql<number>`coalesce(max(${roleDescriptions.versionNo}), 0)::int` })
    .from(roleDescriptions)
    .where(
      and(
        eq(roleDescriptions.municipalityId, values.municipalityId),
        eq(roleDescriptions.roleType, values.roleType),
      ),
    );
  const [row] = await db
    .insert(roleDescriptions)
    .values({ ...values, versionNo: (latest?.n ?? 0) + 1 })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}
