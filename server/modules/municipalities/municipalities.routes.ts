import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errors } from '../../http/openapi.ts';
import {
  municipalityDto,
  municipalityList,
  overviewDto,
  slugParam,
  updateMunicipalityBody,
} from './municipalities.contract.ts';
import * as service from './municipalities.service.ts';
import { requireTenant } from '../../http/tenant.ts';

const tags = ['municipalities'];

export async function municipalityRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/municipalities',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'List the municipalities of this installation',
        response: { 200: municipalityList },
      },
    },
    async () => ({ items: await service.listMunicipalities(app.db) }),
  );

  app.get(
    '/m/:municipality',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'One municipality',
        params: slugParam,
        response: { 200: municipalityDto, ...errors(404) },
      },
    },
    async (request) => service.getMunicipality(app.db, requireTenant(request).id),
  );

  app.patch(
    '/m/:municipality',
    {
      config: { policy: 'municipality.update' },
      schema: {
        tags,
        summary: 'Change the municipality’s name, population or default language',
        params: slugParam,
        body: updateMunicipalityBody,
        response: { 200: municipalityDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.updateMunicipality(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        patch: request.body,
      }),
  );

  app.get(
    '/m/:municipality/overview',
    {
      config: { policy: 'municipality.overview' },
      schema: {
        tags,
        summary: 'The signed-in start page: the municipality and your roles in it',
        params: slugParam,
        response: { 200: overviewDto, ...errors(401, 403, 404) },
      },
    },
    async (request) =>
      service.getOverview(app.db, { actor: request.actor, municipalityId: requireTenant(request).id }),
  );
}
