import { z } from 'zod';
import { locales } from '../../../common/i18n/locales.ts';
import { roles } from '../../../common/roles.ts';
import { MIN_PASSWORD_LENGTH } from './passwords.ts';

export const roleEnum = z.enum(roles);

export const userDto = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    roles: z.array(roleEnum),
    hasPassword: z.boolean().describe('False for people who only sign in with e-ID'),
  })
  .meta({ id: 'MunicipalityUser' });
export type UserDto = z.infer<typeof userDto>;

export const userList = z.object({ items: z.array(userDto) });

export const userIdParam = z.object({ userId: z.uuid() });

export const createUserBody = z
  .object({
    email: z.email().max(254),
    name: z.string().trim().min(1).max(200),
    password: z.string().min(MIN_PASSWORD_LENGTH).max(200).optional(),
    roles: z.array(roleEnum).min(1).max(roles.length),
  })
  .strict();
export type CreateUserInput = z.infer<typeof createUserBody>;

export const setRolesBody = z.object({ roles: z.array(roleEnum).max(roles.length) }).strict();

export const updateProfileBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    locale: z.enum(locales).nullable().optional(),
  })
  .strict();

export const tokenDto = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: roleEnum,
    prefix: z.string().describe('The first characters of the token, to recognise it'),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type TokenDto = z.infer<typeof tokenDto>;

export const tokenList = z.object({ items: z.array(tokenDto) });

export const createTokenBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    role: roleEnum,
    expiresInDays: z.number().int().min(1).max(730).optional(),
  })
  .strict();

export const createdTokenDto = z.object({
  token: tokenDto,
  secret: z.string().describe('Shown once; send it as `Authorization: Bearer <secret>`'),
});

export const tokenIdParam = z.object({ tokenId: z.uuid() });
