import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allowedFileTypes } from '../../../common/matters.ts';
import type { Actor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { errors } from '../../http/openapi.ts';
import { requireTenant } from '../../http/tenant.ts';
import type { FileStore } from '../../storage/file-store.ts';
import { slugParam } from '../municipalities/municipalities.contract.ts';
import { listAssignments, reportAssignment } from './assignments.service.ts';
import { addDeadline, closeDeadline, listDeadlines } from './deadlines.service.ts';
import { addFile, readFile, registerDocument, updateDocument } from './documents.service.ts';
import {
  assignmentDto,
  assignmentIdParams,
  assignmentsQuery,
  createDeadlineBody,
  createDocumentBody,
  createMatterBody,
  deadlineDto,
  deadlineIdParams,
  deadlinesQuery,
  documentDto,
  documentIdParams,
  fileDto,
  fileIdParams,
  matterBodyParams,
  matterDto,
  matterIdParams,
  matterListDto,
  matterListItemDto,
  matterSettingsDto,
  mattersQuery,
  preparationBody,
  priorityListDto,
  publicFileParams,
  publicMatterDto,
  publicMatterParams,
  recommendationDto,
  recordDecisionBody,
  reportAssignmentBody,
  saveRecommendationBody,
  searchQuery,
  searchResultDto,
  setPrioritiesBody,
  timelineEventDto,
  transitionBody,
  updateDeadlineBody,
  updateDocumentBody,
  updateMatterBody,
  updateMatterSettingsBody,
  uploadQuery,
  versionBody,
} from './matters.contract.ts';
import * as matters from './matters.service.ts';
import { searchPublic, searchRegistry } from './search.service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    fileStore: FileStore;
  }
}

const tags = ['matters'];
const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** A stored file, as a download that never runs in the app's origin. */
function sendFile(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; sha256: string },
  data: Buffer,
) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('content-security-policy', 'sandbox; default-src none')
    .header('cache-control', 'private, max-age=0')
    .header('etag', `"${file.sha256}"`)
    .send(data);
}

export async function matterRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { policy: 'matters.read' as const };
  const register = { policy: 'matters.register' as const };
  const prepare = { policy: 'matters.prepare' as const };
  const open = { policy: 'public' as const };
  const ids = (request: { actor: Actor } & Parameters<typeof requireTenant>[0]) => ({
    actor: request.actor,
    municipalityId: requireTenant(request).id,
    now: app.clock(),
  });

  // Settings
  app.get(
    '/m/:municipality/matter-settings',
    {
      config: read,
      schema: {
        tags,
        summary: 'Registry number format and recommendation template',
        params: slugParam,
        response: { 200: matterSettingsDto, ...errors(401, 403, 404) },
      },
    },
    async (request) => matters.getMatterSettings(app.db, ids(request)),
  );
  app.patch(
    '/m/:municipality/matter-settings',
    {
      config: { policy: 'matters.configure' },
      schema: {
        tags,
        summary: 'Change the registry number format, the recommendation template or the due-soon window',
        params: slugParam,
        body: updateMatterSettingsBody,
        response: { 200: matterSettingsDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => matters.updateMatterSettings(app.db, { ...ids(request), patch: request.body }),
  );

  // Registry
  app.get(
    '/m/:municipality/matters',
    {
      config: read,
      schema: {
        tags,
        summary: 'The registry, newest first, with filters',
        params: slugParam,
        querystring: mattersQuery,
        response: { 200: matterListDto, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => matters.listMatters(app.db, { ...ids(request), query: request.query }),
  );
  app.post(
    '/m/:municipality/matters',
    {
      config: register,
      schema: {
        tags,
        summary: 'Register a matter: it gets the next registry number and its legal deadline',
        params: slugParam,
        body: createMatterBody,
        response: { 201: matterDto, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await matters.registerMatter(app.db, { ...ids(request), matter: request.body })),
  );
  app.get(
    '/m/:municipality/matters/search',
    {
      config: read,
      schema: {
        tags,
        summary: 'Full-text search over matters and documents, ranked, with snippets',
        params: slugParam,
        querystring: searchQuery,
        response: { 200: searchResultDto, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => searchRegistry(app.db, { ...ids(request), query: request.query }),
  );
  app.get(
    '/m/:municipality/matters/:matterId',
    {
      config: read,
      schema: {
        tags,
        summary: 'A matter with documents, decisions, assignments and deadlines',
        params: matterIdParams,
        response: { 200: matterDto, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => matters.getMatter(app.db, { ...ids(request), matterId: request.params.matterId }),
  );
  app.patch(
    '/m/:municipality/matters/:matterId',
    {
      config: prepare,
      schema: {
        tags,
        summary: 'Change a matter’s registry facts',
        params: matterIdParams,
        body: updateMatterBody,
        response: { 200: matterDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      matters.updateMatter(app.db, {
        ...ids(request),
        matterId: request.params.matterId,
        patch: request.body,
      }),
  );
  app.post(
    '/m/:municipality/matters/:matterId/transitions',
    {
      config: prepare,
      schema: {
        tags,
        summary: 'Move a matter to another state; 409 lists the states it can move to',
        params: matterIdParams,
        body: transitionBody,
        response: { 200: matterDto, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      matters.transitionMatter(app.db, {
        ...ids(request),
        matterId: request.params.matterId,
        change: request.body,
      }),
  );
  app.patch(
    '/m/:municipality/matters/:matterId/preparation',
    {
      config: prepare,
      schema: {
        tags,
        summary: 'Who prepares the matter, and the executive board’s statement (Sweden)',
        params: matterIdParams,
        body: preparationBody,
        response: { 200: matterDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      matters.updatePreparation(app.db, {
        ...ids(request),
        matterId: request.params.matterId,
        preparation: request.body,
      }),
  );
  app.post(
    '/m/:municipality/matters/:matterId/investigated',
    {
      config: { policy: 'matters.confirm-investigated' },
      schema: {
        tags,
        summary: 'The director confirms the matter is properly investigated (kommuneloven § 13-1)',
        params: matterIdParams,
        body: versionBody,
        response: { 200: matterDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      matters.confirmInvestigated(app.db, {
        ...ids(request),
        matterId: request.params.matterId,
        version: request.body.version,
      }),
  );
  app.get(
    '/m/:municipality/matters/:matterId/recommendation',
    {
      config: read,
      schema: {
        tags,
        summary: 'The official’s recommendation and its template',
        params: matterIdParams,
        response: { 200: recommendationDto, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      matters.getRecommendation(app.db, { ...ids(request), matterId: request.params.matterId }),
  );
  app.put(
    '/m/:municipality/matters/:matterId/recommendation',
    {
      config: prepare,
      schema: {
        tags,
        summary: 'Save the recommendation’s sections (a draft may be incomplete)',
        params: matterIdParams,
        body: saveRecommendationBody,
        response: { 200: recommendationDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      matters.saveRecommendation(app.db, {
        ...ids(request),
        matterId: request.params.matterId,
        ...request.body,
      }),
  );
  app.post(
    '/m/:municipality/matters/:matterId/decisions',
    {
      config: { policy: 'matters.decide' },
      schema: {
        tags,
        summary: 'Record a body’s decision, with the assignments it gives',
        params: matterIdParams,
        body: recordDecisionBody,
        response: { 200: matterDto, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      matters.recordDecision(app.db, {
        ...ids(request),
        matterId: request.params.matterId,
        decision: request.body,
      }),
  );
  app.get(
    '/m/:municipality/matters/:matterId/timeline',
    {
      config: read,
      schema: {
        tags,
        summary: 'Every event of the matter in order, with who did it',
        params: matterIdParams,
        response: { 200: list(timelineEventDto), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => ({
      items: await matters.getTimeline(app.db, { ...ids(request), matterId: request.params.matterId }),
    }),
  );

  // Documents and files
  app.post(
    '/m/:municipality/matters/:matterId/documents',
    {
      config: register,
      schema: {
        tags,
        summary: 'Register a document in the matter',
        params: matterIdParams,
        body: createDocumentBody,
        response: { 201: documentDto, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await registerDocument(app.db, {
          ...ids(request),
          matterId: request.params.matterId,
          document: request.body,
        }),
      ),
  );
  app.patch(
    '/m/:municipality/matters/:matterId/documents/:documentId',
    {
      config: register,
      schema: {
        tags,
        summary: 'Change a document’s status, description or confidentiality',
        params: documentIdParams,
        body: updateDocumentBody,
        response: { 200: documentDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      updateDocument(app.db, {
        ...ids(request),
        matterId: request.params.matterId,
        documentId: request.params.documentId,
        patch: request.body,
      }),
  );
  await app.register(async (raw) => {
    const files = raw.withTypeProvider<ZodTypeProvider>();
    // The file itself is the body, typed by its Content-Type; the service checks type and content.
    files.removeAllContentTypeParsers();
    files.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: app.config.fileMaxBytes + 1 },
      (_request, body, done) => done(null, body),
    );
    files.post(
      '/m/:municipality/matters/:matterId/documents/:documentId/files',
      {
        config: register,
        bodyLimit: app.config.fileMaxBytes + 1,
        schema: {
          tags,
          summary: `Add a file to a document: the body is the file (${Object.keys(allowedFileTypes).join(', ')})`,
          params: documentIdParams,
          querystring: uploadQuery,
          response: { 201: fileDto, ...errors(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const data = request.body;
        if (!Buffer.isBuffer(data)) {
          throw new AppError('VALIDATION', 'error.file_empty', { count: 1 });
        }
        return reply.code(201).send(
          await addFile(app.db, {
            ...ids(request),
            matterId: request.params.matterId,
            documentId: request.params.documentId,
            fileName: request.query.name,
            contentType: request.headers['content-type'] ?? '',
            data,
            store: app.fileStore,
            maxBytes: app.config.fileMaxBytes,
          }),
        );
      },
    );
  });
  app.get(
    '/m/:municipality/matters/:matterId/documents/:documentId/files/:fileId',
    {
      config: read,
      schema: {
        tags,
        summary: 'Download a file',
        params: fileIdParams,
        produces: ['application/octet-stream'],
        response: { ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { file, data } = await readFile(app.db, {
        ...ids(request),
        matterId: request.params.matterId,
        documentId: request.params.documentId,
        fileId: request.params.fileId,
        store: app.fileStore,
      });
      return sendFile(reply, file, data);
    },
  );

  // Deadlines
  app.post(
    '/m/:municipality/matters/:matterId/deadlines',
    {
      config: register,
      schema: {
        tags,
        summary: 'Set a deadline on a matter',
        params: matterIdParams,
        body: createDeadlineBody,
        response: { 201: deadlineDto, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addDeadline(app.db, { ...ids(request), matterId: request.params.matterId, ...request.body }),
        ),
  );
  app.patch(
    '/m/:municipality/matters/:matterId/deadlines/:deadlineId',
    {
      config: register,
      schema: {
        tags,
        summary: 'Close a deadline: met, set aside, or (a Swedish motion) reported to the council',
        params: deadlineIdParams,
        body: updateDeadlineBody,
        response: { 200: deadlineDto, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      closeDeadline(app.db, {
        ...ids(request),
        matterId: request.params.matterId,
        deadlineId: request.params.deadlineId,
        ...request.body,
      }),
  );
  app.get(
    '/m/:municipality/deadlines',
    {
      config: read,
      schema: {
        tags,
        summary: 'Overdue, due-soon or open deadlines per body, per official, or your own',
        params: slugParam,
        querystring: deadlinesQuery,
        response: { 200: list(deadlineDto), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => ({ items: await listDeadlines(app.db, { ...ids(request), query: request.query }) }),
  );

  // Assignments
  app.get(
    '/m/:municipality/assignments',
    {
      config: read,
      schema: {
        tags,
        summary: 'Assignments per commissioning body, per unit or person, or your own',
        params: slugParam,
        querystring: assignmentsQuery,
        response: { 200: list(assignmentDto), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => ({ items: await listAssignments(app.db, { ...ids(request), query: request.query }) }),
  );
  app.post(
    '/m/:municipality/assignments/:assignmentId/report',
    {
      config: { policy: 'assignments.report' },
      schema: {
        tags,
        summary: 'Report on an assignment; a report-back matter becomes ready for the body',
        params: assignmentIdParams,
        body: reportAssignmentBody,
        response: { 200: assignmentDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      reportAssignment(app.db, {
        ...ids(request),
        assignmentId: request.params.assignmentId,
        ...request.body,
      }),
  );

  // A body's priorities and its ready matters
  app.get(
    '/m/:municipality/bodies/:bodyId/priorities',
    {
      config: read,
      schema: {
        tags,
        summary: 'The body’s ranked list of prioritised matters',
        params: matterBodyParams,
        response: { 200: priorityListDto, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => matters.getPriorities(app.db, { ...ids(request), bodyId: request.params.bodyId }),
  );
  app.put(
    '/m/:municipality/bodies/:bodyId/priorities',
    {
      config: { policy: 'matters.prioritise' },
      schema: {
        tags,
        summary: 'Replace the body’s ranked list of prioritised matters',
        params: matterBodyParams,
        body: setPrioritiesBody,
        response: { 200: priorityListDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      matters.setPriorities(app.db, { ...ids(request), bodyId: request.params.bodyId, ...request.body }),
  );
  app.get(
    '/m/:municipality/bodies/:bodyId/ready-matters',
    {
      config: read,
      schema: {
        tags,
        summary: 'Matters ready for the body’s next agenda',
        params: matterBodyParams,
        response: { 200: list(matterListItemDto), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => ({
      items: await matters.listReadyMatters(app.db, { ...ids(request), bodyId: request.params.bodyId }),
    }),
  );

  // Public
  app.get(
    '/m/:municipality/public/search',
    {
      config: open,
      schema: {
        tags,
        summary: 'Public search: what the public may see of matters and documents',
        params: slugParam,
        querystring: searchQuery,
        response: { 200: searchResultDto, ...errors(400, 404) },
      },
    },
    async (request) =>
      searchPublic(app.db, { municipalityId: requireTenant(request).id, query: request.query }),
  );
  app.get(
    '/m/:municipality/public/matters/:matterId',
    {
      config: open,
      schema: {
        tags,
        summary: 'A matter as the public sees it',
        params: publicMatterParams,
        response: { 200: publicMatterDto, ...errors(400, 404) },
      },
    },
    async (request) =>
      matters.getPublicMatter(app.db, {
        municipalityId: requireTenant(request).id,
        matterId: request.params.matterId,
      }),
  );
  app.get(
    '/m/:municipality/public/files/:fileId',
    {
      config: open,
      schema: {
        tags,
        summary: 'Download a public file',
        params: publicFileParams,
        produces: ['application/octet-stream'],
        response: { ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      const { file, data } = await readFile(app.db, {
        actor: null,
        municipalityId: requireTenant(request).id,
        fileId: request.params.fileId,
        store: app.fileStore,
      });
      return sendFile(reply, file, data);
    },
  );
}
