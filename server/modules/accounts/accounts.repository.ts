import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../../common/roles.ts';
import type { DbOrTx } from '../../db/client.ts';
import { municipalities } from '../municipalities/municipalities.schema.ts';
import { apiTokens, userRoles, users } from './accounts.schema.ts';

export type UserRow = typeof users.$inferSelect;
export type TokenRow = typeof apiTokens.$inferSelect;

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row;
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function insertUser(
  db: DbOrTx,
  values: { email: string; name: string; passwordHash: string | null },
): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateUser(
  db: DbOrTx,
  id: string,
  patch: Partial<Pick<UserRow, 'name' | 'locale' | 'passwordHash' | 'disabled'>>,
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...patch, updatedAt: new Date(), version: sql`${users.version} + 1` })
    .where(eq(users.id, id))
    .returning();
  return row;
}

export async function findRoles(db: DbOrTx, municipalityId: string, userId: string): Promise<Role[]> {
  const rows = await db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(and(eq(userRoles.municipalityId, municipalityId), eq(userRoles.userId, userId)))
    .orderBy(asc(userRoles.role));
  return rows.map((r) => r.role);
}

/** Every role the user holds, with the municipality it is held in. */
export async function findAllRolesOfUser(db: DbOrTx, userId: string) {
  return db
    .select({
      municipalityId: userRoles.municipalityId,
      slug: municipalities.slug,
      name: municipalities.name,
      jurisdiction: municipalities.jurisdiction,
      role: userRoles.role,
    })
    .from(userRoles)
    .innerJoin(municipalities, eq(municipalities.id, userRoles.municipalityId))
    .where(eq(userRoles.userId, userId))
    .orderBy(asc(municipalities.name), asc(userRoles.role));
}

export async function insertRoles(db: DbOrTx, municipalityId: string, userId: string, list: Role[]) {
  if (list.length === 0) return;
  await db
    .insert(userRoles)
    .values(list.map((role) => ({ municipalityId, userId, role })))
    .onConflictDoNothing();
}

export async function deleteRoles(db: DbOrTx, municipalityId: string, userId: string, list: Role[]) {
  if (list.length === 0) return;
  await db
    .delete(userRoles)
    .where(
      and(
        eq(userRoles.municipalityId, municipalityId),
        eq(userRoles.userId, userId),
        inArray(userRoles.role, list),
      ),
    );
}

/** Users holding any role in the municipality, with their roles there. */
export async function findUsersInMunicipality(db: DbOrTx, municipalityId: string) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      passwordHash: users.passwordHash,
      roles: sql<Role[]>`array_agg(${userRoles.role} order by ${userRoles.role})`,
    })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(eq(userRoles.municipalityId, municipalityId))
    .groupBy(users.id)
    .orderBy(asc(users.name));
}

export async function countRoleHolders(db: DbOrTx, municipalityId: string, role?: Role): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${userRoles.userId})::int` })
    .from(userRoles)
    .where(and(eq(userRoles.municipalityId, municipalityId), role ? eq(userRoles.role, role) : undefined));
  return row?.n ?? 0;
}

export async function insertToken(
  db: DbOrTx,
  values: Omit<typeof apiTokens.$inferInsert, 'id' | 'createdAt'>,
): Promise<TokenRow> {
  const [row] = await db.insert(apiTokens).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findTokensOfUser(db: DbOrTx, municipalityId: string, userId: string) {
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.municipalityId, municipalityId), eq(apiTokens.userId, userId)))
    .orderBy(asc(apiTokens.createdAt));
}

export async function findTokenByHash(db: DbOrTx, tokenHash: string): Promise<TokenRow | undefined> {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash));
  return row;
}

export async function revokeToken(db: DbOrTx, municipalityId: string, userId: string, tokenId: string) {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(apiTokens.id, tokenId),
        eq(apiTokens.municipalityId, municipalityId),
        eq(apiTokens.userId, userId),
        isNull(apiTokens.revokedAt),
      ),
    )
    .returning();
  return row;
}

export async function touchToken(db: DbOrTx, tokenId: string): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, tokenId));
}
