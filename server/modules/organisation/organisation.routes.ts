import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors } from '../../http/openapi.ts';
import { requireTenant } from '../../http/tenant.ts';
import { slugParam } from '../municipalities/municipalities.contract.ts';
import * as bodies from './bodies.service.ts';
import * as memberships from './memberships.service.ts';
import {
  adoptRoleDescriptionBody,
  appointBody,
  appointResultDto,
  bodiesQuery,
  bodyDetailDto,
  bodyDto,
  bodyIdParams,
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
  membershipIdParams,
  moveUpBody,
  personAdminDto,
  personIdParams,
  personPageDto,
  personsQuery,
  positionDto,
  positionIdParams,
  representationDto,
  roleDescriptionDto,
  roleTypeParams,
  termDto,
  termIdParams,
  updateBodyBody,
  updatePersonBody,
  updateTermBody,
  exportQuery,
  importBody,
  importReportDto,
} from './organisation.contract.ts';
import * as people from './people.service.ts';
import { getRepresentation } from './representation.service.ts';
import { exportOrganisation, importOrganisation } from './transfer.service.ts';
import * as roleDescriptions from './role-descriptions.service.ts';

const tags = ['organisation'];
const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export async function organisationRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const manage = { policy: 'organisation.manage' as const };
  const open = { policy: 'public' as const };

  // Terms
  app.get(
    '/m/:municipality/terms',
    {
      config: open,
      schema: {
        tags,
        summary: 'Terms of office, newest first',
        params: slugParam,
        response: { 200: list(termDto), ...errors(404) },
      },
    },
    async (request) => ({ items: await bodies.listTerms(app.db, requireTenant(request).id) }),
  );
  app.post(
    '/m/:municipality/terms',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a term of office',
        params: slugParam,
        body: createTermBody,
        response: { 201: termDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await bodies.createTerm(app.db, {
          actor: request.actor,
          municipalityId: requireTenant(request).id,
          term: request.body,
        }),
      ),
  );
  app.patch(
    '/m/:municipality/terms/:termId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a term of office',
        params: termIdParams,
        body: updateTermBody,
        response: { 200: termDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      bodies.updateTerm(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        termId: request.params.termId,
        patch: request.body,
      }),
  );

  // Bodies
  app.get(
    '/m/:municipality/bodies',
    {
      config: open,
      schema: {
        tags,
        summary: 'Bodies: political bodies, administration units, companies',
        params: slugParam,
        querystring: bodiesQuery,
        response: { 200: list(bodyDto), ...errors(400, 404) },
      },
    },
    async (request) => ({
      items: await bodies.listBodies(app.db, {
        municipalityId: requireTenant(request).id,
        kind: request.query.kind,
        includeEnded: request.query.includeEnded === 'true',
      }),
    }),
  );
  app.post(
    '/m/:municipality/bodies',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Create a body',
        params: slugParam,
        body: createBodyBody,
        response: { 201: bodyDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await bodies.createBody(app.db, {
          actor: request.actor,
          municipalityId: requireTenant(request).id,
          body: request.body,
        }),
      ),
  );
  app.get(
    '/m/:municipality/bodies/:bodyId',
    {
      config: open,
      schema: {
        tags,
        summary: 'A body with its members in a term (today’s term unless termId is given)',
        params: bodyIdParams,
        querystring: z.object({ termId: z.uuid().optional() }),
        response: { 200: bodyDetailDto, ...errors(400, 404) },
      },
    },
    async (request) =>
      memberships.getBodyDetail(app.db, {
        municipalityId: requireTenant(request).id,
        bodyId: request.params.bodyId,
        termId: request.query.termId,
      }),
  );
  app.patch(
    '/m/:municipality/bodies/:bodyId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a body',
        params: bodyIdParams,
        body: updateBodyBody,
        response: { 200: bodyDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      bodies.updateBody(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        bodyId: request.params.bodyId,
        patch: request.body,
      }),
  );
  app.post(
    '/m/:municipality/bodies/:bodyId/composition/check',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Check a proposed composition against the gender rule without saving it',
        params: bodyIdParams,
        body: compositionBody.pick({ members: true }),
        response: { 200: genderBalanceDto, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      memberships.checkComposition(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        bodyId: request.params.bodyId,
        members: request.body.members,
      }),
  );
  app.put(
    '/m/:municipality/bodies/:bodyId/composition',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Elect the body’s members and substitutes for a term, as a whole',
        params: bodyIdParams,
        body: compositionBody,
        response: { 200: compositionResultDto, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      memberships.setComposition(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        bodyId: request.params.bodyId,
        composition: request.body,
      }),
  );

  // Memberships
  app.post(
    '/m/:municipality/memberships',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Appoint one person to a body',
        params: slugParam,
        body: appointBody,
        response: { 201: appointResultDto, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await memberships.appoint(app.db, {
          actor: request.actor,
          municipalityId: requireTenant(request).id,
          appointment: request.body,
        }),
      ),
  );
  app.patch(
    '/m/:municipality/memberships/:membershipId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'End a membership; names the substitute next in order',
        params: membershipIdParams,
        body: endMembershipBody,
        response: { 200: endMembershipResultDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      memberships.endMembership(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        membershipId: request.params.membershipId,
        ...request.body,
      }),
  );
  app.post(
    '/m/:municipality/memberships/:membershipId/move-up',
    {
      config: manage,
      schema: {
        tags,
        summary: 'A substitute moves up to a seat on the same list',
        params: membershipIdParams,
        body: moveUpBody,
        response: { 201: appointResultDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await memberships.moveUp(app.db, {
          actor: request.actor,
          municipalityId: requireTenant(request).id,
          membershipId: request.params.membershipId,
          ...request.body,
        }),
      ),
  );

  // Persons
  app.get(
    '/m/:municipality/persons',
    {
      config: manage,
      schema: {
        tags,
        summary: 'People, for appointments',
        params: slugParam,
        querystring: personsQuery,
        response: { 200: list(personAdminDto), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => ({
      items: await people.listPersons(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        query: request.query.q,
      }),
    }),
  );
  app.post(
    '/m/:municipality/persons',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Register a person',
        params: slugParam,
        body: createPersonBody,
        response: { 201: personAdminDto, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await people.createPerson(app.db, {
          actor: request.actor,
          municipalityId: requireTenant(request).id,
          person: request.body,
        }),
      ),
  );
  app.get(
    '/m/:municipality/persons/:personId',
    {
      config: open,
      schema: {
        tags,
        summary: 'A person’s page: roles, memberships over time, role descriptions',
        params: personIdParams,
        response: { 200: personPageDto, ...errors(404) },
      },
    },
    async (request) =>
      people.getPersonPage(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        personId: request.params.personId,
      }),
  );
  app.patch(
    '/m/:municipality/persons/:personId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a person',
        params: personIdParams,
        body: updatePersonBody,
        response: { 200: personAdminDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      people.updatePerson(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        personId: request.params.personId,
        patch: request.body,
      }),
  );

  // Positions
  app.get(
    '/m/:municipality/positions',
    {
      config: open,
      schema: {
        tags,
        summary: 'The director, department heads and case officers',
        params: slugParam,
        response: { 200: list(positionDto), ...errors(404) },
      },
    },
    async (request) => ({ items: await people.listPositions(app.db, requireTenant(request).id) }),
  );
  app.post(
    '/m/:municipality/positions',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Appoint an official',
        params: slugParam,
        body: createPositionBody,
        response: { 201: positionDto, ...errors(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await people.createPosition(app.db, {
          actor: request.actor,
          municipalityId: requireTenant(request).id,
          position: request.body,
        }),
      ),
  );
  app.patch(
    '/m/:municipality/positions/:positionId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'End a position',
        params: positionIdParams,
        body: endPositionBody,
        response: { 200: positionDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      people.endPosition(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        positionId: request.params.positionId,
        ...request.body,
      }),
  );

  // Role descriptions
  app.get(
    '/m/:municipality/role-descriptions',
    {
      config: open,
      schema: {
        tags,
        summary: 'Who does what: the role descriptions in force',
        params: slugParam,
        response: { 200: list(roleDescriptionDto), ...errors(404) },
      },
    },
    async (request) => ({
      items: await roleDescriptions.currentRoleDescriptions(
        app.db,
        requireTenant(request).id,
        request.locale,
      ),
    }),
  );
  app.get(
    '/m/:municipality/role-descriptions/:roleType/versions',
    {
      config: open,
      schema: {
        tags,
        summary: 'Every adopted version of a role description',
        params: roleTypeParams,
        response: { 200: list(roleDescriptionDto), ...errors(400, 404) },
      },
    },
    async (request) => ({
      items: await roleDescriptions.roleDescriptionHistory(app.db, {
        municipalityId: requireTenant(request).id,
        roleType: request.params.roleType,
        locale: request.locale,
      }),
    }),
  );
  app.post(
    '/m/:municipality/role-descriptions',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Adopt a new version of a role description',
        params: slugParam,
        body: adoptRoleDescriptionBody,
        response: { 201: roleDescriptionDto, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await roleDescriptions.adoptRoleDescription(app.db, {
          actor: request.actor,
          municipalityId: requireTenant(request).id,
          description: request.body,
        }),
      ),
  );

  // Representation
  app.get(
    '/m/:municipality/representation',
    {
      config: open,
      schema: {
        tags,
        summary: 'Representation by gender and age, per body and term, with the trend',
        params: slugParam,
        response: { 200: representationDto, ...errors(404) },
      },
    },
    async (request) => getRepresentation(app.db, requireTenant(request).id),
  );

  // Import and export
  app.post(
    '/m/:municipality/organisation/import',
    {
      config: manage,
      // An XLSX file arrives base64-encoded inside JSON.
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import bodies, people and memberships from CSV or XLSX: all rows or none',
        params: slugParam,
        body: importBody,
        response: { 200: importReportDto, ...errors(400, 401, 403, 404, 413) },
      },
    },
    async (request) =>
      importOrganisation(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        ...request.body,
        locale: request.locale,
      }),
  );
  app.get(
    '/m/:municipality/organisation/export',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Export bodies, people and memberships as CSV or XLSX (the import format)',
        params: slugParam,
        querystring: exportQuery,
        produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (request, reply) => {
      const tenant = requireTenant(request);
      const file = await exportOrganisation(app.db, {
        actor: request.actor,
        municipalityId: tenant.id,
        format: request.query.format,
      });
      return reply
        .header('content-type', file.contentType)
        .header(
          'content-disposition',
          `attachment; filename="${tenant.slug}-organisation.${request.query.format}"`,
        )
        .send(file.body);
    },
  );
}
