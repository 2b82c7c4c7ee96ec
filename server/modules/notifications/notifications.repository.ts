import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { users } from '../accounts/accounts.schema.ts';
import { notifications } from './notifications.schema.ts';

export type NotificationRow = typeof notifications.$inferSelect;

/** Inserts a notification unless one with the same dedupe key exists; returns it when new. */
export async function insertNotification(db: DbOrTx, values: typeof notifications.$inferInsert) {
  const [row] = await db.insert(notifications).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findRecipient(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ email: users.email, locale: users.locale, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

export async function markEmailed(db: DbOrTx, id: string) {
  await db.update(notifications).set({ emailedAt: new Date() }).where(eq(notifications.id, id));
}

export async function findNotifications(db: DbOrTx, userId: string, municipalityId: string) {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.municipalityId, municipalityId)))
    .orderBy(desc(notifications.createdAt))
    .limit(100);
}

export async function markRead(db: DbOrTx, id: string, userId: string, municipalityId: string) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(
      and(
        eq(notifications.id, id),
        eq(notifications.userId, userId),
        eq(notifications.municipalityId, municipalityId),
      ),
    )
    .returning({ id: notifications.id });
  return row;
}

export async function countUnread(db: DbOrTx, userId: string, municipalityId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.municipalityId, municipalityId),
        isNull(notifications.readAt),
      ),
    );
  return row?.n ?? 0;
}
