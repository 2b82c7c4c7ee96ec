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

/** The demo sign-ins, listed while the demo municipalities exist (GET /api/demo-accounts). */
export type DemoAccounts = {
  password: string;
  municipalities: Array<{
    slug: string;
    name: string;
    accounts: Array<{ email: string; name: string; roles: string[] }>;
  }>;
};
