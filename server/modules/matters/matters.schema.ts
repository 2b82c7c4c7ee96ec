import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  customType,
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
  assignmentStates,
  commissioners,
  deadlineKinds,
  deadlineStatuses,
  documentDirections,
  journalStatuses,
  matterNatures,
  matterStates,
  matterTypes,
  type RecommendationSection,
} from '../../../common/matters.ts';
import { users } from '../accounts/accounts.schema.ts';
import { municipalities } from '../municipalities/municipalities.schema.ts';
import { bodies, persons } from '../organisation/organisation.schema.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const regconfig = customType<{ data: string }>({ dataType: () => 'regconfig' });

const municipalityId = () =>
  uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id, { onDelete: 'cascade' });
const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

export type RecommendationTemplateItem = { key: RecommendationSection; required: boolean };

/** The municipality's registry settings: number format and the recommendation template. */
export const matterSettings = pgTable('matter_settings', {
  municipalityId: uuid('municipality_id')
    .primaryKey()
    .references(() => municipalities.id, { onDelete: 'cascade' }),
  /** Tokens: {prefix} {yyyy} {yy} {n} {n5} (sequence padded to five digits). */
  numberFormat: text('number_format').notNull(),
  numberPrefix: text('number_prefix').notNull().default(''),
  recommendationTemplate: jsonb('recommendation_template').$type<RecommendationTemplateItem[]>().notNull(),
  dueSoonDays: integer('due_soon_days').notNull().default(30),
  ...timestamps(),
});

/** Running numbers per municipality, year and series ('matter' numbers, 'journal' entries). */
export const registrySequences = pgTable(
  'registry_sequences',
  {
    municipalityId: municipalityId(),
    series: text('series').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.series, t.year] })],
);

/** A matter (ärende / sak; OParl Paper; Noark 5 saksmappe). */
export const matters = pgTable(
  'matters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    registryNumber: text('registry_number').notNull(),
    title: text('title').notNull(),
    /** What the public sees when the matter is confidential; equal to the title otherwise. */
    publicTitle: text('public_title').notNull(),
    description: text('description').notNull().default(''),
    type: text('type', { enum: matterTypes }).notNull(),
    nature: text('nature', { enum: matterNatures }).notNull(),
    classification: text('classification'),
    state: text('state', { enum: matterStates }).notNull().default('registered'),
    /** The body that is to decide the matter. */
    responsibleBodyId: uuid('responsible_body_id').references(() => bodies.id, { onDelete: 'set null' }),
    responsiblePersonId: uuid('responsible_person_id').references(() => persons.id, {
      onDelete: 'set null',
    }),
    /** Who raised it: a council member's motion, a citizen's proposal, a unit. */
    initiatorName: text('initiator_name'),
    initiatorPersonId: uuid('initiator_person_id').references(() => persons.id, { onDelete: 'set null' }),
    receivedOn: date('received_on').notNull(),
    decidedOn: date('decided_on'),
    closedOn: date('closed_on'),
    confidential: boolean('confidential').notNull().default(false),
    confidentialityGround: text('confidentiality_ground'),
    /** Preparation (beredning / saksforberedelse). */
    preparingBodyId: uuid('preparing_body_id').references(() => bodies.id, { onDelete: 'set null' }),
    preparingPersonId: uuid('preparing_person_id').references(() => persons.id, { onDelete: 'set null' }),
    /** Sweden: the executive board's statement on a council matter (KL 5 kap. 28 §). */
    boardStatement: text('board_statement'),
    boardStatementOn: date('board_statement_on'),
    /** Norway: the director's confirmation that the matter is properly investigated (§ 13-1). */
    investigatedOn: date('investigated_on'),
    investigatedBy: text('investigated_by'),
    /** A report-back matter points to the matter and the assignment it reports on. */
    originMatterId: uuid('origin_matter_id'),
    originAssignmentId: uuid('origin_assignment_id'),
    searchConfig: regconfig('search_config').notNull(),
    search: tsvector('search').generatedAlwaysAs(
      sql`setweight(to_tsvector(search_config, coalesce(registry_number, '') || ' ' || title), 'A') || setweight(to_tsvector(search_config, description), 'B')`,
    ),
    /** What public search may match: the public title alone when the matter is confidential. */
    publicSearch: tsvector('public_search').generatedAlwaysAs(
      sql`case when confidential then setweight(to_tsvector(search_config, registry_number || ' ' || public_title), 'A') else setweight(to_tsvector(search_config, registry_number || ' ' || public_title), 'A') || setweight(to_tsvector(search_config, description), 'B') end`,
    ),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('matters_number_key').on(t.municipalityId, t.year, t.sequence),
    uniqueIndex('matters_registry_number_key').on(t.municipalityId, t.registryNumber),
    index('matters_state_idx').on(t.municipalityId, t.state),
    index('matters_body_idx').on(t.responsibleBodyId),
    index('matters_person_idx').on(t.responsiblePersonId),
    index('matters_search_idx').using('gin', t.search),
    index('matters_public_search_idx').using('gin', t.publicSearch),
    index('matters_title_trgm_idx').using('gin', sql`lower(${t.title}) gin_trgm_ops`),
    index('matters_public_title_trgm_idx').using('gin', sql`lower(${t.publicTitle}) gin_trgm_ops`),
    /** Public search leaves out a confidential matter's documents without reading every matter. */
    index('matters_confidential_idx')
      .on(t.municipalityId)
      .where(sql`${t.confidential}`),
    check(
      'matters_confidential_ground',
      sql`not ${t.confidential} or coalesce(length(${t.confidentialityGround}), 0) > 0`,
    ),
  ],
);

/** A registered document in a matter (handling / journalpost). */
export const matterDocuments = pgTable(
  'matter_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    /** Running number within the matter (löpnummer / dokumentnummer). */
    number: integer('number').notNull(),
    /** Journal year and sequence (Noark 5 journalår, journalsekvensnummer). */
    journalYear: integer('journal_year').notNull(),
    journalSequence: integer('journal_sequence').notNull(),
    direction: text('direction', { enum: documentDirections }).notNull(),
    status: text('status', { enum: journalStatuses }).notNull().default('registered'),
    documentDate: date('document_date').notNull(),
    registeredOn: date('registered_on').notNull(),
    /** The sender of an incoming document, the recipient of an outgoing one. */
    correspondent: text('correspondent'),
    description: text('description').notNull(),
    publicDescription: text('public_description').notNull(),
    confidential: boolean('confidential').notNull().default(false),
    confidentialityGround: text('confidentiality_ground'),
    searchConfig: regconfig('search_config').notNull(),
    search: tsvector('search').generatedAlwaysAs(
      sql`setweight(to_tsvector(search_config, description), 'A') || setweight(to_tsvector(search_config, coalesce(correspondent, '')), 'C')`,
    ),
    publicSearch: tsvector('public_search').generatedAlwaysAs(
      sql`case when confidential then to_tsvector(search_config, public_description) else setweight(to_tsvector(search_config, description), 'A') end`,
    ),
    registeredBy: uuid('registered_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('matter_documents_number_key').on(t.matterId, t.number),
    uniqueIndex('matter_documents_journal_key').on(t.municipalityId, t.journalYear, t.journalSequence),
    index('matter_documents_search_idx').using('gin', t.search),
    index('matter_documents_public_search_idx').using('gin', t.publicSearch),
    check(
      'matter_documents_confidential_ground',
      sql`not ${t.confidential} or coalesce(length(${t.confidentialityGround}), 0) > 0`,
    ),
  ],
);

/** A file of a document, stored by the file store and checked by its SHA-256. */
export const matterFiles = pgTable(
  'matter_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => matterDocuments.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('matter_files_document_idx').on(t.documentId)],
);

/** The official's recommendation (tjänsteskrivelse / saksframlegg), one per matter. */
export const recommendations = pgTable('recommendations', {
  matterId: uuid('matter_id')
    .primaryKey()
    .references(() => matters.id, { onDelete: 'cascade' }),
  municipalityId: municipalityId(),
  sections: jsonb('sections').$type<Partial<Record<RecommendationSection, string>>>().notNull(),
  authorPersonId: uuid('author_person_id').references(() => persons.id, { onDelete: 'set null' }),
  ...timestamps(),
});

/** A decision recorded on a matter (beslut / vedtak). Meetings will record these too. */
export const matterDecisions = pgTable(
  'matter_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'restrict' }),
    decidedOn: date('decided_on').notNull(),
    text: text('text').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('matter_decisions_matter_idx').on(t.matterId)],
);

/** An assignment (uppdrag / bestilling) given by a decision. */
export const assignments = pgTable(
  'assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    decisionId: uuid('decision_id').references(() => matterDecisions.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    commissionedBy: text('commissioned_by', { enum: commissioners }).notNull(),
    commissioningBodyId: uuid('commissioning_body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'restrict' }),
    assigneePersonId: uuid('assignee_person_id').references(() => persons.id, { onDelete: 'set null' }),
    assigneeUnitId: uuid('assignee_unit_id').references(() => bodies.id, { onDelete: 'set null' }),
    dueOn: date('due_on').notNull(),
    reportBackRequired: boolean('report_back_required').notNull().default(true),
    state: text('state', { enum: assignmentStates }).notNull().default('open'),
    report: text('report'),
    reportedOn: date('reported_on'),
    reportedBy: uuid('reported_by').references(() => users.id, { onDelete: 'set null' }),
    reportMatterId: uuid('report_matter_id').references(() => matters.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    index('assignments_matter_idx').on(t.matterId),
    index('assignments_body_idx').on(t.municipalityId, t.commissioningBodyId, t.state),
    check('assignments_assignee', sql`${t.assigneePersonId} is not null or ${t.assigneeUnitId} is not null`),
  ],
);

/** A deadline on a matter: a legal one from the rule pack, or one a user set. */
export const matterDeadlines = pgTable(
  'matter_deadlines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityId(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: deadlineKinds }).notNull(),
    label: text('label').notNull(),
    /** The legal source of a legal deadline (e.g. "KL 5 kap. 35 §"). */
    source: text('source'),
    dueOn: date('due_on').notNull(),
    status: text('status', { enum: deadlineStatuses }).notNull().default('open'),
    closedOn: date('closed_on'),
    ...timestamps(),
  },
  (t) => [
    index('matter_deadlines_open_idx').on(t.municipalityId, t.status, t.dueOn),
    index('matter_deadlines_matter_idx').on(t.matterId),
  ],
);

/** A body's ranked list of politically prioritised matters. */
export const matterPriorities = pgTable(
  'matter_priorities',
  {
    municipalityId: municipalityId(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    rank: integer('rank').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.matterId] }),
    uniqueIndex('matter_priorities_rank_key').on(t.bodyId, t.rank),
  ],
);

/** The version of each body's priority list, for optimistic locking of the list as a whole. */
export const priorityLists = pgTable('priority_lists', {
  bodyId: uuid('body_id')
    .primaryKey()
    .references(() => bodies.id, { onDelete: 'cascade' }),
  municipalityId: municipalityId(),
  version: integer('version').notNull().default(1),
});

/** One matter's timeline: every change, in order, with who made it. */
export const matterEvents = pgTable(
  'matter_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    municipalityId: municipalityId(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    actorLabel: text('actor_label').notNull(),
    kind: text('kind').notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    reason: text('reason'),
    /** Whether the event may be shown on the public page (never for confidential documents). */
    public: boolean('public').notNull().default(true),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('matter_events_matter_idx').on(t.matterId, t.id)],
);
