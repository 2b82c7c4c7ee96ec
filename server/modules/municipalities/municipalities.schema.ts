import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const municipalities = pgTable(
  'municipalities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    jurisdiction: text('jurisdiction', { enum: ['se', 'no'] }).notNull(),
    /** SCB kommunkod (Sweden) or kommunenummer (Norway): four digits. */
    code: text('code').notNull(),
    population: integer('population').notNull(),
    defaultLocale: text('default_locale', { enum: ['sv', 'nb', 'nn', 'en'] }).notNull(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('municipalities_slug_key').on(t.slug),
    uniqueIndex('municipalities_jurisdiction_code_key').on(t.jurisdiction, t.code),
    check('municipalities_code_format', sql`${t.code} ~ '^[0-9]{4}$'`),
    check('municipalities_population_nonnegative', sql`${t.population} >= 0`),
  ],
);
