import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errors } from '../../http/openapi.ts';
import { requireTenant } from '../../http/tenant.ts';
import { slugParam } from '../municipalities/municipalities.contract.ts';
import { auditList, auditQuery, verifyResultDto } from './audit.contract.ts';
import * as service from './audit.service.ts';

export async function auditRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/m/:municipality/audit',
    {
      config: { policy: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The municipality’s audit trail, newest first',
        params: slugParam,
        querystring: auditQuery,
        response: { 200: auditList, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => ({
      items: await service.listAuditEntries(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        limit: request.query.limit,
        beforeSeq: request.query.beforeSeq,
      }),
    }),
  );

  app.get(
    '/m/:municipality/audit/verify',
    {
      config: { policy: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Recompute the hash chain and name the first entry that does not match',
        params: slugParam,
        response: { 200: verifyResultDto, ...errors(401, 403, 404) },
      },
    },
    async (request) =>
      service.verifyMunicipalityChain(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
      }),
  );
}
