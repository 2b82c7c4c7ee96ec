import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

/** Liveness (the process answers) and readiness (the database answers). */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  const status = z.object({ status: z.enum(['ok', 'unavailable']) });
  app.get(
    '/health',
    { config: { policy: 'public' }, schema: { tags: ['operations'], response: { 200: status } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/ready',
    {
      config: { policy: 'public' },
      schema: { tags: ['operations'], response: { 200: status, 503: status } },
    },
    async (_request, reply) => {
      try {
        await app.db.execute(sql`select 1`);
        return { status: 'ok' as const };
      } catch {
        return reply.code(503).send({ status: 'unavailable' as const });
      }
    },
  );
}
