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
import type {
  assignmentDto,
  assignmentInput,
  createDeadlineBody,
  createDocumentBody,
  createMatterBody,
  deadlineDto,
  decisionDto,
  documentDto,
  fileDto,
  matterDto,
  matterListDto,
  matterListItemDto,
  preparationBody,
  priorityListDto,
  publicMatterDto,
  recommendationDto,
  recordDecisionBody,
  reportAssignmentBody,
  saveRecommendationBody,
  searchHitDto,
  searchResultDto,
  setPrioritiesBody,
  timelineEventDto,
  transitionBody,
  transitionOptionDto,
  updateDeadlineBody,
} from '../../../server/modules/matters/matters.contract.ts';
import type { NotificationDto } from '../../../server/modules/notifications/notifications.contract.ts';

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

export type MatterListItem = z.infer<typeof matterListItemDto>;
export type MatterList = z.infer<typeof matterListDto>;
export type Matter = z.infer<typeof matterDto>;
export type TransitionOption = z.infer<typeof transitionOptionDto>;
export type MatterDeadline = z.infer<typeof deadlineDto>;
export type MatterDocument = z.infer<typeof documentDto>;
export type MatterFile = z.infer<typeof fileDto>;
export type Decision = z.infer<typeof decisionDto>;
export type Assignment = z.infer<typeof assignmentDto>;
export type Recommendation = z.infer<typeof recommendationDto>;
export type TimelineEvent = z.infer<typeof timelineEventDto>;
export type SearchHit = z.infer<typeof searchHitDto>;
export type SearchResult = z.infer<typeof searchResultDto>;
export type PriorityList = z.infer<typeof priorityListDto>;
export type CreateMatterInput = z.input<typeof createMatterBody>;
export type TransitionInput = z.input<typeof transitionBody>;
export type PreparationInput = z.input<typeof preparationBody>;
export type CreateDocumentInput = z.input<typeof createDocumentBody>;
export type SaveRecommendationInput = z.input<typeof saveRecommendationBody>;
export type RecordDecisionInput = z.input<typeof recordDecisionBody>;
export type AssignmentInput = z.input<typeof assignmentInput>;
export type ReportAssignmentInput = z.input<typeof reportAssignmentBody>;
export type CreateDeadlineInput = z.input<typeof createDeadlineBody>;
export type UpdateDeadlineInput = z.input<typeof updateDeadlineBody>;
export type SetPrioritiesInput = z.input<typeof setPrioritiesBody>;
/** A matter as the public sees it (GET /api/m/:slug/public/matters/:matterId). */
export type PublicMatter = z.infer<typeof publicMatterDto>;
export type PublicDocument = PublicMatter['documents'][number];
/** A reminder or message for the signed-in person (GET /api/m/:slug/notifications). */
export type Notification = NotificationDto;

/** The demo sign-ins, listed while the demo municipalities exist (GET /api/demo-accounts). */
export type DemoAccounts = {
  password: string;
  municipalities: Array<{
    slug: string;
    name: string;
    accounts: Array<{ email: string; name: string; roles: string[] }>;
  }>;
};
