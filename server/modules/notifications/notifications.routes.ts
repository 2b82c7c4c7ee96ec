import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors, noContent } from '../../http/openapi.ts';
import { requireTenant } from '../../http/tenant.ts';
import { slugParam } from '../municipalities/municipalities.contract.ts';
import { notificationListDto } from './notifications.contract.ts';
import { countUnread, listNotifications, markNotificationRead } from './notifications.service.ts';

export async function notificationRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  app.get(
    '/m/:municipality/notifications',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: 'Your reminders and messages in this municipality, newest first',
        params: slugParam,
        response: { 200: notificationListDto, ...errors(401, 404) },
      },
    },
    async (request) => {
      const input = { actor: request.actor, municipalityId: requireTenant(request).id };
      return { items: await listNotifications(app.db, input), unread: await countUnread(app.db, input) };
    },
  );
  app.post(
    '/m/:municipality/notifications/:notificationId/read',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: 'Mark a notification as read',
        params: slugParam.extend({ notificationId: z.uuid() }),
        response: { 204: noContent, ...errors(401, 404) },
      },
    },
    async (request, reply) => {
      await markNotificationRead(app.db, {
        actor: request.actor,
        municipalityId: requireTenant(request).id,
        notificationId: request.params.notificationId,
      });
      return reply.code(204).send(null);
    },
  );
}
