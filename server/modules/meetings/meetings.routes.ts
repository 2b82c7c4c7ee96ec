import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can, type RoutePolicy } from '../../http/policy.ts';
import { errors, noContent } from '../../http/openapi.ts';
import { requireTenant } from '../../http/tenant.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { slugParam } from '../municipalities/municipalities.contract.ts';
import {
  addItem,
  listAgendaCandidates,
  publishNotice,
  removeItem,
  reorderItems,
  updateItem,
} from './agenda.service.ts';
import { type LiveHub, openStream } from './live.ts';
import * as live from './live.service.ts';
import {
  absenceBody,
  adjustersBody,
  attendanceBody,
  bodyIdParams,
  cancelMeetingBody,
  castVoteBody,
  closeVotingBody,
  concludeItemBody,
  conflictBody,
  conflictIdParams,
  createItemBody,
  createMeetingBody,
  decideItemBody,
  itemIdParams,
  meetingDto,
  meetingIdParams,
  meetingListItemDto,
  meetingSettingsDto,
  meetingStatisticsDto,
  meetingsQuery,
  minutesDto,
  myMeetingsDto,
  noteBody,
  noticeBoardQuery,
  noticeDto,
  noticeIdParams,
  openMeetingBody,
  openVotingBody,
  orderBody,
  personIdParams,
  postMinutesBody,
  proposalBody,
  proposalIdParams,
  publicMeetingsQuery,
  publishNoticeBody,
  rulingBody,
  signBody,
  speakerBody,
  speakerIdParams,
  statementBody,
  statementIdParams,
  statisticsQuery,
  updateItemBody,
  updateMeetingBody,
  updateMeetingSettingsBody,
  updateMinutesBody,
  updateStatementBody,
  versionBody,
  votingIdParams,
} from './meetings.contract.ts';
import { getMinutes, renderMinutes, sendForSigning, signMinutes, updateMinutes } from './minutes.service.ts';
import { listNotices, noticeFeed, postMinutes, removeNotice } from './notice-board.service.ts';
import {
  bodyCalendar,
  cancelMeeting,
  createMeeting,
  getMeetingSettings,
  listMeetings,
  listMyMeetings,
  listPublicMeetings,
  personCalendar,
  updateMeeting,
  updateMeetingSettings,
} from './plan.service.ts';
import { declareConflict, reportAbsence, ruleOnConflict, saveNote } from './portal.service.ts';
import { getMeetingStatistics } from './statistics.service.ts';
import { getMeeting, getPublicMeeting } from './view.service.ts';
import { requireMeeting } from './meetings.common.ts';
import * as repo from './meetings.repository.ts';

declare module 'fastify' {
  interface FastifyInstance {
    mailer: Mailer | null;
    liveHub: LiveHub;
  }
}

const tags = ['meetings'];
const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const lastEventId = (request: FastifyRequest): number | null => {
  const header = request.headers['last-event-id'];
  const query = (request.query as { lastEventId?: string } | undefined)?.lastEventId;
  const value = typeof header === 'string' ? header : query;
  return value && /^\d{1,15}$/.test(value) ? Number(value) : null;
};

export async function meetingRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { policy: 'meetings.read' as const };
  const manage = { policy: 'meetings.manage' as const };
  const open = { policy: 'public' as const };
  const outbox = () => ({ mailer: app.mailer, publicUrl: app.config.publicUrl });
  const ids = (request: FastifyRequest) => ({
    actor: request.actor,
    municipalityId: requireTenant(request).id,
    now: app.clock(),
  });
  const inMeeting = (request: FastifyRequest & { params: { meetingId: string } }) => ({
    ...ids(request),
    meetingId: request.params.meetingId,
  });
  const meetingReply = { 200: meetingDto, ...errors(400, 401, 403, 404, 409, 422) };
  const created = { 201: meetingDto, ...errors(400, 401, 403, 404, 409, 422) };

  // Settings and plan -----------------------------------------------------------------------------
  app.get(
    '/m/:municipality/bodies/:bodyId/meeting-settings',
    {
      config: read,
      schema: {
        tags,
        summary: 'A body’s notice lead time, publicity and signers',
        params: bodyIdParams,
        response: { 200: meetingSettingsDto, ...errors(401, 403, 404) },
      },
    },
    async (request) => getMeetingSettings(app.db, { ...ids(request), bodyId: request.params.bodyId }),
  );
  app.patch(
    '/m/:municipality/bodies/:bodyId/meeting-settings',
    {
      config: { policy: 'meetings.configure' },
      schema: {
        tags,
        summary: 'Change a body’s meeting rules within the law',
        params: bodyIdParams,
        body: updateMeetingSettingsBody,
        response: { 200: meetingSettingsDto, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      updateMeetingSettings(app.db, { ...ids(request), bodyId: request.params.bodyId, patch: request.body }),
  );
  app.get(
    '/m/:municipality/meetings',
    {
      config: read,
      schema: {
        tags,
        summary: 'The meeting plan, by body, year or period',
        params: slugParam,
        querystring: meetingsQuery,
        response: { 200: list(meetingListItemDto), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => ({ items: await listMeetings(app.db, { ...ids(request), query: request.query }) }),
  );
  app.post(
    '/m/:municipality/meetings',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Plan a meeting',
        params: slugParam,
        body: createMeetingBody,
        response: created,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createMeeting(app.db, { ...ids(request), meeting: request.body })),
  );
  app.get(
    '/m/:municipality/my/meetings',
    {
      config: read,
      schema: {
        tags,
        summary: 'Your coming meetings, as member, substitute or called in',
        params: slugParam,
        response: { 200: myMeetingsDto, ...errors(401, 403, 404) },
      },
    },
    async (request) => listMyMeetings(app.db, ids(request)),
  );
  app.get(
    '/m/:municipality/meetings/:meetingId',
    {
      config: read,
      schema: {
        tags,
        summary: 'A meeting with its agenda, participants and record',
        params: meetingIdParams,
        response: { 200: meetingDto, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getMeeting(app.db, inMeeting(request)),
  );
  app.patch(
    '/m/:municipality/meetings/:meetingId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a meeting’s name, time or place',
        params: meetingIdParams,
        body: updateMeetingBody,
        response: meetingReply,
      },
    },
    async (request) =>
      updateMeeting(app.db, { ...inMeeting(request), patch: request.body, outbox: outbox() }),
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/cancel',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Cancel a meeting, with a reason',
        params: meetingIdParams,
        body: cancelMeetingBody,
        response: meetingReply,
      },
    },
    async (request) => cancelMeeting(app.db, { ...inMeeting(request), ...request.body, outbox: outbox() }),
  );

  // Agenda and notice -----------------------------------------------------------------------------
  app.get(
    '/m/:municipality/meetings/:meetingId/candidates',
    {
      config: manage,
      schema: {
        tags,
        summary: 'The body’s matters that may go on this agenda (ready, or postponed)',
        params: meetingIdParams,
        response: {
          200: list(
            z.object({
              id: z.uuid(),
              registryNumber: z.string(),
              title: z.string(),
              type: z.string(),
              nature: z.string(),
              state: z.string(),
              confidential: z.boolean(),
            }),
          ),
          ...errors(401, 403, 404),
        },
      },
    },
    async (request) => listAgendaCandidates(app.db, inMeeting(request)),
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/items',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add an item: a matter, a standard item or another',
        params: meetingIdParams,
        body: createItemBody,
        response: created,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addItem(app.db, { ...inMeeting(request), item: request.body })),
  );
  app.patch(
    '/m/:municipality/meetings/:meetingId/items/:itemId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change an item’s title or publicity (closing needs its legal ground)',
        params: itemIdParams,
        body: updateItemBody,
        response: meetingReply,
      },
    },
    async (request) =>
      updateItem(app.db, { ...inMeeting(request), itemId: request.params.itemId, patch: request.body }),
  );
  app.delete(
    '/m/:municipality/meetings/:meetingId/items/:itemId',
    {
      config: manage,
      schema: { tags, summary: 'Take an item off the agenda', params: itemIdParams, response: meetingReply },
    },
    async (request) => removeItem(app.db, { ...inMeeting(request), itemId: request.params.itemId }),
  );
  app.put(
    '/m/:municipality/meetings/:meetingId/agenda-order',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Put the agenda in a new order',
        params: meetingIdParams,
        body: orderBody,
        response: meetingReply,
      },
    },
    async (request) => reorderItems(app.db, { ...inMeeting(request), ...request.body }),
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/notice',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Publish the notice: call members and substitutes, post it, schedule the matters',
        params: meetingIdParams,
        body: publishNoticeBody,
        response: meetingReply,
      },
    },
    async (request) => publishNotice(app.db, { ...inMeeting(request), ...request.body, outbox: outbox() }),
  );

  // Member portal ---------------------------------------------------------------------------------
  app.post(
    '/m/:municipality/meetings/:meetingId/absence',
    {
      config: read,
      schema: {
        tags,
        summary: 'Report absence; the next substitute of the same list is called',
        params: meetingIdParams,
        body: absenceBody,
        response: meetingReply,
      },
    },
    async (request) => reportAbsence(app.db, { ...inMeeting(request), ...request.body, outbox: outbox() }),
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/items/:itemId/conflicts',
    {
      config: read,
      schema: {
        tags,
        summary: 'Declare a conflict of interest, or raise the question about a member',
        params: itemIdParams,
        body: conflictBody,
        response: meetingReply,
      },
    },
    async (request) =>
      declareConflict(app.db, { ...inMeeting(request), itemId: request.params.itemId, ...request.body }),
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/conflicts/:conflictId/ruling',
    {
      config: read,
      schema: {
        tags,
        summary: 'Record the body’s ruling on a conflict question',
        params: conflictIdParams,
        body: rulingBody,
        response: meetingReply,
      },
    },
    async (request) =>
      ruleOnConflict(app.db, {
        ...inMeeting(request),
        conflictId: request.params.conflictId,
        upheld: request.body.upheld,
      }),
  );
  app.put(
    '/m/:municipality/meetings/:meetingId/items/:itemId/note',
    {
      config: read,
      schema: {
        tags,
        summary: 'Your private note on an item (version 0 for the first)',
        params: itemIdParams,
        body: noteBody,
        response: {
          200: z.object({ text: z.string(), version: z.number().int() }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) =>
      saveNote(app.db, { ...inMeeting(request), itemId: request.params.itemId, ...request.body }),
  );

  // The meeting itself ----------------------------------------------------------------------------
  app.post(
    '/m/:municipality/meetings/:meetingId/open',
    {
      config: read,
      schema: {
        tags,
        summary: 'Open the meeting (the chair or the secretary)',
        params: meetingIdParams,
        body: openMeetingBody,
        response: meetingReply,
      },
    },
    async (request) => live.openMeeting(app.db, { ...inMeeting(request), ...request.body }),
  );
  app.put(
    '/m/:municipality/meetings/:meetingId/attendance',
    {
      config: read,
      schema: {
        tags,
        summary: 'Record someone arriving or leaving',
        params: meetingIdParams,
        body: attendanceBody,
        response: meetingReply,
      },
    },
    async (request) => live.setAttendance(app.db, { ...inMeeting(request), ...request.body }),
  );
  app.put(
    '/m/:municipality/meetings/:meetingId/adjusters',
    {
      config: read,
      schema: {
        tags,
        summary: 'Name who signs the minutes with the chair',
        params: meetingIdParams,
        body: adjustersBody,
        response: meetingReply,
      },
    },
    async (request) => live.setAdjusters(app.db, { ...inMeeting(request), ...request.body }),
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/items/:itemId/start',
    {
      config: read,
      schema: { tags, summary: 'Start handling an item', params: itemIdParams, response: meetingReply },
    },
    async (request) => live.startItem(app.db, { ...inMeeting(request), itemId: request.params.itemId }),
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/items/:itemId/conclude',
    {
      config: read,
      schema: {
        tags,
        summary: 'End an item without a decision: noted, postponed or referred back',
        params: itemIdParams,
        body: concludeItemBody,
        response: meetingReply,
      },
    },
    async (request) =>
      live.concludeItem(app.db, { ...inMeeting(request), itemId: request.params.itemId, ...request.body }),
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/items/:itemId/decide',
    {
      config: read,
      schema: {
        tags,
        summary: 'Decide an item by acclamation or after votes',
        params: itemIdParams,
        body: decideItemBody,
        response: meetingReply,
      },
    },
    async (request) =>
      live.decideItem(app.db, {
        ...inMeeting(request),
        itemId: request.params.itemId,
        ...request.body,
        outbox: outbox(),
      }),
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/items/:itemId/speakers',
    {
      config: read,
      schema: {
        tags,
        summary: 'Ask for the floor, or add a speaker',
        params: itemIdParams,
        body: speakerBody,
        response: meetingReply,
      },
    },
    async (request) =>
      live.requestFloor(app.db, { ...inMeeting(request), itemId: request.params.itemId, ...request.body }),
  );
  for (const action of ['start', 'end', 'remove'] as const) {
    app.post(
      `/m/:municipality/meetings/:meetingId/items/:itemId/speakers/:speakerId/${action}`,
      {
        config: read,
        schema: {
          tags,
          summary: `Speakers’ list: ${action}`,
          params: speakerIdParams,
          response: meetingReply,
        },
      },
      async (request) =>
        live.moveSpeaker(app.db, {
          ...inMeeting(request),
          itemId: request.params.itemId,
          speakerId: request.params.speakerId,
          action,
        }),
    );
  }
  app.post(
    '/m/:municipality/meetings/:meetingId/items/:itemId/proposals',
    {
      config: read,
      schema: {
        tags,
        summary: 'Put a counter-proposal or an amendment',
        params: itemIdParams,
        body: proposalBody,
        response: meetingReply,
      },
    },
    async (request) =>
      live.addProposal(app.db, { ...inMeeting(request), itemId: request.params.itemId, ...request.body }),
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/items/:itemId/proposals/:proposalId/withdraw',
    {
      config: read,
      schema: { tags, summary: 'Withdraw a proposal', params: proposalIdParams, response: meetingReply },
    },
    async (request) =>
      live.withdrawProposal(app.db, {
        ...inMeeting(request),
        itemId: request.params.itemId,
        proposalId: request.params.proposalId,
      }),
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/items/:itemId/votings',
    {
      config: read,
      schema: {
        tags,
        summary: 'Open a round of voting between proposals',
        params: itemIdParams,
        body: openVotingBody,
        response: meetingReply,
      },
    },
    async (request) =>
      live.openVoting(app.db, { ...inMeeting(request), itemId: request.params.itemId, ...request.body }),
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/votings/:votingId/votes',
    {
      config: read,
      schema: {
        tags,
        summary: 'Cast your vote, or record a member’s vote given aloud',
        params: votingIdParams,
        body: castVoteBody,
        response: {
          200: z.object({ votedCount: z.number().int(), eligibleCount: z.number().int() }),
          ...errors(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request) =>
      live.castVote(app.db, {
        ...inMeeting(request),
        votingId: request.params.votingId,
        ...request.body,
      }),
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/votings/:votingId/close',
    {
      config: read,
      schema: {
        tags,
        summary: 'Close and count a round',
        params: votingIdParams,
        body: closeVotingBody,
        response: meetingReply,
      },
    },
    async (request) =>
      live.closeVoting(app.db, { ...inMeeting(request), votingId: request.params.votingId, ...request.body }),
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/items/:itemId/statements',
    {
      config: read,
      schema: {
        tags,
        summary: 'Announce a reservation, or add a note for the minutes',
        params: itemIdParams,
        body: statementBody,
        response: meetingReply,
      },
    },
    async (request) =>
      live.addStatement(app.db, { ...inMeeting(request), itemId: request.params.itemId, ...request.body }),
  );
  app.patch(
    '/m/:municipality/meetings/:meetingId/statements/:statementId',
    {
      config: read,
      schema: {
        tags,
        summary: 'Write a reservation’s reasons or a note (until the minutes are signed)',
        params: statementIdParams,
        body: updateStatementBody,
        response: meetingReply,
      },
    },
    async (request) =>
      live.updateStatement(app.db, {
        ...inMeeting(request),
        statementId: request.params.statementId,
        ...request.body,
      }),
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/close',
    {
      config: read,
      schema: {
        tags,
        summary: 'Close the meeting; the draft minutes are generated',
        params: meetingIdParams,
        body: versionBody,
        response: meetingReply,
      },
    },
    async (request) => live.closeMeeting(app.db, { ...inMeeting(request), ...request.body }),
  );

  // Live events -----------------------------------------------------------------------------------
  const stream = async (
    request: FastifyRequest & { params: { meetingId: string } },
    internal: boolean,
    reply: FastifyReply,
  ) => {
    const municipalityId = requireTenant(request).id;
    await requireMeeting(app.db, municipalityId, request.params.meetingId);
    reply.hijack();
    const write = openStream(reply.raw);
    const end = () => reply.raw.end();
    const disconnect = await app.liveHub.connect(
      request.params.meetingId,
      { internal, write, end },
      lastEventId(request),
    );
    request.raw.on('close', disconnect);
  };
  app.get(
    '/m/:municipality/meetings/:meetingId/events',
    {
      config: { ...read, stream: true },
      schema: {
        tags,
        summary: 'Live events (server-sent events); send Last-Event-ID to resume',
        params: meetingIdParams,
        querystring: z.object({ lastEventId: z.string().optional() }),
      },
    },
    async (request, reply) => {
      const meeting = await requireMeeting(app.db, requireTenant(request).id, request.params.meetingId);
      const participants = await repo.findParticipants(app.db, meeting.id);
      const person = request.actor.userId
        ? await repo.findPersonOfUser(app.db, meeting.municipalityId, request.actor.userId)
        : undefined;
      const internal =
        can(request.actor, 'meetings.read-closed', { municipalityId: meeting.municipalityId }) ||
        participants.some((p) => p.personId === person?.id);
      await stream(request, internal, reply);
    },
  );

  // Minutes ---------------------------------------------------------------------------------------
  app.get(
    '/m/:municipality/meetings/:meetingId/minutes',
    {
      config: read,
      schema: {
        tags,
        summary: 'The minutes, their signers and revisions',
        params: meetingIdParams,
        response: { 200: minutesDto, ...errors(401, 403, 404) },
      },
    },
    async (request) => getMinutes(app.db, inMeeting(request)),
  );
  app.put(
    '/m/:municipality/meetings/:meetingId/minutes',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit the minutes (every edit is kept), or write them anew',
        params: meetingIdParams,
        body: updateMinutesBody,
        response: { 200: minutesDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateMinutes(app.db, { ...inMeeting(request), ...request.body }),
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/minutes/send-for-signing',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Fix the text and send it to the chair and adjusters',
        params: meetingIdParams,
        body: versionBody,
        response: { 200: minutesDto, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => sendForSigning(app.db, { ...inMeeting(request), ...request.body }),
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/minutes/sign',
    {
      config: read,
      schema: {
        tags,
        summary: 'Sign the minutes, or one item at once (204 while the meeting has no minutes yet)',
        params: meetingIdParams,
        body: signBody,
        response: { 200: minutesDto, 204: noContent, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await signMinutes(app.db, { ...inMeeting(request), ...request.body, outbox: outbox() });
      return result ?? reply.code(204).send(null);
    },
  );
  app.post(
    '/m/:municipality/meetings/:meetingId/minutes/post',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Post the notice of the signed minutes on the notice board',
        params: meetingIdParams,
        body: postMinutesBody,
        response: { 201: noticeDto, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await postMinutes(app.db, { ...inMeeting(request), ...request.body })),
  );
  const documentRoute = (path: string, withItem: boolean, isPublic: boolean, format: 'html' | 'pdf') =>
    app.get(
      path,
      {
        config: { policy: (isPublic ? 'public' : 'meetings.read') as RoutePolicy },
        schema: {
          tags,
          summary: `${withItem ? 'An extract' : 'The minutes'} as ${format === 'pdf' ? 'PDF/A' : 'HTML'}${isPublic ? ', public once signed' : ''}`,
          params: withItem ? itemIdParams : meetingIdParams,
        },
      },
      async (request, reply) => {
        const params = request.params as { meetingId: string; itemId?: string };
        const doc = await renderMinutes(app.db, {
          actor: isPublic ? null : request.actor,
          municipalityId: requireTenant(request).id,
          meetingId: params.meetingId,
          itemId: params.itemId,
          format,
          now: app.clock(),
        });
        return reply
          .header('content-type', format === 'pdf' ? 'application/pdf' : 'text/html; charset=utf-8')
          .header(
            'content-disposition',
            `${format === 'pdf' ? 'attachment' : 'inline'}; filename="${doc.fileName}"`,
          )
          .header('cache-control', 'private, max-age=0')
          .send(doc.body);
      },
    );
  for (const format of ['html', 'pdf'] as const) {
    documentRoute(`/m/:municipality/meetings/:meetingId/minutes.${format}`, false, false, format);
    documentRoute(
      `/m/:municipality/meetings/:meetingId/items/:itemId/extract.${format}`,
      true,
      false,
      format,
    );
    documentRoute(`/m/:municipality/public/meetings/:meetingId/minutes.${format}`, false, true, format);
    documentRoute(
      `/m/:municipality/public/meetings/:meetingId/items/:itemId/extract.${format}`,
      true,
      true,
      format,
    );
  }

  // Notice board ----------------------------------------------------------------------------------
  app.get(
    '/m/:municipality/public/notice-board',
    {
      config: open,
      schema: {
        tags,
        summary: 'The notice board: what is up now, or the archive',
        params: slugParam,
        querystring: noticeBoardQuery,
        response: { 200: z.object({ items: z.array(noticeDto), today: z.string() }), ...errors(400, 404) },
      },
    },
    async (request) =>
      listNotices(app.db, {
        municipalityId: requireTenant(request).id,
        archive: request.query.archive === 'true',
        now: app.clock(),
      }),
  );
  for (const format of ['atom', 'rss'] as const) {
    app.get(
      `/m/:municipality/public/notice-board.${format}`,
      {
        config: open,
        schema: {
          tags,
          summary: `The notice board as ${format === 'atom' ? 'Atom' : 'RSS'}`,
          params: slugParam,
        },
      },
      async (request, reply) => {
        const tenant = requireTenant(request);
        const body = await noticeFeed(app.db, {
          municipalityId: tenant.id,
          municipalityName: tenant.name,
          baseUrl: `${app.config.publicUrl}/m/${tenant.slug}`,
          format,
          now: app.clock(),
        });
        return reply
          .header(
            'content-type',
            format === 'atom' ? 'application/atom+xml; charset=utf-8' : 'application/rss+xml; charset=utf-8',
          )
          .send(body);
      },
    );
  }
  app.delete(
    '/m/:municipality/notices/:noticeId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Take a notice down after its deadline',
        params: noticeIdParams,
        response: { 204: noContent, ...errors(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      await removeNotice(app.db, { ...ids(request), noticeId: request.params.noticeId });
      return reply.code(204).send(null);
    },
  );

  // Public calendar, meetings, statistics ---------------------------------------------------------
  app.get(
    '/m/:municipality/public/meetings',
    {
      config: open,
      schema: {
        tags,
        summary: 'Public meeting calendar',
        params: slugParam,
        querystring: publicMeetingsQuery,
        response: { 200: list(meetingListItemDto), ...errors(400, 404) },
      },
    },
    async (request) => ({
      items: await listPublicMeetings(app.db, {
        municipalityId: requireTenant(request).id,
        query: request.query,
      }),
    }),
  );
  app.get(
    '/m/:municipality/public/meetings/:meetingId',
    {
      config: open,
      schema: {
        tags,
        summary: 'A meeting as the public sees it',
        params: meetingIdParams,
        response: { 200: meetingDto, ...errors(400, 404) },
      },
    },
    async (request) =>
      getPublicMeeting(app.db, {
        municipalityId: requireTenant(request).id,
        meetingId: request.params.meetingId,
        now: app.clock(),
      }),
  );
  app.get(
    '/m/:municipality/public/meetings/:meetingId/events',
    {
      config: { ...open, stream: true },
      schema: {
        tags,
        summary: 'Live events of public items (server-sent events)',
        params: meetingIdParams,
        querystring: z.object({ lastEventId: z.string().optional() }),
      },
    },
    async (request, reply) => stream(request, false, reply),
  );
  app.get(
    '/m/:municipality/public/bodies/:bodyId/calendar.ics',
    { config: open, schema: { tags, summary: 'A body’s meetings as iCalendar', params: bodyIdParams } },
    async (request, reply) => {
      const tenant = requireTenant(request);
      const body = await bodyCalendar(app.db, {
        municipalityId: tenant.id,
        bodyId: request.params.bodyId,
        baseUrl: `${app.config.publicUrl}/m/${tenant.slug}`,
      });
      return reply.header('content-type', 'text/calendar; charset=utf-8').send(body);
    },
  );
  app.get(
    '/m/:municipality/public/persons/:personId/calendar.ics',
    {
      config: open,
      schema: { tags, summary: 'The meetings of a person’s bodies as iCalendar', params: personIdParams },
    },
    async (request, reply) => {
      const tenant = requireTenant(request);
      const body = await personCalendar(app.db, {
        municipalityId: tenant.id,
        personId: request.params.personId,
        baseUrl: `${app.config.publicUrl}/m/${tenant.slug}`,
      });
      return reply.header('content-type', 'text/calendar; charset=utf-8').send(body);
    },
  );
  app.get(
    '/m/:municipality/public/meeting-statistics',
    {
      config: open,
      schema: {
        tags,
        summary: 'Where the meeting time goes: per body and member, over a term',
        params: slugParam,
        querystring: statisticsQuery,
        response: { 200: meetingStatisticsDto, ...errors(400, 404) },
      },
    },
    async (request) =>
      getMeetingStatistics(app.db, {
        municipalityId: requireTenant(request).id,
        termId: request.query.termId,
        now: app.clock(),
      }),
  );
}
