import { createHash, randomBytes } from 'node:crypto';
import type { Locale } from '../../../common/i18n/index.ts';
import type { Jurisdiction, Role } from '../../../common/roles.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { can } from '../../http/policy.ts';
import { recordChange } from '../audit/audit.service.ts';
import type { CreateUserInput, TokenDto, UserDto } from './accounts.contract.ts';
import * as repo from './accounts.repository.ts';
import { hashPassword } from './passwords.ts';

export type { UserRow } from './accounts.repository.ts';

function toUserDto(row: {
  id: string;
  email: string;
  name: string;
  passwordHash: string | null;
  roles: Role[];
}): UserDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    hasPassword: row.passwordHash !== null,
  };
}

function toTokenDto(row: repo.TokenRow): TokenDto {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export const findUserByEmail = repo.findUserByEmail;
export const findUserById = repo.findUserById;

export type Membership = {
  municipalityId: string;
  slug: string;
  name: string;
  jurisdiction: Jurisdiction;
  roles: Role[];
};

/** The municipalities a person holds roles in, for the municipality switcher and the principal. */
export async function listMemberships(db: DbOrTx, userId: string): Promise<Membership[]> {
  const byMunicipality = new Map<string, Membership>();
  for (const row of await repo.findAllRolesOfUser(db, userId)) {
    const entry = byMunicipality.get(row.municipalityId) ?? {
      municipalityId: row.municipalityId,
      slug: row.slug,
      name: row.name,
      jurisdiction: row.jurisdiction,
      roles: [],
    };
    entry.roles.push(row.role);
    byMunicipality.set(row.municipalityId, entry);
  }
  return [...byMunicipality.values()];
}

export async function countRoleHolders(db: DbOrTx, municipalityId: string, role?: Role): Promise<number> {
  return repo.countRoleHolders(db, municipalityId, role);
}

/** The people holding a role in the municipality. Administrators only. @throws FORBIDDEN */
export async function listUsers(db: Db, input: { actor: Actor; municipalityId: string }): Promise<UserDto[]> {
  if (!can(input.actor, 'user.read', { municipalityId: input.municipalityId })) throw forbidden();
  return (await repo.findUsersInMunicipality(db, input.municipalityId)).map(toUserDto);
}

/**
 * Gives a person roles in the municipality, creating the account when the e-mail address is new.
 * A person already known to the installation (e.g. with roles in a neighbouring municipality)
 * keeps one account; their password is never changed from here.
 * @throws FORBIDDEN unless administrator; CONFLICT when the person already has every role given
 */
export async function addUser(
  db: Db,
  input: { actor: Actor; municipalityId: string; user: CreateUserInput },
): Promise<UserDto> {
  const { actor, municipalityId, user } = input;
  if (!can(actor, 'user.manage', { municipalityId })) throw forbidden();
  const passwordHash = user.password ? await hashPassword(user.password) : null;
  return db.transaction(async (tx) => {
    let row = await repo.findUserByEmail(tx, user.email);
    const created = !row;
    if (!row) {
      row = await repo.insertUser(tx, { email: user.email, name: user.name, passwordHash });
    }
    const before = await repo.findRoles(tx, municipalityId, row.id);
    const added = [...new Set(user.roles)].filter((role) => !before.includes(role));
    if (!created && added.length === 0) throw new AppError('CONFLICT', 'error.role_already_held');
    await repo.insertRoles(tx, municipalityId, row.id, added);
    const after = await repo.findRoles(tx, municipalityId, row.id);
    const dto = toUserDto({ ...row, roles: after });
    await recordChange(tx, actor, {
      municipalityId,
      action: created ? 'user.create' : 'user.roles.grant',
      entityType: 'user',
      entityId: row.id,
      before: created ? null : { roles: before },
      after: { email: dto.email, name: dto.name, roles: after },
    });
    return dto;
  });
}

/**
 * Sets exactly which roles a person holds in the municipality (an empty list removes them).
 * @throws FORBIDDEN unless administrator; NOT_FOUND for a person without roles here;
 *   CONFLICT when it would leave the municipality without an administrator
 */
export async function setUserRoles(
  db: Db,
  input: { actor: Actor; municipalityId: string; userId: string; roles: Role[] },
): Promise<UserDto> {
  const { actor, municipalityId, userId } = input;
  if (!can(actor, 'user.manage', { municipalityId })) throw forbidden();
  return db.transaction(async (tx) => {
    const row = await repo.findUserById(tx, userId);
    const before = row ? await repo.findRoles(tx, municipalityId, userId) : [];
    if (!row || before.length === 0) throw notFound();
    const wanted = [...new Set(input.roles)];
    await repo.deleteRoles(
      tx,
      municipalityId,
      userId,
      before.filter((r) => !wanted.includes(r)),
    );
    await repo.insertRoles(
      tx,
      municipalityId,
      userId,
      wanted.filter((r) => !before.includes(r)),
    );
    if ((await repo.countRoleHolders(tx, municipalityId, 'administrator')) === 0) {
      throw new AppError('CONFLICT', 'error.last_administrator');
    }
    const after = await repo.findRoles(tx, municipalityId, userId);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'user.roles.set',
      entityType: 'user',
      entityId: userId,
      before: { roles: before },
      after: { roles: after },
    });
    return toUserDto({ ...row, roles: after });
  });
}

/** A person changes their own name or preferred language. */
export async function updateOwnProfile(
  db: Db,
  input: { actor: Actor; name?: string; locale?: Locale | null },
): Promise<void> {
  const userId = input.actor.userId;
  if (!userId) throw forbidden();
  await db.transaction(async (tx) => {
    const before = await repo.findUserById(tx, userId);
    if (!before) throw notFound();
    const patch = {
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.locale === undefined ? {} : { locale: input.locale }),
    };
    const after = await repo.updateUser(tx, userId, patch);
    await recordChange(tx, input.actor, {
      municipalityId: null,
      action: 'user.profile.update',
      entityType: 'user',
      entityId: userId,
      before: { name: before.name, locale: before.locale },
      after: { name: after?.name, locale: after?.locale },
    });
  });
}

/**
 * Creates an account outside any request (the CLI's `user add`, seeds), with roles in one
 * municipality. Reuses an existing account with the same e-mail address.
 */
export async function ensureUserWithRoles(
  db: Db,
  input: {
    actor: Actor;
    municipalityId: string;
    email: string;
    name: string;
    password?: string;
    roles: Role[];
  },
): Promise<UserDto> {
  const existing = await repo.findUserByEmail(db, input.email);
  if (existing) {
    const held = await repo.findRoles(db, input.municipalityId, existing.id);
    if (input.roles.every((r) => held.includes(r))) return toUserDto({ ...existing, roles: held });
  }
  return addUser(db, {
    actor: input.actor,
    municipalityId: input.municipalityId,
    user: { email: input.email, name: input.name, password: input.password, roles: input.roles },
  });
}

export const TOKEN_PREFIX = 'sps_';

export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** The caller's own API tokens in this municipality. */
export async function listTokens(
  db: Db,
  input: { actor: Actor; municipalityId: string },
): Promise<TokenDto[]> {
  const { actor, municipalityId } = input;
  if (!actor.userId || !can(actor, 'token.manage', { municipalityId })) throw forbidden();
  return (await repo.findTokensOfUser(db, municipalityId, actor.userId)).map(toTokenDto);
}

/**
 * Issues a personal API token scoped to one role the caller holds here. The secret is returned
 * once and only its SHA-256 is stored.
 * @throws FORBIDDEN when the caller does not hold the role (a token never widens access)
 */
export async function createToken(
  db: Db,
  input: { actor: Actor; municipalityId: string; name: string; role: Role; expiresInDays?: number },
): Promise<{ token: TokenDto; secret: string }> {
  const { actor, municipalityId } = input;
  if (!actor.userId || !can(actor, 'token.manage', { municipalityId })) throw forbidden();
  if (!actor.roles.includes(input.role)) throw new AppError('FORBIDDEN', 'error.token_role_not_held');
  const userId = actor.userId;
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  return db.transaction(async (tx) => {
    const row = await repo.insertToken(tx, {
      municipalityId,
      userId,
      role: input.role,
      name: input.name,
      tokenHash: hashTokenSecret(secret),
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      expiresAt,
    });
    const token = toTokenDto(row);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'token.create',
      entityType: 'api_token',
      entityId: row.id,
      after: token,
    });
    return { token, secret };
  });
}

/** Revokes one of the caller's own tokens. @throws NOT_FOUND for another person's token */
export async function revokeToken(
  db: Db,
  input: { actor: Actor; municipalityId: string; tokenId: string },
): Promise<TokenDto> {
  const { actor, municipalityId } = input;
  if (!actor.userId || !can(actor, 'token.manage', { municipalityId })) throw forbidden();
  const userId = actor.userId;
  return db.transaction(async (tx) => {
    const row = await repo.revokeToken(tx, municipalityId, userId, input.tokenId);
    if (!row) throw notFound();
    const token = toTokenDto(row);
    await recordChange(tx, actor, {
      municipalityId,
      action: 'token.revoke',
      entityType: 'api_token',
      entityId: row.id,
      after: token,
    });
    return token;
  });
}

/** Looks up a live token by its secret; used by the authentication hook. */
export async function findLiveToken(db: Db, secret: string): Promise<repo.TokenRow | undefined> {
  if (!secret.startsWith(TOKEN_PREFIX)) return undefined;
  const row = await repo.findTokenByHash(db, hashTokenSecret(secret));
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= new Date())) return undefined;
  await repo.touchToken(db, row.id);
  return row;
}
