import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  bodyKinds,
  contactVisibilities,
  electionMethods,
  genders,
  membershipRoles,
  positionKinds,
  roleTypes,
  taskCommitteePowers,
} from '../../../common/organisation.ts';
import { users } from '../accounts/accounts.schema.ts';
import { municipalities } from '../municipalities/municipalities.schema.ts';

const municipalityId = () =>
  uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id, { onDelete: 'cascade' });
const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/** A term of office (mandatperiod / valgperiode). */
export const terms = pgTable(
  'terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    constitutedOn: date('constituted_on'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('terms_municipality_starts_key').on(t.municipalityId, t.startsOn),
    check('terms_dates', sql`${t.endsOn} > ${t.startsOn}`),
  ],
);

/** A body (OParl Organization): political bodies, the administration's units and companies. */
export const bodies = pgTable(
  'bodies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    kind: text('kind', { enum: bodyKinds }).notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    parentId: uuid('parent_id').references((): AnyPgColumn => bodies.id, { onDelete: 'restrict' }),
    canDecide: boolean('can_decide').notNull().default(false),
    electionMethod: text('election_method', { enum: electionMethods }),
    mandate: text('mandate'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    powers: text('powers', { enum: taskCommitteePowers }),
    ...timestamps(),
  },
  (t) => [
    index('bodies_municipality_idx').on(t.municipalityId, t.kind),
    uniqueIndex('bodies_municipality_name_key').on(t.municipalityId, sql`lower(${t.name})`),
    check('bodies_dates', sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    check(
      'bodies_task_committee',
      sql`${t.kind} <> 'task_committee' or (${t.mandate} is not null and ${t.startsOn} is not null and ${t.endsOn} is not null and ${t.powers} is not null)`,
    ),
  ],
);

/** A person (OParl Person): elected members, citizen members and officials. */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    name: text('name').notNull(),
    /** Self-declared; used only in aggregate statistics and the gender rule. */
    gender: text('gender', { enum: genders }),
    birthYear: integer('birth_year'),
    party: text('party'),
    email: text('email'),
    phone: text('phone'),
    emailVisibility: text('email_visibility', { enum: contactVisibilities }).notNull().default('internal'),
    phoneVisibility: text('phone_visibility', { enum: contactVisibilities }).notNull().default('internal'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    index('persons_municipality_idx').on(t.municipalityId, t.name),
    check('persons_birth_year', sql`${t.birthYear} is null or ${t.birthYear} between 1900 and 2100`),
  ],
);

/** A membership (OParl Membership): a person's seat or role in a body for a term. */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    termId: uuid('term_id').references(() => terms.id, { onDelete: 'restrict' }),
    role: text('role', { enum: membershipRoles }).notNull(),
    /** The party or list the seat belongs to (substitutes are ordered per list). */
    listName: text('list_name'),
    votingRight: boolean('voting_right').notNull().default(true),
    substituteOrder: integer('substitute_order'),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    endReason: text('end_reason'),
    ...timestamps(),
  },
  (t) => [
    index('memberships_body_idx').on(t.bodyId, t.termId),
    index('memberships_person_idx').on(t.personId),
    check('memberships_dates', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    check(
      'memberships_substitute_order',
      sql`(${t.role} = 'substitute') = (${t.substituteOrder} is not null)`,
    ),
  ],
);

/** A position in the administration: the director, department heads, case officers. */
export const positions = pgTable(
  'positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: positionKinds }).notNull(),
    unitId: uuid('unit_id').references(() => bodies.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    /** The director's instruction (KL 7 kap. 2 §; kommuneloven § 13-1): title, who adopted it, when. */
    instructionTitle: text('instruction_title'),
    instructionAdoptedBy: uuid('instruction_adopted_by').references(() => bodies.id, {
      onDelete: 'set null',
    }),
    instructionAdoptedOn: date('instruction_adopted_on'),
    ...timestamps(),
  },
  (t) => [
    index('positions_municipality_idx').on(t.municipalityId, t.kind),
    check('positions_dates', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);

export type RoleDescriptionText = { decides: string; leaves: string };

/** A versioned description of a role: what it decides, and what it leaves to the other side. */
export const roleDescriptions = pgTable(
  'role_descriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    roleType: text('role_type', { enum: roleTypes }).notNull(),
    versionNo: integer('version_no').notNull(),
    /** Texts per language; the municipality's default language is always present. */
    texts: jsonb('texts').$type<Record<string, RoleDescriptionText>>().notNull(),
    adoptedOn: date('adopted_on').notNull(),
    adoptedBy: uuid('adopted_by').references(() => bodies.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('role_descriptions_version_key').on(t.municipalityId, t.roleType, t.versionNo)],
);
