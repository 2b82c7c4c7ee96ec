import { and, asc, eq, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { oidcFlows, oidcIdentities, oidcProviders, sessions, signInFailures } from './auth.schema.ts';

export type SessionRow = typeof sessions.$inferSelect;
export type ProviderRow = typeof oidcProviders.$inferSelect;
export type FailureRow = typeof signInFailures.$inferSelect;

export async function insertSession(db: DbOrTx, values: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(values);
}

export async function findSession(db: DbOrTx, id: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  return row;
}

export async function touchSession(db: DbOrTx, id: string, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: new Date(), expiresAt }).where(eq(sessions.id, id));
}

export async function deleteSession(db: DbOrTx, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteSessionsOfUser(db: DbOrTx, userId: string): Promise<number> {
  const rows = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return rows.length;
}

export async function deleteExpired(db: DbOrTx, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  await db.delete(oidcFlows).where(lt(oidcFlows.expiresAt, now));
  // Failure counts older than a day no longer lock anything.
  await db
    .delete(signInFailures)
    .where(lt(signInFailures.firstFailureAt, new Date(now.getTime() - 86_400_000)));
}

export async function findFailures(db: DbOrTx, email: string): Promise<FailureRow | undefined> {
  const [row] = await db.select().from(signInFailures).where(eq(signInFailures.email, email));
  return row;
}

export async function saveFailures(db: DbOrTx, row: FailureRow): Promise<void> {
  await db
    .insert(signInFailures)
    .values(row)
    .onConflictDoUpdate({
      target: signInFailures.email,
      set: { failures: row.failures, firstFailureAt: row.firstFailureAt, lockedUntil: row.lockedUntil },
    });
}

export async function clearFailures(db: DbOrTx, email: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.email, email));
}

export async function findProviders(db: DbOrTx, municipalityId: string): Promise<ProviderRow[]> {
  return db
    .select()
    .from(oidcProviders)
    .where(eq(oidcProviders.municipalityId, municipalityId))
    .orderBy(asc(oidcProviders.displayName));
}

export async function findProvider(
  db: DbOrTx,
  municipalityId: string,
  slug: string,
): Promise<ProviderRow | undefined> {
  const [row] = await db
    .select()
    .from(oidcProviders)
    .where(and(eq(oidcProviders.municipalityId, municipalityId), eq(oidcProviders.slug, slug)));
  return row;
}

export async function findProviderById(db: DbOrTx, id: string): Promise<ProviderRow | undefined> {
  const [row] = await db.select().from(oidcProviders).where(eq(oidcProviders.id, id));
  return row;
}

export async function insertProvider(
  db: DbOrTx,
  values: typeof oidcProviders.$inferInsert,
): Promise<ProviderRow> {
  const [row] = await db.insert(oidcProviders).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function deleteProvider(db: DbOrTx, municipalityId: string, id: string) {
  const [row] = await db
    .delete(oidcProviders)
    .where(and(eq(oidcProviders.id, id), eq(oidcProviders.municipalityId, municipalityId)))
    .returning();
  return row;
}

export async function insertFlow(db: DbOrTx, values: typeof oidcFlows.$inferInsert): Promise<void> {
  await db.insert(oidcFlows).values(values);
}

/** Takes a pending flow out, so that a state can be used once only. */
export async function takeFlow(db: DbOrTx, state: string) {
  const [row] = await db.delete(oidcFlows).where(eq(oidcFlows.state, state)).returning();
  return row;
}

export async function findIdentity(db: DbOrTx, providerId: string, subject: string) {
  const [row] = await db
    .select()
    .from(oidcIdentities)
    .where(and(eq(oidcIdentities.providerId, providerId), eq(oidcIdentities.subject, subject)));
  return row;
}

export async function insertIdentity(db: DbOrTx, values: typeof oidcIdentities.$inferInsert) {
  await db.insert(oidcIdentities).values(values).onConflictDoNothing();
}
