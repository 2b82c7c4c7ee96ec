import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { forbidden } from '../../http/errors.ts';
import { errors, noContent } from '../../http/openapi.ts';
import { requireTenant } from '../../http/tenant.ts';
import { slugParam } from '../municipalities/municipalities.contract.ts';
import {
  createTokenBody,
  createUserBody,
  createdTokenDto,
  setRolesBody,
  tokenDto,
  tokenIdParam,
  tokenList,
  updateProfileBody,
  userDto,
  userIdParam,
  userList,
} from './accounts.contract.ts';
import * as service from './accounts.service.ts';

export async function accountRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/m/:municipality/users',
    {
      config: { policy: 'user.read' },
      schema: {
        tags: ['users'],
        summary: 'People with a role in the municipality',
        params: slugParam,
        response: { 200: userList, ...errors(401, 403, 404) },
      },
    },
    async (request) => ({
      items: await service.listUsers(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
      }),
    }),
  );

  app.post(
    '/m/:municipality/users',
    {
      config: { policy: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'Give a person roles here (the account is created when the e-mail address is new)',
        params: slugParam,
        body: createUserBody,
        response: { 201: userDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const user = await service.addUser(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        user: request.body,
      });
      return reply.code(201).send(user);
    },
  );

  app.put(
    '/m/:municipality/users/:userId/roles',
    {
      config: { policy: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'Set exactly which roles a person holds here',
        params: slugParam.extend(userIdParam.shape),
        body: setRolesBody,
        response: { 200: userDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.setUserRoles(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        userId: request.params.userId,
        roles: request.body.roles,
      }),
  );

  app.patch(
    '/me',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: ['session'],
        summary: 'Change your own name or preferred language',
        body: updateProfileBody,
        response: { 204: noContent, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (!principal) throw forbidden();
      await service.updateOwnProfile(app.db, {
        actor: { ...request.actor, userId: principal.userId },
        ...request.body,
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/m/:municipality/tokens',
    {
      config: { policy: 'token.manage' },
      schema: {
        tags: ['tokens'],
        summary: 'Your personal API tokens in this municipality',
        params: slugParam,
        response: { 200: tokenList, ...errors(401, 403, 404) },
      },
    },
    async (request) => ({
      items: await service.listTokens(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
      }),
    }),
  );

  app.post(
    '/m/:municipality/tokens',
    {
      config: { policy: 'token.manage' },
      schema: {
        tags: ['tokens'],
        summary: 'Create a personal API token for one of your roles (the secret is shown once)',
        params: slugParam,
        body: createTokenBody,
        response: { 201: createdTokenDto, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const created = await service.createToken(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        ...request.body,
      });
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/m/:municipality/tokens/:tokenId',
    {
      config: { policy: 'token.manage' },
      schema: {
        tags: ['tokens'],
        summary: 'Revoke one of your API tokens',
        params: slugParam.extend(tokenIdParam.shape),
        response: { 200: tokenDto, ...errors(401, 403, 404) },
      },
    },
    async (request) =>
      service.revokeToken(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        tokenId: request.params.tokenId,
      }),
  );
}
