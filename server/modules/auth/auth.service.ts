import { createHash, randomBytes } from 'node:crypto';
import * as oidc from 'openid-client';
import { isLocale } from '../../../common/i18n/index.ts';
import type { Role } from '../../../common/roles.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { systemActor, type Actor, type Principal } from '../../http/context.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { can } from '../../http/policy.ts';
import {
  addUser,
  findLiveToken,
  findUserByEmail,
  findUserById,
  listMemberships,
  type UserRow,
} from '../accounts/accounts.service.ts';
import { verifyPassword } from '../accounts/passwords.ts';
import { recordChange } from '../audit/audit.service.ts';
import * as repo from './auth.repository.ts';

export type AuthSettings = Pick<
  Config,
  'sessionTtlHours' | 'signInMaxFailures' | 'signInLockoutMinutes' | 'publicUrl'
>;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const randomToken = () => randomBytes(32).toString('base64url');

function userActor(user: Pick<UserRow, 'id' | 'name'>): Actor {
  return { userId: user.id, label: user.name, municipalityId: null, roles: [], locale: 'en' };
}

export type NewSession = { cookieValue: string; expiresAt: Date };

async function startSession(
  db: Db,
  settings: AuthSettings,
  user: UserRow,
  method: 'password' | 'oidc',
  userAgent: string | undefined,
): Promise<NewSession> {
  const cookieValue = randomToken();
  const expiresAt = new Date(Date.now() + settings.sessionTtlHours * 3_600_000);
  const id = sha256(cookieValue);
  await db.transaction(async (tx) => {
    await repo.insertSession(tx, {
      id,
      userId: user.id,
      csrfToken: randomToken(),
      method,
      userAgent: userAgent?.slice(0, 300) ?? null,
      expiresAt,
    });
    await recordChange(tx, userActor(user), {
      municipalityId: null,
      action: 'session.create',
      entityType: 'user',
      entityId: user.id,
      after: { method },
    });
  });
  return { cookieValue, expiresAt };
}

/**
 * Signs in with e-mail address and password. After `signInMaxFailures` failures within the
 * lockout window the address is locked for `signInLockoutMinutes`, whether or not it has an
 * account (so the answer does not reveal which addresses exist).
 * @throws UNAUTHENTICATED for a wrong address or password; RATE_LIMITED while locked
 */
export async function signIn(
  db: Db,
  settings: AuthSettings,
  input: { email: string; password: string; userAgent?: string },
): Promise<NewSession> {
  const email = input.email.trim().toLowerCase();
  const now = new Date();
  const windowMs = settings.signInLockoutMinutes * 60_000;
  const failures = await repo.findFailures(db, email);
  if (failures?.lockedUntil && failures.lockedUntil > now) {
    const seconds = Math.ceil((failures.lockedUntil.getTime() - now.getTime()) / 1000);
    throw new AppError(
      'RATE_LIMITED',
      'error.sign_in_locked',
      { minutes: Math.ceil(seconds / 60) },
      { retryAfterSeconds: seconds },
    );
  }
  const user = await findUserByEmail(db, email);
  const ok = (await verifyPassword(user?.passwordHash ?? null, input.password)) && user && !user.disabled;
  if (!ok || !user) {
    const fresh =
      !failures || now.getTime() - failures.firstFailureAt.getTime() > windowMs || failures.lockedUntil;
    const count = fresh ? 1 : failures.failures + 1;
    const locked = count >= settings.signInMaxFailures;
    await db.transaction(async (tx) => {
      await repo.saveFailures(tx, {
        email,
        failures: count,
        firstFailureAt: fresh ? now : failures.firstFailureAt,
        lockedUntil: locked ? new Date(now.getTime() + windowMs) : null,
      });
      if (locked && user) {
        await recordChange(tx, systemActor(null), {
          municipalityId: null,
          action: 'sign_in.locked',
          entityType: 'user',
          entityId: user.id,
          after: { failures: count },
        });
      }
    });
    if (locked) {
      throw new AppError(
        'RATE_LIMITED',
        'error.sign_in_locked',
        { minutes: settings.signInLockoutMinutes },
        { retryAfterSeconds: settings.signInLockoutMinutes * 60 },
      );
    }
    throw new AppError('UNAUTHENTICATED', 'error.sign_in_failed');
  }
  if (failures) await repo.clearFailures(db, email);
  return startSession(db, settings, user, 'password', input.userAgent);
}

/**
 * Finds who is calling from a session cookie or a bearer token. An expired or unknown
 * credential is treated as no credential. Sessions slide: each use extends them.
 */
export async function resolvePrincipal(
  db: Db,
  settings: AuthSettings,
  credentials: { sessionCookie?: string; bearer?: string },
): Promise<Principal | null> {
  if (credentials.bearer) {
    const token = await findLiveToken(db, credentials.bearer);
    if (!token) return null;
    const user = await findUserById(db, token.userId);
    if (!user || user.disabled) return null;
    // A token acts with its one role, and only while its owner still holds that role.
    const memberships = await listMemberships(db, user.id);
    const held = memberships.find((m) => m.municipalityId === token.municipalityId)?.roles ?? [];
    const roles: Role[] = held.includes(token.role) ? [token.role] : [];
    return {
      userId: user.id,
      name: user.name,
      email: user.email,
      locale: user.locale,
      via: { kind: 'token', tokenId: token.id },
      rolesByMunicipality: new Map([[token.municipalityId, roles]]),
    };
  }
  if (!credentials.sessionCookie) return null;
  const session = await repo.findSession(db, sha256(credentials.sessionCookie));
  const now = new Date();
  if (!session || session.expiresAt <= now) return null;
  const user = await findUserById(db, session.userId);
  if (!user || user.disabled) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await repo.touchSession(db, session.id, new Date(now.getTime() + settings.sessionTtlHours * 3_600_000));
  }
  const memberships = await listMemberships(db, user.id);
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    via: { kind: 'session', sessionId: session.id, csrfToken: session.csrfToken },
    rolesByMunicipality: new Map(memberships.map((m) => [m.municipalityId, m.roles])),
  };
}

/** Ends the current session. */
export async function signOut(db: Db, principal: Principal): Promise<void> {
  if (principal.via.kind !== 'session') return;
  const sessionId = principal.via.sessionId;
  await db.transaction(async (tx) => {
    await repo.deleteSession(tx, sessionId);
    await recordChange(tx, userActor({ id: principal.userId, name: principal.name }), {
      municipalityId: null,
      action: 'session.delete',
      entityType: 'user',
      entityId: principal.userId,
    });
  });
}

/** Ends every session of the person, on every device. Returns how many were ended. */
export async function signOutEverywhere(db: Db, principal: Principal): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await repo.deleteSessionsOfUser(tx, principal.userId);
    await recordChange(tx, userActor({ id: principal.userId, name: principal.name }), {
      municipalityId: null,
      action: 'session.delete_all',
      entityType: 'user',
      entityId: principal.userId,
      after: { ended },
    });
    return ended;
  });
}

export async function purgeExpired(db: Db): Promise<void> {
  await repo.deleteExpired(db, new Date());
}

// ---------------------------------------------------------------------------------------------
// OpenID Connect: how e-ID brokers (BankID, Freja eID, ID-porten) are connected per municipality.

export type ProviderDto = { id: string; slug: string; displayName: string; issuer: string; clientId: string };
export type PublicProviderDto = { slug: string; displayName: string };

const toProviderDto = (row: repo.ProviderRow): ProviderDto => ({
  id: row.id,
  slug: row.slug,
  displayName: row.displayName,
  issuer: row.issuer,
  clientId: row.clientId,
});

/** Sign-in services offered on the municipality's sign-in page; public. */
export async function listPublicProviders(db: Db, municipalityId: string): Promise<PublicProviderDto[]> {
  return (await repo.findProviders(db, municipalityId)).map((r) => ({
    slug: r.slug,
    displayName: r.displayName,
  }));
}

/** Administrators see the configuration (never the client secret). @throws FORBIDDEN */
export async function listProviders(
  db: Db,
  input: { actor: Actor; municipalityId: string },
): Promise<ProviderDto[]> {
  if (!can(input.actor, 'oidc-provider.manage', input)) throw forbidden();
  return (await repo.findProviders(db, input.municipalityId)).map(toProviderDto);
}

/** Connects an OpenID Connect provider to the municipality. @throws FORBIDDEN; CONFLICT on a used slug */
export async function addProvider(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    provider: { slug: string; displayName: string; issuer: string; clientId: string; clientSecret: string };
  },
): Promise<ProviderDto> {
  const { actor, municipalityId, provider } = input;
  if (!can(actor, 'oidc-provider.manage', { municipalityId })) throw forbidden();
  return db.transaction(async (tx) => {
    if (await repo.findProvider(tx, municipalityId, provider.slug)) throw new AppError('CONFLICT');
    const row = await repo.insertProvider(tx, { ...provider, municipalityId });
    const dto = toProviderDto(row);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'oidc_provider.create',
      entityType: 'oidc_provider',
      entityId: row.id,
      after: dto,
    });
    return dto;
  });
}

/** Disconnects a provider. @throws FORBIDDEN; NOT_FOUND */
export async function removeProvider(
  db: Db,
  input: { actor: Actor; municipalityId: string; providerId: string },
): Promise<void> {
  const { actor, municipalityId } = input;
  if (!can(actor, 'oidc-provider.manage', { municipalityId })) throw forbidden();
  await db.transaction(async (tx) => {
    const row = await repo.deleteProvider(tx, municipalityId, input.providerId);
    if (!row) throw notFound();
    await recordChange(tx, actor, {
      municipalityId,
      action: 'oidc_provider.delete',
      entityType: 'oidc_provider',
      entityId: row.id,
      before: toProviderDto(row),
    });
  });
}

const discovered = new Map<string, Promise<oidc.Configuration>>();

function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

function discover(provider: repo.ProviderRow): Promise<oidc.Configuration> {
  const key = `${provider.id}|${provider.issuer}|${provider.clientId}`;
  let found = discovered.get(key);
  if (!found) {
    const issuer = new URL(provider.issuer);
    // Plain HTTP is accepted only for a provider on this machine (development and tests).
    const execute = issuer.protocol === 'http:' && isLoopback(issuer) ? [oidc.allowInsecureRequests] : [];
    found = oidc.discovery(issuer, provider.clientId, provider.clientSecret, undefined, { execute });
    found.catch(() => discovered.delete(key));
    discovered.set(key, found);
  }
  return found;
}

export const callbackPath = '/api/auth/oidc/callback';

/** A return address must stay on this site: a path, never another origin. */
export function safeReturnTo(value: string | undefined, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  return value;
}

/**
 * Starts sign-in with the municipality's provider: stores state, nonce and PKCE verifier and
 * returns the address to send the browser to. @throws NOT_FOUND for an unknown provider
 */
export async function startOidcSignIn(
  db: Db,
  settings: AuthSettings,
  input: { municipalityId: string; providerSlug: string; returnTo: string },
): Promise<string> {
  const provider = await repo.findProvider(db, input.municipalityId, input.providerSlug);
  if (!provider) throw new AppError('NOT_FOUND', 'error.oidc_no_provider');
  let configuration: oidc.Configuration;
  try {
    configuration = await discover(provider);
  } catch {
    throw new AppError('VALIDATION', 'error.oidc_failed', { provider: provider.displayName });
  }
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  await repo.insertFlow(db, {
    state,
    providerId: provider.id,
    codeVerifier,
    nonce,
    returnTo: input.returnTo,
    expiresAt: new Date(Date.now() + 10 * 60_000),
  });
  return oidc
    .buildAuthorizationUrl(configuration, {
      redirect_uri: `${settings.publicUrl}${callbackPath}`,
      scope: provider.scopes,
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    })
    .toString();
}

/**
 * Completes sign-in: checks state, nonce and PKCE, exchanges the code, and finds the person by
 * their identity at this provider, then by verified e-mail address. A person unknown to the
 * municipality is registered as a citizen (this is how residents sign in with e-ID).
 * @throws UNAUTHENTICATED when the provider's answer does not check out
 */
export async function finishOidcSignIn(
  db: Db,
  settings: AuthSettings,
  input: { callbackUrl: URL; userAgent?: string },
): Promise<NewSession & { returnTo: string }> {
  const state = input.callbackUrl.searchParams.get('state') ?? '';
  const flow = state ? await repo.takeFlow(db, state) : undefined;
  if (!flow || flow.expiresAt <= new Date())
    throw new AppError('UNAUTHENTICATED', 'error.oidc_failed', { provider: 'e-ID' });
  const provider = await repo.findProviderById(db, flow.providerId);
  if (!provider) throw new AppError('UNAUTHENTICATED', 'error.oidc_failed', { provider: 'e-ID' });
  let claims: oidc.IDToken;
  try {
    const configuration = await discover(provider);
    const callbackUrl = new URL(`${settings.publicUrl}${callbackPath}${input.callbackUrl.search}`);
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error('no ID token');
    // Standard providers release e-mail and name at the userinfo endpoint rather than in the ID token.
    const needsUserInfo = typeof idClaims['email'] !== 'string' || typeof idClaims['name'] !== 'string';
    const userInfo = needsUserInfo
      ? await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub).catch(() => undefined)
      : undefined;
    claims = { ...userInfo, ...idClaims };
  } catch {
    throw new AppError('UNAUTHENTICATED', 'error.oidc_failed', { provider: provider.displayName });
  }
  const user = await findOrRegisterOidcUser(db, provider, claims);
  const session = await startSession(db, settings, user, 'oidc', input.userAgent);
  return { ...session, returnTo: flow.returnTo };
}

async function findOrRegisterOidcUser(
  db: Db,
  provider: repo.ProviderRow,
  claims: oidc.IDToken,
): Promise<UserRow> {
  const identity = await repo.findIdentity(db, provider.id, claims.sub);
  if (identity) {
    const user = await findUserById(db, identity.userId);
    if (user && !user.disabled) return user;
    throw new AppError('UNAUTHENTICATED', 'error.oidc_failed', { provider: provider.displayName });
  }
  // Only an address the provider vouches for may open an existing account.
  const claimedEmail =
    typeof claims['email'] === 'string' && claims['email_verified'] === true ? claims['email'] : null;
  const name =
    typeof claims['name'] === 'string' && claims['name'].trim() ? claims['name'].trim() : claims.sub;
  // e-ID brokers do not always release an e-mail address; the account then gets a placeholder
  // address that can never receive mail (.invalid, RFC 2606).
  const email = claimedEmail ?? `${sha256(`${provider.id}|${claims.sub}`).slice(0, 24)}@oidc.invalid`;
  const registrar = systemActor(provider.municipalityId, `oidc:${provider.slug}`);
  let user = await findUserByEmail(db, email);
  const known = user ? await listMemberships(db, user.id) : [];
  if (!user || !known.some((m) => m.municipalityId === provider.municipalityId)) {
    // A resident new to this municipality (perhaps known in a neighbouring one) becomes a citizen here.
    const added = await addUser(db, {
      actor: registrar,
      municipalityId: provider.municipalityId,
      user: { email, name, roles: ['citizen'] },
    });
    user = await findUserById(db, added.id);
  }
  if (!user || user.disabled)
    throw new AppError('UNAUTHENTICATED', 'error.oidc_failed', { provider: provider.displayName });
  await repo.insertIdentity(db, { providerId: provider.id, subject: claims.sub, userId: user.id });
  return user;
}

export type SessionInfo = {
  user: { id: string; name: string; email: string; locale: string | null } | null;
  csrfToken: string | null;
  via: 'session' | 'token' | null;
  memberships: Awaited<ReturnType<typeof listMemberships>>;
};

/** What the web app needs to know about the caller. */
export async function describeSession(db: Db, principal: Principal | null): Promise<SessionInfo> {
  if (!principal) return { user: null, csrfToken: null, via: null, memberships: [] };
  const memberships = (await listMemberships(db, principal.userId))
    .map((m) => ({ ...m, roles: principal.rolesByMunicipality.get(m.municipalityId) ?? [] }))
    .filter((m) => m.roles.length > 0);
  return {
    user: {
      id: principal.userId,
      name: principal.name,
      email: principal.email,
      locale: isLocale(principal.locale) ? principal.locale : null,
    },
    csrfToken: principal.via.kind === 'session' ? principal.via.csrfToken : null,
    via: principal.via.kind,
    memberships,
  };
}
