/**
 * The API's reply and request shapes, inferred from the server's own zod contracts. Type-only
 * imports: nothing from the server reaches the browser bundle, yet a changed contract fails the
 * type check here.
 */
import type { z } from 'zod';
import type {
  createTokenBody,
  createdTokenDto,
  createUserBody,
  tokenDto,
  userDto,
} from '../../../server/modules/accounts/accounts.contract.ts';
import type { auditEntryDto, verifyResultDto } from '../../../server/modules/audit/audit.contract.ts';
import type {
  createProviderBody,
  providerDto,
  publicProviderList,
  sessionDto,
  signedOutEverywhereDto,
} from '../../../server/modules/auth/auth.contract.ts';
import type {
  municipalityDto,
  overviewDto,
} from '../../../server/modules/municipalities/municipalities.contract.ts';
import type {
  adoptRoleDescriptionBody,
  appointBody,
  appointResultDto,
  bodyDetailDto,
  bodyDto,
  compositionBody,
  compositionResultDto,
  createBodyBody,
  createPersonBody,
  createPositionBody,
  createTermBody,
  endMembershipBody,
  endMembershipResultDto,
  endPositionBody,
  genderBalanceDto,
  importBody,
  importReportDto,
  memberDto,
  moveUpBody,
  personAdminDto,
  personPageDto,
  positionDto,
  representationDto,
  roleDescriptionDto,
  termDto,
  updateBodyBody,
  updatePersonBody,
} from '../../../server/modules/organisation/organisation.contract.ts';

export type ItemList<T> = { items: T[] };

export type Session = z.infer<typeof sessionDto>;
export type Membership = Session['memberships'][number];
export type SignedOutEverywhere = z.infer<typeof signedOutEverywhereDto>;
export type Municipality = z.infer<typeof municipalityDto>;
export type Overview = z.infer<typeof overviewDto>;
export type PublicProvider = z.infer<typeof publicProviderList>['items'][number];
export type Provider = z.infer<typeof providerDto>;
export type CreateProviderInput = z.input<typeof createProviderBody>;
export type User = z.infer<typeof userDto>;
export type CreateUserInput = z.input<typeof createUserBody>;
export type Token = z.infer<typeof tokenDto>;
export type CreatedToken = z.infer<typeof createdTokenDto>;
export type CreateTokenInput = z.input<typeof createTokenBody>;
export type AuditEntry = z.infer<typeof auditEntryDto>;
export type VerifyResult = z.infer<typeof verifyResultDto>;

export type Term = z.infer<typeof termDto>;
export type CreateTermInput = z.input<typeof createTermBody>;
export type Body = z.infer<typeof bodyDto>;
export type CreateBodyInput = z.input<typeof createBodyBody>;
export type UpdateBodyInput = z.input<typeof updateBodyBody>;
export type BodyDetail = z.infer<typeof bodyDetailDto>;
export type Member = z.infer<typeof memberDto>;
export type GenderBalance = z.infer<typeof genderBalanceDto>;
export type CompositionInput = z.input<typeof compositionBody>;
export type Seat = CompositionInput['members'][number];
export type CompositionResult = z.infer<typeof compositionResultDto>;
export type AppointInput = z.input<typeof appointBody>;
export type AppointResult = z.infer<typeof appointResultDto>;
export type EndMembershipInput = z.input<typeof endMembershipBody>;
export type EndMembershipResult = z.infer<typeof endMembershipResultDto>;
export type MoveUpInput = z.input<typeof moveUpBody>;
export type PersonForAdministrators = z.infer<typeof personAdminDto>;
export type CreatePersonInput = z.input<typeof createPersonBody>;
export type UpdatePersonInput = z.input<typeof updatePersonBody>;
export type PersonPage = z.infer<typeof personPageDto>;
export type Position = z.infer<typeof positionDto>;
export type CreatePositionInput = z.input<typeof createPositionBody>;
export type EndPositionInput = z.input<typeof endPositionBody>;
export type RoleDescription = z.infer<typeof roleDescriptionDto>;
export type AdoptRoleDescriptionInput = z.input<typeof adoptRoleDescriptionBody>;
export type Representation = z.infer<typeof representationDto>;
export type ImportInput = z.input<typeof importBody>;
export type ImportReport = z.infer<typeof importReportDto>;

/** The demo sign-ins, listed while the demo municipalities exist (GET /api/demo-accounts). */
export type DemoAccounts = {
  password: string;
  municipalities: Array<{
    slug: string;
    name: string;
    accounts: Array<{ email: string; name: string; roles: string[] }>;
  }>;
};
