import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { matters } from '../matters/matters.schema.ts';
import { municipalities } from '../municipalities/municipalities.schema.ts';

const municipalityId = () =>
  uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id, { onDelete: 'cascade' });

/** Messages to a person in the app (reminders of deadlines, assignments). */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** Makes a reminder idempotent: the same key is never notified twice. */
    dedupeKey: text('dedupe_key').notNull(),
    matterId: uuid('matter_id').references(() => matters.id, { onDelete: 'cascade' }),
    values: jsonb('values').$type<Record<string, string | number>>().notNull().default({}),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_key').on(t.userId, t.dedupeKey),
    index('notifications_user_idx').on(t.userId, t.createdAt),
  ],
);
