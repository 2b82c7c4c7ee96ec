import { z } from 'zod';
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
  recommendationSections,
} from '../../../common/matters.ts';

const municipality = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/);
const isoDate = z.iso.date().describe('A date, YYYY-MM-DD');
const version = z.number().int().positive().describe('The version you last read (optimistic locking)');
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const ref = z.object({ id: z.uuid(), name: z.string() });

export const matterIdParams = z.object({ municipality, matterId: z.uuid() });
export const documentIdParams = matterIdParams.extend({ documentId: z.uuid() });
export const fileIdParams = documentIdParams.extend({ fileId: z.uuid() });
export const publicMatterParams = matterIdParams;
export const publicFileParams = z.object({ municipality, fileId: z.uuid() });
export const assignmentIdParams = z.object({ municipality, assignmentId: z.uuid() });
export const deadlineIdParams = matterIdParams.extend({ deadlineId: z.uuid() });
export const matterBodyParams = z.object({ municipality, bodyId: z.uuid() });

// Settings --------------------------------------------------------------------------------------

const templateItem = z.object({ key: z.enum(recommendationSections), required: z.boolean() });

export const matterSettingsDto = z
  .object({
    numberFormat: z.string().describe('Tokens: {prefix} {yyyy} {yy} {n} {n5}'),
    numberPrefix: z.string(),
    example: z.string().describe('The number the next matter would get, as an example'),
    recommendationTemplate: z.array(templateItem),
    dueSoonDays: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'MatterSettings' });
export type MatterSettingsDto = z.infer<typeof matterSettingsDto>;

export const updateMatterSettingsBody = z
  .object({
    numberFormat: text(40)
      .refine((f) => f.includes('{n}') || f.includes('{n5}'), 'must contain {n} or {n5}')
      .refine((f) => /\{yyyy\}|\{yy\}/.test(f), 'must contain {yyyy} or {yy}')
      .optional(),
    numberPrefix: z.string().trim().max(12).optional(),
    recommendationTemplate: z
      .array(templateItem)
      .min(1)
      .refine((items) => new Set(items.map((i) => i.key)).size === items.length, 'each section once')
      .refine((items) => items.some((i) => i.key === 'proposed_decision' && i.required), {
        message: 'the proposed decision is always required',
      })
      .optional(),
    dueSoonDays: z.number().int().min(1).max(180).optional(),
    version: z.number().int().min(0).describe('0 while the country’s defaults apply'),
  })
  .strict();
export type UpdateMatterSettingsInput = z.infer<typeof updateMatterSettingsBody>;

// Matters ---------------------------------------------------------------------------------------

const matterFields = {
  title: text(300),
  publicTitle: optionalText(300).describe('Shown publicly instead of the title when confidential'),
  description: z.string().trim().max(20_000).optional(),
  type: z.enum(matterTypes),
  nature: z.enum(matterNatures).describe('strategic: politics decides "what"; operational: "how"'),
  classification: optionalText(40),
  responsibleBodyId: z.uuid().nullable().optional(),
  responsiblePersonId: z.uuid().nullable().optional(),
  initiatorName: optionalText(200),
  initiatorPersonId: z.uuid().nullable().optional(),
  receivedOn: isoDate.optional().describe('When it was raised or arrived; today if left out'),
  confidential: z.boolean().optional(),
  confidentialityGround: optionalText(200).describe(
    'Sweden: OSL chapter and section; Norway: offentleglova §',
  ),
};

export const createMatterBody = z.object(matterFields).strict();
export type CreateMatterInput = z.infer<typeof createMatterBody>;

export const updateMatterBody = z
  .object({
    ...matterFields,
    title: matterFields.title.optional(),
    type: matterFields.type.optional(),
    nature: matterFields.nature.optional(),
    version,
  })
  .strict();
export type UpdateMatterInput = z.infer<typeof updateMatterBody>;

export const mattersQuery = z.object({
  bodyId: z.uuid().optional(),
  personId: z.uuid().optional(),
  type: z.enum(matterTypes).optional(),
  state: z.enum(matterStates).optional(),
  nature: z.enum(matterNatures).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  open: z
    .enum(['true', 'false'])
    .optional()
    .describe('Only matters that are not closed, withdrawn or written off'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type MattersQuery = z.infer<typeof mattersQuery>;

export const matterListItemDto = z
  .object({
    id: z.uuid(),
    registryNumber: z.string(),
    title: z.string().describe('The public title when the matter is confidential and you may not see it'),
    type: z.enum(matterTypes),
    nature: z.enum(matterNatures),
    state: z.enum(matterStates),
    confidential: z.boolean(),
    receivedOn: z.string(),
    responsibleBody: ref.nullable(),
    responsiblePerson: ref.nullable(),
    nextDeadline: z.string().nullable().describe('The earliest open deadline'),
  })
  .meta({ id: 'MatterListItem' });
export type MatterListItemDto = z.infer<typeof matterListItemDto>;

export const matterListDto = z.object({
  items: z.array(matterListItemDto),
  total: z.number().int(),
});

export const transitionOptionDto = z.object({
  to: z.enum(matterStates),
  reasonRequired: z.boolean(),
  viaDecision: z.boolean(),
  allowed: z.boolean().describe('Whether you may make it'),
});

export const deadlineDto = z
  .object({
    id: z.uuid(),
    matterId: z.uuid(),
    registryNumber: z.string(),
    matterTitle: z.string(),
    kind: z.enum(deadlineKinds),
    label: z
      .string()
      .describe(
        'A custom deadline’s own label; for a legal one the rule (motion, citizen_proposal), named by the message matter.deadline.<label>',
      ),
    source: z.string().nullable(),
    dueOn: z.string(),
    status: z.enum(deadlineStatuses),
    closedOn: z.string().nullable(),
    overdue: z.boolean(),
    dueSoon: z.boolean(),
    responsibleBody: ref.nullable(),
    responsiblePerson: ref.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Deadline' });
export type DeadlineDto = z.infer<typeof deadlineDto>;

export const fileDto = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'MatterFile' });
export type FileDto = z.infer<typeof fileDto>;

export const documentDto = z
  .object({
    id: z.uuid(),
    number: z.number().int().describe('Running number within the matter'),
    journalNumber: z.string().describe('Journal year and sequence (Noark 5 journalpostnummer)'),
    direction: z.enum(documentDirections),
    noarkType: z.string().describe('Noark 5 journalposttype'),
    status: z.enum(journalStatuses),
    documentDate: z.string(),
    registeredOn: z.string(),
    correspondent: z.string().nullable(),
    description: z.string(),
    publicDescription: z.string(),
    confidential: z.boolean(),
    confidentialityGround: z.string().nullable(),
    files: z.array(fileDto),
    version: z.number().int(),
  })
  .meta({ id: 'MatterDocument' });
export type DocumentDto = z.infer<typeof documentDto>;

export const decisionDto = z
  .object({
    id: z.uuid(),
    body: ref,
    decidedOn: z.string(),
    text: z.string(),
  })
  .meta({ id: 'Decision' });
export type DecisionDto = z.infer<typeof decisionDto>;

export const assignmentDto = z
  .object({
    id: z.uuid(),
    matter: z.object({ id: z.uuid(), registryNumber: z.string(), title: z.string() }),
    decisionId: z.uuid().nullable(),
    title: z.string(),
    description: z.string(),
    commissionedBy: z.enum(commissioners),
    commissioningBody: ref,
    assigneePerson: ref.nullable(),
    assigneeUnit: ref.nullable(),
    dueOn: z.string(),
    reportBackRequired: z.boolean(),
    state: z.enum(assignmentStates),
    report: z.string().nullable(),
    reportedOn: z.string().nullable(),
    reportMatterId: z.uuid().nullable(),
    overdue: z.boolean(),
    canReport: z.boolean().describe('Whether you may report on it'),
    version: z.number().int(),
  })
  .meta({ id: 'Assignment' });
export type AssignmentDto = z.infer<typeof assignmentDto>;

export const matterDto = z
  .object({
    id: z.uuid(),
    registryNumber: z.string(),
    title: z.string(),
    publicTitle: z.string(),
    description: z.string(),
    type: z.enum(matterTypes),
    nature: z.enum(matterNatures),
    classification: z.string().nullable(),
    state: z.enum(matterStates),
    responsibleBody: ref.nullable(),
    responsiblePerson: ref.nullable(),
    initiatorName: z.string().nullable(),
    initiatorPerson: ref.nullable(),
    receivedOn: z.string(),
    decidedOn: z.string().nullable(),
    closedOn: z.string().nullable(),
    confidential: z.boolean(),
    confidentialityGround: z.string().nullable(),
    restricted: z
      .boolean()
      .describe('True when the matter is confidential and only its public face is shown'),
    preparation: z.object({
      preparingBody: ref.nullable(),
      preparingPerson: ref.nullable(),
      boardStatement: z.string().nullable(),
      boardStatementOn: z.string().nullable(),
      investigatedOn: z.string().nullable(),
      investigatedBy: z.string().nullable(),
    }),
    origin: z
      .object({ matterId: z.uuid(), registryNumber: z.string(), assignmentId: z.uuid().nullable() })
      .nullable(),
    transitions: z.array(transitionOptionDto),
    documents: z.array(documentDto),
    decisions: z.array(decisionDto),
    assignments: z.array(assignmentDto),
    deadlines: z.array(deadlineDto),
    priority: z.number().int().nullable().describe('Rank on the responsible body’s priority list'),
    version: z.number().int(),
  })
  .meta({ id: 'Matter' });
export type MatterDto = z.infer<typeof matterDto>;

export const transitionBody = z
  .object({ to: z.enum(matterStates), reason: optionalText(2000), version })
  .strict();
export type TransitionInput = z.infer<typeof transitionBody>;

export const preparationBody = z
  .object({
    preparingBodyId: z.uuid().nullable().optional(),
    preparingPersonId: z.uuid().nullable().optional(),
    boardStatement: optionalText(10_000),
    boardStatementOn: isoDate.nullable().optional(),
    version,
  })
  .strict();
export type PreparationInput = z.infer<typeof preparationBody>;

export const versionBody = z.object({ version }).strict();

// Documents -------------------------------------------------------------------------------------

export const createDocumentBody = z
  .object({
    direction: z.enum(documentDirections),
    documentDate: isoDate,
    correspondent: optionalText(300).describe('Sender (incoming) or recipient (outgoing)'),
    description: text(500).describe('Short content'),
    publicDescription: optionalText(500),
    confidential: z.boolean().optional(),
    confidentialityGround: optionalText(200),
  })
  .strict();
export type CreateDocumentInput = z.infer<typeof createDocumentBody>;

export const updateDocumentBody = z
  .object({
    status: z.enum(journalStatuses).optional(),
    correspondent: optionalText(300),
    description: text(500).optional(),
    publicDescription: optionalText(500),
    confidential: z.boolean().optional(),
    confidentialityGround: optionalText(200),
    version,
  })
  .strict();
export type UpdateDocumentInput = z.infer<typeof updateDocumentBody>;

export const uploadQuery = z.object({ name: text(200).describe('The file name') });

// Recommendation --------------------------------------------------------------------------------

const sectionTexts = z.partialRecord(z.enum(recommendationSections), z.string().max(50_000));

export const recommendationDto = z
  .object({
    matterId: z.uuid(),
    template: z.array(templateItem),
    sections: sectionTexts,
    missing: z.array(z.enum(recommendationSections)).describe('Required sections still empty'),
    author: ref.nullable(),
    editable: z.boolean(),
    version: z.number().int().describe('0 before the first save'),
  })
  .meta({ id: 'Recommendation' });
export type RecommendationDto = z.infer<typeof recommendationDto>;

export const saveRecommendationBody = z
  .object({
    sections: sectionTexts,
    version: z.number().int().min(0).describe('0 for the first save'),
  })
  .strict();

// Decisions and assignments ---------------------------------------------------------------------

export const assignmentInput = z
  .object({
    title: text(300),
    description: z.string().trim().max(5000).optional(),
    commissionedBy: z.enum(commissioners),
    assigneePersonId: z.uuid().nullable().optional(),
    assigneeUnitId: z.uuid().nullable().optional(),
    dueOn: isoDate,
    reportBackRequired: z.boolean().optional(),
  })
  .strict();
export type AssignmentInput = z.infer<typeof assignmentInput>;

export const recordDecisionBody = z
  .object({
    bodyId: z.uuid(),
    decidedOn: isoDate,
    text: text(20_000),
    assignments: z.array(assignmentInput).max(20).optional(),
    version,
  })
  .strict();
export type RecordDecisionInput = z.infer<typeof recordDecisionBody>;

export const reportAssignmentBody = z.object({ report: text(20_000), version }).strict();

export const assignmentsQuery = z.object({
  bodyId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  personId: z.uuid().optional(),
  mine: z.enum(['true', 'false']).optional().describe('Only assignments you carry out'),
  state: z.enum(assignmentStates).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export type AssignmentsQuery = z.infer<typeof assignmentsQuery>;

// Deadlines -------------------------------------------------------------------------------------

export const createDeadlineBody = z.object({ label: text(200), dueOn: isoDate }).strict();
export const updateDeadlineBody = z
  .object({ status: z.enum(['met', 'reported', 'void']), version })
  .strict()
  .describe(
    'met: done; reported: a motion reported to the council undecided (KL 5 kap. 35 §); void: set aside',
  );

export const deadlinesQuery = z.object({
  bodyId: z.uuid().optional(),
  personId: z.uuid().optional(),
  mine: z.enum(['true', 'false']).optional(),
  when: z.enum(['overdue', 'due_soon', 'open']).default('open'),
});
export type DeadlinesQuery = z.infer<typeof deadlinesQuery>;

// Priorities ------------------------------------------------------------------------------------

export const priorityListDto = z
  .object({ bodyId: z.uuid(), items: z.array(matterListItemDto), version: z.number().int() })
  .meta({ id: 'PriorityList' });
export const setPrioritiesBody = z
  .object({ matterIds: z.array(z.uuid()).max(100), version: z.number().int().min(0) })
  .strict();

// Timeline --------------------------------------------------------------------------------------

export const timelineEventDto = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.string(),
    kind: z.string(),
    fromState: z.enum(matterStates).nullable(),
    toState: z.enum(matterStates).nullable(),
    reason: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'TimelineEvent' });
export type TimelineEventDto = z.infer<typeof timelineEventDto>;

// Search ----------------------------------------------------------------------------------------

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  bodyId: z.uuid().optional(),
  type: z.enum(matterTypes).optional(),
  state: z.enum(matterStates).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  personId: z.uuid().optional(),
  open: z
    .enum(['true', 'false'])
    .optional()
    .describe('Only matters that are not closed, withdrawn or written off'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(1000).default(0),
});
export type SearchQuery = z.infer<typeof searchQuery>;

const snippet = z
  .array(z.object({ text: z.string(), match: z.boolean() }))
  .describe('The matching passage; parts with match=true are the words found');

export const searchHitDto = z
  .object({
    kind: z.enum(['matter', 'document']),
    matter: matterListItemDto,
    document: z.object({ id: z.uuid(), number: z.number().int(), description: z.string() }).nullable(),
    snippet,
    rank: z.number(),
  })
  .meta({ id: 'SearchHit' });
export type SearchHitDto = z.infer<typeof searchHitDto>;
export const searchResultDto = z.object({ items: z.array(searchHitDto), hasMore: z.boolean() });

// Public ----------------------------------------------------------------------------------------

export const publicDocumentDto = z.object({
  id: z.uuid(),
  number: z.number().int(),
  direction: z.enum(documentDirections),
  documentDate: z.string(),
  registeredOn: z.string(),
  correspondent: z.string().nullable(),
  description: z.string(),
  confidential: z.boolean(),
  files: z.array(fileDto),
});

export const publicMatterDto = z
  .object({
    id: z.uuid(),
    registryNumber: z.string(),
    title: z.string().describe('The public title'),
    description: z.string().describe('Empty when the matter is confidential'),
    type: z.enum(matterTypes),
    nature: z.enum(matterNatures),
    state: z.enum(matterStates),
    confidential: z.boolean(),
    responsibleBody: ref.nullable(),
    receivedOn: z.string(),
    decidedOn: z.string().nullable(),
    documents: z.array(publicDocumentDto),
    decisions: z.array(decisionDto),
    timeline: z.array(timelineEventDto),
  })
  .meta({ id: 'PublicMatter' });
export type PublicMatterDto = z.infer<typeof publicMatterDto>;
