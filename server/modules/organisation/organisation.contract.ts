import { z } from 'zod';
import {
  ageBands,
  bodyKinds,
  contactVisibilities,
  electionMethods,
  genders,
  membershipRoles,
  positionKinds,
  roleTypes,
  taskCommitteePowers,
} from '../../../common/organisation.ts';
import { locales } from '../../../common/i18n/locales.ts';

const municipality = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/);
const isoDate = z.iso.date().describe('A date, YYYY-MM-DD');
const version = z.number().int().positive().describe('The version you last read (optimistic locking)');
const text = (max: number) => z.string().trim().min(1).max(max);

export const termIdParams = z.object({ municipality, termId: z.uuid() });
export const bodyIdParams = z.object({ municipality, bodyId: z.uuid() });
export const personIdParams = z.object({ municipality, personId: z.uuid() });
export const membershipIdParams = z.object({ municipality, membershipId: z.uuid() });
export const positionIdParams = z.object({ municipality, positionId: z.uuid() });
export const roleTypeParams = z.object({ municipality, roleType: z.enum(roleTypes) });

// Terms -----------------------------------------------------------------------------------------

export const termDto = z
  .object({
    id: z.uuid(),
    name: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    constitutedOn: z.string().nullable(),
    isCurrent: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'Term' });
export type TermDto = z.infer<typeof termDto>;

export const createTermBody = z
  .object({
    name: text(60),
    startsOn: isoDate,
    endsOn: isoDate,
    constitutedOn: isoDate.nullable().optional(),
  })
  .strict();
export type CreateTermInput = z.infer<typeof createTermBody>;
export const updateTermBody = createTermBody.partial().extend({ version }).strict();

// Bodies ----------------------------------------------------------------------------------------

export const bodyDto = z
  .object({
    id: z.uuid(),
    kind: z.enum(bodyKinds),
    name: z.string(),
    shortName: z.string().nullable(),
    parentId: z.uuid().nullable(),
    canDecide: z.boolean(),
    electionMethod: z.enum(electionMethods).nullable(),
    mandate: z.string().nullable(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    powers: z.enum(taskCommitteePowers).nullable(),
    isActive: z.boolean().describe('False once a body (e.g. a task committee) has passed its end date'),
    version: z.number().int(),
  })
  .meta({ id: 'Body' });
export type BodyDto = z.infer<typeof bodyDto>;

const bodyFields = {
  kind: z.enum(bodyKinds),
  name: text(160),
  shortName: z.string().trim().max(30).nullable().optional(),
  parentId: z.uuid().nullable().optional(),
  canDecide: z.boolean().optional(),
  electionMethod: z.enum(electionMethods).nullable().optional(),
  mandate: z.string().trim().max(4000).nullable().optional(),
  startsOn: isoDate.nullable().optional(),
  endsOn: isoDate.nullable().optional(),
  powers: z.enum(taskCommitteePowers).nullable().optional(),
};
export const createBodyBody = z.object(bodyFields).strict();
export type CreateBodyInput = z.infer<typeof createBodyBody>;
export const updateBodyBody = z
  .object({ ...bodyFields, kind: bodyFields.kind.optional(), name: bodyFields.name.optional(), version })
  .strict();
export type UpdateBodyInput = z.infer<typeof updateBodyBody>;

export const bodiesQuery = z.object({
  kind: z.enum(bodyKinds).optional(),
  includeEnded: z.enum(['true', 'false']).optional(),
});

export const genderBalanceDto = z
  .object({
    status: z.enum(['not_applicable', 'ok', 'warning', 'violation', 'unverifiable']),
    source: z.string(),
    electionMethod: z.enum(electionMethods).nullable(),
    groups: z.array(
      z.object({
        list: z.string().nullable(),
        seats: z.number().int(),
        required: z.number().int(),
        women: z.number().int(),
        men: z.number().int(),
        other: z.number().int(),
        unknown: z.number().int(),
        status: z.enum(['ok', 'violation', 'unverifiable']),
      }),
    ),
  })
  .meta({ id: 'GenderBalance' });

export const memberDto = z
  .object({
    membershipId: z.uuid(),
    personId: z.uuid(),
    name: z.string(),
    party: z.string().nullable(),
    role: z.enum(membershipRoles),
    listName: z.string().nullable(),
    votingRight: z.boolean(),
    substituteOrder: z.number().int().nullable(),
    termId: z.uuid().nullable(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    endReason: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Member' });
export type MemberDto = z.infer<typeof memberDto>;

export const bodyDetailDto = z.object({
  body: bodyDto,
  parent: bodyDto.nullable(),
  children: z.array(bodyDto),
  term: termDto.nullable(),
  members: z.array(memberDto).describe('Current members of the term shown, in role and substitute order'),
  genderBalance: genderBalanceDto.describe('kommuneloven § 7-6, for Norwegian elected bodies'),
});

// Composition and memberships -------------------------------------------------------------------

const seatInput = z
  .object({
    personId: z.uuid(),
    role: z.enum(membershipRoles),
    listName: z.string().trim().max(80).nullable().optional(),
    votingRight: z.boolean().optional(),
    substituteOrder: z.number().int().min(1).max(200).nullable().optional(),
  })
  .strict();
export type SeatInput = z.infer<typeof seatInput>;

export const compositionBody = z
  .object({ termId: z.uuid(), startsOn: isoDate, members: z.array(seatInput).min(1).max(200) })
  .strict();
export type CompositionInput = z.infer<typeof compositionBody>;

export const compositionResultDto = z.object({
  members: z.array(memberDto),
  genderBalance: genderBalanceDto,
});

export const appointBody = seatInput
  .extend({
    bodyId: z.uuid(),
    termId: z.uuid().nullable().optional(),
    startsOn: isoDate,
    endsOn: isoDate.nullable().optional(),
  })
  .strict();
export type AppointInput = z.infer<typeof appointBody>;

export const appointResultDto = z.object({ member: memberDto, genderBalance: genderBalanceDto });

export const endMembershipBody = z
  .object({ endsOn: isoDate, endReason: z.string().trim().max(300).nullable().optional(), version })
  .strict();

export const endMembershipResultDto = z.object({
  member: memberDto,
  nextSubstitute: memberDto.nullable().describe('The substitute first in order on the same list, to move up'),
});

export const moveUpBody = z
  .object({
    startsOn: isoDate,
    role: z.enum(['member', 'chair', 'first_vice_chair', 'second_vice_chair']).optional(),
  })
  .strict();

// Persons ---------------------------------------------------------------------------------------

export const personDto = z
  .object({
    id: z.uuid(),
    name: z.string(),
    party: z.string().nullable(),
    email: z.string().nullable().describe('Only when public, or to people with a role in the municipality'),
    phone: z.string().nullable(),
  })
  .meta({ id: 'Person' });
export type PersonDto = z.infer<typeof personDto>;

export const personAdminDto = personDto
  .extend({
    gender: z.enum(genders).nullable(),
    birthYear: z.number().int().nullable(),
    emailVisibility: z.enum(contactVisibilities),
    phoneVisibility: z.enum(contactVisibilities),
    userId: z.uuid().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'PersonForAdministrators' });
export type PersonAdminDto = z.infer<typeof personAdminDto>;

const personFields = {
  name: text(160),
  gender: z.enum(genders).nullable().optional(),
  birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
  party: z.string().trim().max(80).nullable().optional(),
  email: z.email().max(254).nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
  emailVisibility: z.enum(contactVisibilities).optional(),
  phoneVisibility: z.enum(contactVisibilities).optional(),
  userId: z.uuid().nullable().optional(),
};
export const createPersonBody = z.object(personFields).strict();
export type CreatePersonInput = z.infer<typeof createPersonBody>;
export const updatePersonBody = z
  .object({ ...personFields, name: personFields.name.optional(), version })
  .strict();
export type UpdatePersonInput = z.infer<typeof updatePersonBody>;

export const personsQuery = z.object({ q: z.string().max(100).optional() });

// Positions -------------------------------------------------------------------------------------

export const positionDto = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    personName: z.string(),
    kind: z.enum(positionKinds),
    unitId: z.uuid().nullable(),
    unitName: z.string().nullable(),
    title: z.string(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    instructionTitle: z.string().nullable(),
    instructionAdoptedBy: z.uuid().nullable(),
    instructionAdoptedOn: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Position' });
export type PositionDto = z.infer<typeof positionDto>;

export const createPositionBody = z
  .object({
    personId: z.uuid(),
    kind: z.enum(positionKinds),
    unitId: z.uuid().nullable().optional(),
    title: text(160),
    startsOn: isoDate,
    endsOn: isoDate.nullable().optional(),
    instructionTitle: z.string().trim().max(300).nullable().optional(),
    instructionAdoptedBy: z.uuid().nullable().optional(),
    instructionAdoptedOn: isoDate.nullable().optional(),
  })
  .strict();
export type CreatePositionInput = z.infer<typeof createPositionBody>;
export const endPositionBody = z.object({ endsOn: isoDate, version }).strict();

// Role descriptions -----------------------------------------------------------------------------

const roleText = z.object({ decides: text(4000), leaves: text(4000) }).strict();

export const roleDescriptionDto = z
  .object({
    id: z.uuid(),
    roleType: z.enum(roleTypes),
    versionNo: z.number().int(),
    locale: z.enum(locales).describe('The language of the texts shown'),
    decides: z.string().describe('What the role decides: the "what"'),
    leaves: z.string().describe('What it leaves to the other side: the "how"'),
    adoptedOn: z.string(),
    adoptedBy: z.uuid().nullable(),
    translations: z.array(z.enum(locales)),
  })
  .meta({ id: 'RoleDescription' });
export type RoleDescriptionDto = z.infer<typeof roleDescriptionDto>;

export const adoptRoleDescriptionBody = z
  .object({
    roleType: z.enum(roleTypes),
    texts: z.partialRecord(z.enum(locales), roleText),
    adoptedOn: isoDate,
    adoptedBy: z.uuid().nullable().optional(),
  })
  .strict();
export type AdoptRoleDescriptionInput = z.infer<typeof adoptRoleDescriptionBody>;

// A person's page -------------------------------------------------------------------------------

export const personPageDto = z.object({
  person: personDto,
  memberships: z.array(
    z.object({
      membershipId: z.uuid(),
      body: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(bodyKinds) }),
      termName: z.string().nullable(),
      role: z.enum(membershipRoles),
      listName: z.string().nullable(),
      startsOn: z.string(),
      endsOn: z.string().nullable(),
      isActive: z.boolean(),
    }),
  ),
  positions: z.array(positionDto),
  roleDescriptions: z.array(roleDescriptionDto),
});

// Representation --------------------------------------------------------------------------------

const countsOrSuppressed = z
  .object({
    women: z.number().int(),
    men: z.number().int(),
    other: z
      .number()
      .int()
      .nullable()
      .describe('null when fewer than five: they are then counted in unknown'),
    unknown: z.number().int(),
  })
  .nullable();
const ageCounts = z.record(z.enum([...ageBands, 'unknown']), z.number().int().nullable()).nullable();

export const representationDto = z.object({
  minimumGroupSize: z.number().int(),
  terms: z.array(
    z.object({
      termId: z.uuid(),
      name: z.string(),
      startsOn: z.string(),
      overall: z.object({
        total: z.number().int(),
        suppressed: z.boolean(),
        gender: countsOrSuppressed,
        age: ageCounts,
      }),
      bodies: z.array(
        z.object({
          bodyId: z.uuid(),
          name: z.string(),
          kind: z.enum(bodyKinds),
          total: z.number().int(),
          suppressed: z.boolean().describe('Groups smaller than the minimum are not broken down'),
          gender: countsOrSuppressed,
          age: ageCounts,
        }),
      ),
    }),
  ),
});
export type RepresentationDto = z.infer<typeof representationDto>;

// Import and export -----------------------------------------------------------------------------

export const importBody = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    content: z.string().min(1).max(1_000_000).describe('CSV as text, or XLSX as base64'),
    dryRun: z.boolean().optional(),
  })
  .strict();

export const importReportDto = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  rows: z.number().int(),
  created: z.object({
    bodies: z.number().int(),
    persons: z.number().int(),
    memberships: z.number().int(),
    terms: z.number().int(),
  }),
  errors: z.array(z.object({ line: z.number().int(), column: z.string(), message: z.string() })),
});
export type ImportReport = z.infer<typeof importReportDto>;

export const exportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
